using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Router.Redis.Entra;

/// <summary>
/// Keeps an Entra-authenticated multiplexer signed in: at 75 % of each token's lifetime it fetches a new token,
/// stores it in the <see cref="ConfigurationOptions"/> (which the multiplexer reads on every reconnect) and sends
/// <c>AUTH user token</c> on every connected endpoint. A dropped connection triggers an immediate refresh so
/// reconnects never retry with a stale or revoked token.
/// </summary>
internal sealed class RedisEntraReauthenticator : IDisposable
{
    private const double RefreshAt = 0.75;
    private static readonly TimeSpan MinDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly IConnectionMultiplexer _multiplexer;
    private readonly ConfigurationOptions _configuration;
    private readonly RedisEntraTokenSource _tokens;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new(); // Dispose ends a token fetch in flight
    private readonly ITimer _timer;
    private DateTimeOffset _expiresOn;
    private volatile bool _disposed;

    public RedisEntraReauthenticator(IConnectionMultiplexer multiplexer, ConfigurationOptions configuration,
        RedisEntraTokenSource tokens, RedisEntraToken current, TimeProvider time, ILogger logger)
    {
        _multiplexer = multiplexer;
        _configuration = configuration;
        _tokens = tokens;
        _time = time;
        _logger = logger;
        _expiresOn = current.ExpiresOn;
        _timer = time.CreateTimer(_ => _ = RefreshAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(DelayUntilRefresh(current.ExpiresOn), Timeout.InfiniteTimeSpan);
        multiplexer.ConnectionFailed += OnConnectionFailed;
    }

    /// <summary>Fetches a token and re-authenticates every connected endpoint; errors are logged and retried, never
    /// thrown. Ends early, quietly, when <paramref name="cancellationToken"/> is cancelled or this is disposed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        if (_disposed || !await _gate.WaitAsync(0, CancellationToken.None).ConfigureAwait(false))
        {
            return; // a refresh is already running
        }

        string? token = null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        try
        {
            var fresh = await _tokens.GetTokenAsync(linked.Token).ConfigureAwait(false);
            token = fresh.Token;
            _configuration.User = fresh.User;
            _configuration.Password = fresh.Token;
            _expiresOn = fresh.ExpiresOn;
            var count = 0;
            foreach (var endpoint in _multiplexer.GetEndPoints())
            {
                var server = _multiplexer.GetServer(endpoint);
                if (server.IsConnected)
                {
                    await server.ExecuteAsync("AUTH", fresh.User, fresh.Token).ConfigureAwait(false);
                    count++;
                }
            }

            var delay = DelayUntilRefresh(fresh.ExpiresOn);
            Schedule(delay);
            _logger.Reauthenticated(count, delay);
        }
        catch (OperationCanceledException) when (linked.IsCancellationRequested)
        {
            // Disposed (shutting down) or the caller gave up: nothing to schedule, nothing to report.
        }
        catch (Exception ex) when (!_disposed)
        {
            var delay = RetryDelay();
            Schedule(delay);
            _logger.RefreshFailed(Describe(ex, token), delay);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static string Describe(Exception ex, string? token) =>
        token is null ? $"{ex.GetType().Name}: {ex.Message}" : $"{ex.GetType().Name}: {ex.Message.Replace(token, "***", StringComparison.Ordinal)}";

    // StackExchange.Redis raises ConnectionFailed once when a connection drops, not again when a reconnect's AUTH is
    // refused (WRONGPASS), and Azure closes connections whose token lapsed: so any drop fetches a fresh token for the
    // reconnects. Credentials cache tokens, which keeps this cheap.
    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) => _ = RefreshAsync();

    private TimeSpan DelayUntilRefresh(DateTimeOffset expiresOn)
    {
        var delay = (expiresOn - _time.GetUtcNow()) * RefreshAt;
        return delay < MinDelay ? MinDelay : delay;
    }

    // Retry well before the current token runs out, but do not hammer the identity endpoint.
    private TimeSpan RetryDelay()
    {
        var half = (_expiresOn - _time.GetUtcNow()) / 2;
        return half < MinDelay ? MinDelay : half > MaxRetryDelay ? MaxRetryDelay : half;
    }

    private void Schedule(TimeSpan delay)
    {
        if (!_disposed)
        {
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _multiplexer.ConnectionFailed -= OnConnectionFailed;
        _timer.Dispose();
        _stopping.Cancel();
    }
}
