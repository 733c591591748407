using Router.Requests;

namespace Router.Pipeline;

/// <summary>classify → cache → route → reserve budget → dispatch → account → settle, for any host.</summary>
public interface IRequestPipeline
{
    /// <param name="source">Where the request came from, recorded in the ledger: "http", "queue", "cli".</param>
    /// <exception cref="PipelineException">Budget, policy or backend refused the request (already accounted).</exception>
    Task<PipelineResult> CompleteAsync(ChatRequest request, string source, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="CompleteAsync"/>, but returns as soon as the answer is known; the caller sends it and
    /// then awaits <see cref="AnsweredRequest.AccountAsync"/>. Refusals and failures are accounted before they throw.</summary>
    /// <exception cref="PipelineException">Budget, policy or backend refused the request (already accounted).</exception>
    Task<AnsweredRequest> AnswerAsync(ChatRequest request, string source, CancellationToken cancellationToken = default);

    /// <summary>Decides before the first byte, so a host can send the decision headers; the returned stream
    /// accounts and settles when it has been read to the end (or releases the reservation if abandoned).</summary>
    Task<PipelineStream> StreamAsync(ChatRequest request, string source, CancellationToken cancellationToken = default);
}
