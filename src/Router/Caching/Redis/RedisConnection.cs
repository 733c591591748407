using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Router.Caching.Redis;

/// <summary>
/// One shared multiplexer for the cache and the budgets. Connects lazily and never aborts on a failed connect:
/// StackExchange.Redis keeps reconnecting in the background, and callers that find it disconnected get null
/// at once instead of waiting (fail-fast backlog, short timeouts).
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly ConfigurationOptions _configuration;
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;

    public RedisConnection(IOptions<CacheOptions> options)
    {
        var redis = options.Value.Redis;
        _configuration = ConfigurationOptions.Parse(redis.ConnectionString);
        _configuration.AbortOnConnectFail = false;
        _configuration.ConnectTimeout = redis.ConnectTimeoutMs;
        _configuration.SyncTimeout = redis.OperationTimeoutMs;
        _configuration.AsyncTimeout = redis.OperationTimeoutMs;
        _configuration.ConnectRetry = 1;
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _configuration.ReconnectRetryPolicy = new LinearRetry(1_000);
        _multiplexer = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(_configuration));
    }

    public string Description => string.Join(",", _configuration.EndPoints.Select(e => e.ToString()));

    /// <summary>The database when connected; null while Redis is unreachable.</summary>
    public async ValueTask<IDatabase?> TryGetDatabaseAsync()
    {
        var multiplexer = await _multiplexer.Value.ConfigureAwait(false);
        return multiplexer.IsConnected ? multiplexer.GetDatabase() : null;
    }

    // Synchronous disposal (a host disposing its container with Dispose) must work too.
    public void Dispose()
    {
        if (_multiplexer.IsValueCreated && _multiplexer.Value.IsCompletedSuccessfully)
        {
            _multiplexer.Value.Result.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer.IsValueCreated)
        {
            var multiplexer = await _multiplexer.Value.ConfigureAwait(false);
            await multiplexer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
