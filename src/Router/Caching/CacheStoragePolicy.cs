using Router.Routing;

namespace Router.Caching;

/// <summary>Whether a response may be written to the cache. Reading is always allowed: keys are per tenant.</summary>
public static class CacheStoragePolicy
{
    /// <summary>
    /// Non-sensitive responses are always cacheable. Responses to sensitive requests only when the tenant opted in
    /// (<see cref="TenantOptions.CacheSensitiveResponses"/>); an unknown tenant (null options) never caches them.
    /// </summary>
    public static bool MayStore(bool requestIsSensitive, TenantOptions? tenant) =>
        !requestIsSensitive || tenant?.CacheSensitiveResponses == true;
}
