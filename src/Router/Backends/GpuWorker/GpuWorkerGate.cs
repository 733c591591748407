using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Router.Backends.GpuWorker;

/// <summary>
/// Sends a call to the worker, waiting while it is cold (unreachable, or 503 while loading: poll /health with
/// backoff) or full (503 with Retry-After: wait that long), for at most <c>ColdStartWait</c> in all; then fails
/// Unavailable. A worker that scales to zero is expected to be cold, so this is normal operation, not an error.
/// </summary>
internal sealed class GpuWorkerGate(GpuWorkerClient client, IOptions<GpuWorkerOptions> options, TimeProvider timeProvider, ILogger<GpuWorkerGate> logger)
{
    private const string ModelNotReady = "model_not_ready";

    private readonly GpuWorkerOptions _options = options.Value;

    public async Task<HttpResponseMessage> SendAsync(WorkerChatRequest request, CancellationToken cancellationToken = default)
    {
        var started = timeProvider.GetTimestamp();
        while (true)
        {
            var (response, reason, retryAfter) = await TrySendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response is not null)
                return response;

            var remaining = _options.ColdStartWait - timeProvider.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
                throw new BackendException(BackendNames.GpuWorker, BackendFailure.Unavailable,
                    $"GPU worker not ready within {_options.ColdStartWait} ({reason}).", retryAfter);

            if (retryAfter is { } wait)
            {
                var delay = wait < remaining ? wait : remaining;
                BackendsLog.WorkerWaiting(logger, reason, delay);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WaitUntilReadyAsync(reason, started, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<(HttpResponseMessage? Response, string Reason, TimeSpan? RetryAfter)> TrySendAsync(WorkerChatRequest request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await client.SendChatAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            return (null, "unreachable", null);
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
            return (response, "", null);

        // The real worker sends Retry-After with both of its 503s; the error code tells them apart. Loading (or a
        // 503 without Retry-After): poll /health. Queue full: wait Retry-After.
        var retryAfter = response.Headers.RetryAfter?.Delta;
        var loading = retryAfter is null || await ErrorCodeAsync(response, cancellationToken).ConfigureAwait(false) == ModelNotReady;
        response.Dispose();
        return loading ? (null, "loading", null) : (null, "queue full", retryAfter);
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

    private async Task WaitUntilReadyAsync(string reason, long started, CancellationToken cancellationToken)
    {
        var delay = _options.HealthPollInitialDelay;
        while (true)
        {
            var remaining = _options.ColdStartWait - timeProvider.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
                return;
            var pause = delay < remaining ? delay : remaining;
            BackendsLog.WorkerWaiting(logger, reason, pause);
            await Task.Delay(pause, timeProvider, cancellationToken).ConfigureAwait(false);
            if (await client.IsReadyAsync(_options.HealthProbeTimeout, cancellationToken).ConfigureAwait(false))
                return;
            delay = delay * 2 < _options.HealthPollMaxDelay ? delay * 2 : _options.HealthPollMaxDelay;
        }
    }
}
