using Router.Requests;

namespace Router.Classification;

/// <summary>Shorthands for callers that have confidential terms but no tenant (tools, tests, benchmarks).</summary>
public static class ClassifierExtensions
{
    public static SensitivityVerdict Classify(this ISensitivityClassifier classifier, IReadOnlyList<string> texts, IReadOnlyList<string> confidentialTerms, CancellationToken cancellationToken = default) =>
        classifier.Classify(texts, SensitivityScope.WithTerms(confidentialTerms), cancellationToken);

    public static ValueTask<RequestClassification> ClassifyAsync(this IRequestClassifier classifier, ChatRequest request, IReadOnlyList<string> confidentialTerms, CancellationToken cancellationToken = default) =>
        classifier.ClassifyAsync(request, SensitivityScope.WithTerms(confidentialTerms), cancellationToken);
}
