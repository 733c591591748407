using System.Net;
using System.Net.Http.Json;

namespace Router.Backends.GpuWorker;

/// <summary>Typed HttpClient for the worker: one chat call and the readiness probe. No waiting, no mapping.</summary>
internal sealed class GpuWorkerClient(HttpClient http)
{
    public Task<HttpResponseMessage> SendChatAsync(WorkerChatRequest request, CancellationToken cancellationToken = default)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = JsonContent.Create(request, WorkerJsonContext.Default.WorkerChatRequest),
        };
        // Streams hand the body over as it arrives; whole responses are buffered (and bounded by the timeout).
        var completion = request.Stream ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead;
        return http.SendAsync(message, completion, cancellationToken);
    }

    /// <summary>Ready means the model is loaded: /health answers 200.</summary>
    public async Task<bool> IsReadyAsync(TimeSpan probeTimeout, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(probeTimeout);
        try
        {
            using var response = await http.GetAsync("health", timeout.Token).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
