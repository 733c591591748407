namespace Router.Classification.Difficulty;

/// <summary>
/// One prompt's features: a short dense vector of hand-built signals and the hashed word n-gram buckets,
/// each bucket carrying the same weight (1/√n, so long prompts do not dominate through their word count).
/// </summary>
internal sealed class FeatureVector(double[] dense, int[] buckets, double bucketValue, bool isMultipleChoice)
{
    public double[] Dense { get; } = dense;

    public int[] Buckets { get; } = buckets;

    public double BucketValue { get; } = bucketValue;

    /// <summary>Whether the prompt itself looks like a lettered multiple-choice question.</summary>
    public bool IsMultipleChoice { get; } = isMultipleChoice;
}
