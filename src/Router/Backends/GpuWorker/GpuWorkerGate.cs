using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Router.Backends.GpuWorker;

/// <summary>
/// Sends a call to the worker, waiting while it is cold (unreachable, or 503 while loading: poll /health with
/// backoff) or full (503 with Retry-After: wait that long), for at most <c>ColdStartWait</c> in all; then fails
/// Unavailable. A worker that scales to zero is expected to be cold, so this is normal operation, not an error.
/// The waiting is a Polly retry whose delay reads Retry-After (or the health-poll backoff) and which stops at the
/// deadline. The deadline bounds only the waiting, not a call the worker has accepted (RequestTimeout does), so it is
/// not a Polly timeout around the whole: that would also cut an answer already being generated.
/// </summary>
internal sealed class GpuWorkerGate
{
    private const string ModelNotReady = "model_not_ready";
    private static readonly ResiliencePropertyKey<WaitState> WaitKey = new("gpu-worker.wait");

    private readonly GpuWorkerClient _client;
    private readonly GpuWorkerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<GpuWorkerGate> _logger;
    private readonly ResiliencePipeline<Attempt> _pipeline;

    public GpuWorkerGate(GpuWorkerClient client, IOptions<GpuWorkerOptions> options, TimeProvider timeProvider, ILogger<GpuWorkerGate> logger)
    {
        _client = client;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
        _pipeline = new ResiliencePipelineBuilder<Attempt> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = int.MaxValue, // bounded by the deadline in ShouldHandle
                // Only "not ready yet" is waited out. A failure (timeout, broken call) is an Attempt's default when
                // Polly reports it, whose Response is null too: retrying it hammered a slow worker until the
                // deadline and then reported Unavailable instead of the timeout (seen once in CI).
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is null && args.Outcome.Result is { Response: null } && Remaining(Wait(args.Context)) > TimeSpan.Zero),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(NextDelay(Wait(args.Context), args.Outcome.Result)),
                OnRetry = args =>
                {
                    BackendsLog.WorkerWaiting(_logger, args.Outcome.Result.Reason, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public async Task<HttpResponseMessage> SendAsync(WorkerChatRequest request, CancellationToken cancellationToken = default)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var wait = new WaitState(_time.GetTimestamp(), _options.HealthPollInitialDelay);
            context.Properties.Set(WaitKey, wait);
            var attempt = await _pipeline.ExecuteAsync(
                static (ctx, state) => new ValueTask<Attempt>(state.Gate.AttemptAsync(state.Request, Wait(ctx), ctx.CancellationToken)),
                context, (Gate: this, Request: request)).ConfigureAwait(false);
            return attempt.Response ?? throw new BackendException(BackendNames.GpuWorker, BackendFailure.Unavailable,
                $"GPU worker not ready within {_options.ColdStartWait} ({attempt.Reason}).", attempt.RetryAfter);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static WaitState Wait(ResilienceContext context) => context.Properties.GetValue(WaitKey, null!);

    private TimeSpan Remaining(WaitState wait) => _options.ColdStartWait - _time.GetElapsedTime(wait.Started);

    /// <summary>Queue full: the server's Retry-After. Cold or loading: the health-poll backoff (doubling up to its
    /// maximum), after which the next attempt polls /health before sending. Never past the deadline.</summary>
    private TimeSpan NextDelay(WaitState wait, Attempt notReady)
    {
        TimeSpan delay;
        if (notReady.RetryAfter is { } retryAfter)
        {
            delay = retryAfter;
            wait.PollHealth = false;
        }
        else
        {
            delay = wait.HealthDelay;
            wait.HealthDelay = delay * 2 < _options.HealthPollMaxDelay ? delay * 2 : _options.HealthPollMaxDelay;
            wait.PollHealth = true;
        }

        var remaining = Remaining(wait);
        return delay < remaining ? delay : remaining;
    }

    /// <summary>One try: while the worker is cold, a /health poll first (a chat call is sent only once it is ready,
    /// or once the wait is over, for a last try); then the call.</summary>
    private async Task<Attempt> AttemptAsync(WorkerChatRequest request, WaitState wait, CancellationToken cancellationToken)
    {
        if (wait.PollHealth && Remaining(wait) > TimeSpan.Zero)
        {
            if (!await _client.IsReadyAsync(_options.HealthProbeTimeout, cancellationToken).ConfigureAwait(false))
            {
                return new Attempt(null, wait.Reason, null);
            }

            wait.PollHealth = false;
            wait.HealthDelay = _options.HealthPollInitialDelay; // a fresh backoff if it turns out to be loading again
        }

        var attempt = await TrySendAsync(request, cancellationToken).ConfigureAwait(false);
        wait.Reason = attempt.Reason;
        return attempt;
    }

    private async Task<Attempt> TrySendAsync(WorkerChatRequest request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _client.SendChatAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return new Attempt(null, "unreachable", null);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BackendException(BackendNames.GpuWorker, BackendFailure.Timeout, $"GPU worker did not answer within {_options.RequestTimeout}.", inner: e);
        }
        catch (HttpRequestException e)
        {
            throw new BackendException(BackendNames.GpuWorker, BackendFailure.Unavailable, $"GPU worker call failed ({e.HttpRequestError}).", inner: e);
        }

        if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
        {
            return new Attempt(response, "", null);
        }

        // The real worker sends Retry-After with both of its 503s; the error code tells them apart. Loading (or a
        // 503 without Retry-After): poll /health. Queue full: wait Retry-After.
        var retryAfter = response.Headers.RetryAfter?.Delta;
        var loading = retryAfter is null || await ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false) == ModelNotReady;
        response.Dispose();
        return loading ? new Attempt(null, "loading", null) : new Attempt(null, "queue full", retryAfter);
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize(body, WorkerJsonContext.Default.WorkerChatResponse)?.Error?.Code;
        }
        catch (Exception e) when (e is JsonException or HttpRequestException or IOException)
        {
            return null;
        }
    }

    /// <summary>A try's outcome: the response, or why not (and the server's Retry-After, when it sent one).</summary>
    private readonly record struct Attempt(HttpResponseMessage? Response, string Reason, TimeSpan? RetryAfter);

    /// <summary>One call's waiting: when it began, whether the next try polls /health first, the next poll pause.</summary>
    private sealed class WaitState(long started, TimeSpan healthDelay)
    {
        public long Started { get; } = started;

        public bool PollHealth { get; set; }

        public TimeSpan HealthDelay { get; set; } = healthDelay;

        public string Reason { get; set; } = "";
    }
}
