namespace Router.Classification;

/// <summary>Finds sensitive content in the texts of one request (one entry per message).</summary>
public interface ISensitivityClassifier
{
    SensitivityVerdict Classify(IReadOnlyList<string> texts, IReadOnlyList<string> confidentialTerms, CancellationToken cancellationToken = default);
}
