using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Router.Caching.Memory;

/// <summary>
/// Embedded-mode cache: a size-bounded <see cref="MemoryCache"/> (one unit per entry). Expiry is checked against
/// the injected <see cref="TimeProvider"/> so tests control time; MemoryCache's own expiry only frees memory.
/// </summary>
internal sealed class InMemoryCompletionCache : ICompletionCache, IDisposable
{
    private readonly MemoryCache _cache;
    private readonly TimeProvider _time;
    private readonly TimeSpan _ttl;

    public InMemoryCompletionCache(IOptions<CacheOptions> options, TimeProvider time)
    {
        // When full, drop a quarter at once: MemoryCache's default (5 %) scans every entry again every few sets.
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.InMemoryMaxEntries, CompactionPercentage = 0.25 });
        _time = time;
        _ttl = options.Value.Ttl;
    }

    public ValueTask<CachedCompletion?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (_cache.TryGetValue(key, out Entry? entry) && entry is not null && entry.ExpiresAt > _time.GetUtcNow())
        {
            return ValueTask.FromResult<CachedCompletion?>(entry.Value);
        }

        return ValueTask.FromResult<CachedCompletion?>(null);
    }

    public ValueTask SetAsync(string key, CachedCompletion value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        _cache.Set(key, new Entry(value, _time.GetUtcNow() + _ttl),
            new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _ttl });
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _cache.Dispose();

    private sealed record Entry(CachedCompletion Value, DateTimeOffset ExpiresAt);
}
