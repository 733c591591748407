namespace Router.Caching;

/// <summary>Exact-repeat cache. Keys come from <c>CacheKey</c> and always include the tenant.
/// Implementations never throw for an unreachable store: a miss is returned and the outage logged once.</summary>
public interface ICompletionCache
{
    ValueTask<CachedCompletion?> GetAsync(string key, CancellationToken cancellationToken = default);
    ValueTask SetAsync(string key, CachedCompletion value, CancellationToken cancellationToken = default);
}
