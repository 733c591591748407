namespace Router.Classification;

/// <summary>
/// Finds sensitive content in the texts of one request: one entry per message content, then one per further text
/// that is sent (stop sequences). Entities name the entry by <see cref="DetectedEntity.MessageIndex"/>.
/// </summary>
public interface ISensitivityClassifier
{
    SensitivityVerdict Classify(IReadOnlyList<string> texts, IReadOnlyList<string> confidentialTerms, CancellationToken cancellationToken = default);
}
