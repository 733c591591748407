using Router.Requests;

namespace Router.Classification;

/// <summary>
/// Classifies a request for sensitivity and difficulty. Never throws for content: any failure or timeout
/// yields a fail-closed (sensitive) verdict.
/// </summary>
public interface IRequestClassifier
{
    ValueTask<RequestClassification> ClassifyAsync(ChatRequest request, SensitivityScope scope, CancellationToken cancellationToken = default);
}
