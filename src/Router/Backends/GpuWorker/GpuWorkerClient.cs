using System.Net;
using System.Net.Http.Json;

namespace Router.Backends.GpuWorker;

/// <summary>The worker's HTTP calls (the chat call and the readiness probe), on the named client
/// <see cref="HttpClientName"/> configured in <c>AddBackends</c>. No waiting, no mapping.</summary>
internal sealed class GpuWorkerClient(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "gpu-worker";

    public Task<HttpResponseMessage> SendChatAsync(WorkerChatRequest request, CancellationToken cancellationToken = default)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions")
        {
            Content = JsonContent.Create(request, WorkerJsonContext.Default.WorkerChatRequest),
        };
        // Streams hand the body over as it arrives; whole responses are buffered (and bounded by the timeout).
        var completion = request.Stream ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead;
        // A client per call from the factory: this class is a singleton, and handlers must still rotate.
        return httpClients.CreateClient(HttpClientName).SendAsync(message, completion, cancellationToken);
    }

    /// <summary>Ready means the model is loaded: /health answers 200.</summary>
    public async Task<bool> IsReadyAsync(TimeSpan probeTimeout, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(probeTimeout);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).GetAsync("health", timeout.Token).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return false;
        }
    }
}
