using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Routing;

namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>The exact-data-match set that applies to a tenant, or null when it has none.</summary>
internal interface IEdmSetProvider
{
    /// <exception cref="InvalidOperationException">The tenant has a set configured that is not loaded (the caller fails closed).</exception>
    EdmSet? For(string tenantId);
}

/// <summary>
/// Every configured tenant's set, loaded at startup (a bad set stops the app with a message naming it) and reloaded when
/// its source changes (a bad replacement is logged and the previous set kept). A tenant without a set of its own uses the
/// "default" tenant's set, as <see cref="TenantPolicies"/> resolves its other settings.
/// </summary>
internal sealed partial class EdmSetRegistry : IEdmSetProvider
{
    private readonly IReadOnlyDictionary<string, Entry> _entries;
    private readonly ILogger<EdmSetRegistry> _logger;

    public EdmSetRegistry(IOptions<RouterOptions> options, EdmSourceFactory sources, ILogger<EdmSetRegistry> logger)
    {
        _logger = logger;
        _entries = options.Value.Tenants
            .Where(t => t.Value.ExactDataMatch is not null)
            .ToDictionary(t => t.Key, t => new Entry(t.Key, t.Value.ExactDataMatch!, sources.Create(t.Value.ExactDataMatch!.Source)), StringComparer.Ordinal);
    }

    public bool IsEmpty => _entries.Count == 0;

    public EdmSet? For(string tenantId)
    {
        // As TenantPolicies resolves every other setting: the tenant's own set, else the default tenant's.
        var policyTenant = _entries.ContainsKey(tenantId) ? tenantId : ITenantResolver.DefaultTenantId;
        if (!_entries.TryGetValue(policyTenant, out var entry))
        {
            return null;
        }
        return entry.Set ?? throw new InvalidOperationException($"The exact-data-match set of tenant '{policyTenant}' is not loaded.");
    }

    /// <summary>Loads every set; the first that fails throws <see cref="EdmSetLoadException"/> naming its source.</summary>
    public async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in _entries.Values)
        {
            await LoadAsync(entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reloads the sets whose source changed; a failure is logged (source and reason) and the old set kept.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in _entries.Values)
        {
            try
            {
                var version = await entry.Source.GetVersionAsync(cancellationToken).ConfigureAwait(false);
                if (version is not null && version != entry.Version)
                {
                    await LoadAsync(entry, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (EdmSetLoadException e)
            {
                LogReloadFailed(_logger, e, entry.TenantId, e.Message);
                entry.Version = await VersionOrNull(entry, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogReloadFailed(_logger, e, entry.TenantId, $"{entry.Source.Name}: {e.GetType().Name}");
            }
        }
    }

    private async Task LoadAsync(Entry entry, CancellationToken cancellationToken)
    {
        var (bytes, version) = await entry.Source.ReadAsync(cancellationToken).ConfigureAwait(false);
        var set = EdmSetFile.Deserialize(bytes, entry.Source.Name, entry.Key);
        if (!string.Equals(set.Header.TenantId, entry.TenantId, StringComparison.Ordinal))
        {
            throw new EdmSetLoadException(entry.Source.Name, $"was built for tenant '{set.Header.TenantId}', not '{entry.TenantId}'");
        }
        if (entry.Options.KeyId.Length > 0 && !string.Equals(set.Header.KeyId, entry.Options.KeyId, StringComparison.Ordinal))
        {
            throw new EdmSetLoadException(entry.Source.Name, $"has key id '{set.Header.KeyId}', but the configuration expects '{entry.Options.KeyId}'");
        }
        entry.Set = set;
        entry.Version = version;
        LogLoaded(_logger, entry.TenantId, set.Header.Count, set.Header.KeyId, entry.Source.Name);
    }

    /// <summary>After a failed reload, wait for the next change instead of retrying the same bad set every poll.</summary>
    private static async Task<string?> VersionOrNull(Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            return await entry.Source.GetVersionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return entry.Version;
        }
    }

    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Exact-data-match set of tenant {Tenant} loaded: {Count} values, key id {KeyId}, from {Source}")]
    private static partial void LogLoaded(ILogger logger, string tenant, long count, string keyId, string source);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Error, Message = "Exact-data-match set of tenant {Tenant} not reloaded, the previous one stays in use: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string tenant, string reason);

    private sealed class Entry(string tenantId, ExactDataMatchOptions options, IEdmSetSource source)
    {
        public string TenantId { get; } = tenantId;
        public ExactDataMatchOptions Options { get; } = options;
        public IEdmSetSource Source { get; } = source;
        public EdmKey Key { get; } = new(options.Secret);
        public volatile EdmSet? Set;
        public string? Version;
    }
}
