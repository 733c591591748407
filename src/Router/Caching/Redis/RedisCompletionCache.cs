using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Redis;
using StackExchange.Redis;

namespace Router.Caching.Redis;

/// <summary>Exact-repeat cache in Redis. An unreachable Redis is a miss (get) or a skipped write (set), never an exception.</summary>
internal sealed class RedisCompletionCache(
    RedisConnection connection,
    IOptions<CacheOptions> options,
    ILogger<RedisCompletionCache> logger) : ICompletionCache
{
    private readonly RedisOutageMonitor _outage = new("cache", logger);

    public async ValueTask<CachedCompletion?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var outages = _outage.OutagesSoFar;
        try
        {
            var database = await connection.TryGetDatabaseAsync().ConfigureAwait(false);
            if (database is null)
            {
                _outage.ReportFailure("not connected");
                return null;
            }

            var value = await database.StringGetAsync(key).WaitAsync(cancellationToken).ConfigureAwait(false);
            _outage.ReportSuccess(outages);
            return value.IsNullOrEmpty ? null : JsonSerializer.Deserialize<CachedCompletion>(value.ToString());
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            _outage.ReportFailure(ex.GetType().Name);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, CachedCompletion value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        var outages = _outage.OutagesSoFar;
        try
        {
            var database = await connection.TryGetDatabaseAsync().ConfigureAwait(false);
            if (database is null)
            {
                _outage.ReportFailure("not connected");
                return;
            }

            var json = JsonSerializer.Serialize(value);
            await database.StringSetAsync(key, json, options.Value.Ttl).WaitAsync(cancellationToken).ConfigureAwait(false);
            _outage.ReportSuccess(outages);
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            _outage.ReportFailure(ex.GetType().Name);
        }
    }

    // A corrupt entry (JsonException) is treated like a miss too: the caller simply recomputes.
    private static bool IsStoreFailure(Exception ex) =>
        ex is RedisException or TimeoutException or JsonException or ObjectDisposedException;
}
