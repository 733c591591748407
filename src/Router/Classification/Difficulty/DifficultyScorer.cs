namespace Router.Classification.Difficulty;

/// <summary>
/// Scores a prompt with the trained <see cref="DifficultyModel"/>: the calibrated probability that the cheap open
/// model gets it wrong while the strong closed model gets it right. Pure CPU, allocation-light, thread-safe.
/// </summary>
internal sealed class DifficultyScorer(DifficultyModel model) : IDifficultyScorer
{
    private readonly DifficultyFeatureExtractor _extractor = new(model.HashBits);

    public double Score(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var features = _extractor.Extract(prompt);
        var score = model.For(features).Probability(features);
        // NaN (a broken model file) is passed on, not hidden as "hard": the classifier reports it and fails closed.
        return double.IsNaN(score) ? double.NaN : Math.Clamp(score, 0, 1);
    }
}
