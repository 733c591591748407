namespace Router.Classification;

/// <summary>
/// Estimates, in [0,1], how likely the cheap open model fails where the strong closed model succeeds; NaN when the
/// model cannot say (the caller must treat that as a failure, not as a score).
/// Runs in-process in well under a millisecond: no network, no GPU.
/// </summary>
public interface IDifficultyScorer
{
    double Score(string prompt);
}
