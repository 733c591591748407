using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Router.Redis.Entra;
using StackExchange.Redis;

namespace Router.Redis;

/// <summary>
/// One shared multiplexer for the cache and the budgets. Connects lazily and never aborts on a failed connect:
/// StackExchange.Redis keeps reconnecting in the background, and callers that find it disconnected get null
/// at once instead of waiting (fail-fast backlog, short timeouts). With an Entra token source it signs in with
/// a token (user = identity's object id) and keeps it fresh through <see cref="RedisEntraReauthenticator"/>.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    // After a failed Entra sign-in (no token), callers get null until this has passed, then one tries again.
    private static readonly TimeSpan SignInRetry = TimeSpan.FromSeconds(30);

    private readonly ConfigurationOptions _configuration;
    private readonly RedisEntraTokenSource? _entra;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private Task<ConnectionMultiplexer>? _connect;
    private DateTimeOffset _retryAt;
    private RedisEntraReauthenticator? _reauthenticator;

    public RedisConnection(IOptions<RedisOptions> options, RedisEntraTokenSource? entra = null,
        TimeProvider? timeProvider = null, ILogger<RedisConnection>? logger = null)
    {
        var redis = options.Value;
        _configuration = ConfigurationOptions.Parse(redis.ConnectionString);
        _configuration.AbortOnConnectFail = false;
        _configuration.ConnectTimeout = redis.ConnectTimeoutMs;
        _configuration.SyncTimeout = redis.OperationTimeoutMs;
        _configuration.AsyncTimeout = redis.OperationTimeoutMs;
        _configuration.ConnectRetry = 1;
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _configuration.ReconnectRetryPolicy = new LinearRetry(1_000);
        _entra = entra;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<RedisConnection>.Instance;
        if (entra is not null)
        {
            // No pub/sub connection: we do not use it, and every open connection must be re-AUTHed before its token expires.
            _configuration.CommandMap = CommandMap.Create(["SUBSCRIBE", "PSUBSCRIBE", "SSUBSCRIBE"], available: false);
        }
    }

    public string Description => string.Join(",", _configuration.EndPoints.Select(e => e.ToString()))
        + (_entra is null ? "" : $" (Entra ID, {_entra.Identity})");

    /// <summary>The database when connected; null while Redis is unreachable or the Entra sign-in failed.</summary>
    public async ValueTask<IDatabase?> TryGetDatabaseAsync()
    {
        Task<ConnectionMultiplexer> connect;
        var started = false;
        lock (_lock)
        {
            if (_connect is null || (_connect.IsFaulted && _time.GetUtcNow() >= _retryAt))
            {
                _connect = ConnectAsync();
                started = true;
            }

            connect = _connect;
        }

        if (connect.IsFaulted && !started)
        {
            return null; // the last sign-in failed; wait for the retry time
        }

        try
        {
            var multiplexer = await connect.ConfigureAwait(false);
            return multiplexer.IsConnected ? multiplexer.GetDatabase() : null;
        }
        catch (Exception ex)
        {
            // Whatever the connect threw, callers see "unreachable" (null) and report the outage themselves;
            // without Entra the next call simply tries again.
            if (_entra is not null)
            {
                lock (_lock)
                {
                    _retryAt = _time.GetUtcNow() + SignInRetry;
                }

                _logger.SignInFailed(RedisEntraReauthenticator.Describe(ex, _configuration.Password), SignInRetry);
            }

            return null;
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        if (_entra is null)
        {
            return await ConnectionMultiplexer.ConnectAsync(_configuration).ConfigureAwait(false);
        }

        var token = await _entra.GetTokenAsync().ConfigureAwait(false);
        _configuration.User = token.User;
        _configuration.Password = token.Token;
        _logger.SigningIn(token.User, token.ExpiresOn);
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(_configuration).ConfigureAwait(false);
        _reauthenticator = new RedisEntraReauthenticator(multiplexer, _configuration, _entra, token, _time, _logger);
        return multiplexer;
    }

    // Synchronous disposal (a host disposing its container with Dispose) must work too.
    public void Dispose()
    {
        _reauthenticator?.Dispose();
        if (_connect is { IsCompletedSuccessfully: true })
        {
            _connect.Result.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The re-authenticator exists only once a connect has succeeded, so waiting for the connect comes first.
        if (_connect is { IsFaulted: false, IsCanceled: false })
        {
            var multiplexer = await _connect.ConfigureAwait(false);
            _reauthenticator?.Dispose();
            await multiplexer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
