using Router.Requests;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>Decides whether a queue message goes through the Batch API, and collects it when it does.</summary>
public interface IBatchDeferral
{
    /// <summary>The request's stored result when it was collected (<see cref="BatchResult.Queued"/>) or refused for
    /// budget; null when it is answered at once (no window, not the closed route, sensitive, a cache hit...).</summary>
    Task<BatchResult?> TryDeferAsync(ChatRequest request, string fingerprint, CancellationToken cancellationToken = default);
}
