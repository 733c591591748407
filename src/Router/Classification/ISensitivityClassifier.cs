namespace Router.Classification;

/// <summary>
/// Finds sensitive content in the texts of one request: one entry per message content, then one per further text
/// that is sent (stop sequences). Entities name the entry by <see cref="DetectedEntity.MessageIndex"/>.
/// The scope names the tenant (its terms, markers and exact-data-match set).
/// </summary>
public interface ISensitivityClassifier
{
    SensitivityVerdict Classify(IReadOnlyList<string> texts, SensitivityScope scope, CancellationToken cancellationToken = default);
}
