using System.Text.Json;
using Router.Functions.Auth;

namespace Router.Functions.Http;

/// <summary>The checks every authenticated endpoint runs first: the API key, then (for POSTs) the JSON body.</summary>
internal sealed class RequestGate(ApiKeyAuthenticator authenticator, JsonBodyReader reader)
{
    /// <summary>Header with which the manager key names the tenant it acts for.</summary>
    public const string TenantHeader = "x-router-tenant";

    public async Task<GateResult> PassAsync(HttpContext context, bool readBody)
    {
        if (authenticator.Authenticate(context.Request) is not { } caller)
        {
            return new GateResult(null, null, OpenAiError.Unauthorized());
        }

        if (!readBody)
        {
            return new GateResult(caller, null, null);
        }

        var (document, error) = await reader.ReadAsync(context.Request, context.RequestAborted);
        return new GateResult(caller, document, error);
    }

    /// <summary>
    /// A 400 when a tenant named in a header or query (<paramref name="param"/>) is not a valid tenant id: the same
    /// rule as a body's <c>tenant</c> (1-128 letters, digits, '.', '_', '-'). Tenant ids reach table keys, filters and
    /// Redis keys; an 8,000-character or '/'-laden one used to stall the ledger spool or fail a table read with a 500.
    /// </summary>
    public static IResult? InvalidTenant(string? requested, string param) =>
        string.IsNullOrEmpty(requested) || Native.NativeRequestReader.SafeId().IsMatch(requested)
            ? null
            : OpenAiError.BadRequest("A tenant id must be 1-128 characters of letters, digits, '.', '_' or '-'.", param, "invalid_tenant");

    /// <summary>A tenant key acts for its own tenant; the manager key for the named one (default "default").</summary>
    public static string? ActingTenant(CallerIdentity caller, string? requested)
    {
        if (caller.IsManager)
        {
            return string.IsNullOrEmpty(requested) ? Pipeline.TenantLookup.DefaultTenantId : requested;
        }

        return string.IsNullOrEmpty(requested) || caller.MayActFor(requested) ? caller.TenantId : null;
    }
}

internal sealed record GateResult(CallerIdentity? Caller, JsonDocument? Body, IResult? Error) : IDisposable
{
    public void Dispose() => Body?.Dispose();
}
