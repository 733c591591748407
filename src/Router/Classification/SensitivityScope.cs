using Router.Routing;

namespace Router.Classification;

/// <summary>
/// Who a request is classified for: the tenant whose exact-data-match set applies, its confidential terms
/// (found anywhere) and its own confidential-document markers (found where they label the document).
/// </summary>
public sealed record SensitivityScope(string TenantId, IReadOnlyList<string> ConfidentialTerms, IReadOnlyList<string> ConfidentialMarkers)
{
    /// <summary>No tenant: built-in detectors only.</summary>
    public static SensitivityScope None { get; } = new("", [], []);

    /// <summary>A request's scope: the tenant id it came with and the settings of the tenant that serves it.</summary>
    public static SensitivityScope For(string tenantId, TenantOptions? tenant) =>
        new(tenantId, tenant?.ConfidentialTerms ?? [], tenant?.ConfidentialMarkers ?? []);

    /// <summary>Tenant terms without a tenant (tests, benchmarks, tools).</summary>
    public static SensitivityScope WithTerms(IReadOnlyList<string> confidentialTerms) => new("", confidentialTerms, []);
}
