namespace Router.Classification.Difficulty;

/// <summary>
/// A logistic model over <see cref="FeatureVector"/>s: standardised dense features plus hashed buckets, then a
/// Platt calibration that maps the ranking logit onto the probability that the weak model fails where the strong
/// one succeeds. Immutable once built; safe to share across threads.
/// </summary>
internal sealed class LinearModel(
    double bias, double[] denseMeans, double[] denseScales, double[] denseWeights, double[] bucketWeights, Calibration calibration)
{
    public double Bias { get; } = bias;
    public double[] DenseMeans { get; } = denseMeans;
    public double[] DenseScales { get; } = denseScales;
    public double[] DenseWeights { get; } = denseWeights;
    public double[] BucketWeights { get; } = bucketWeights;
    public Calibration Calibration { get; } = calibration;

    public double Logit(FeatureVector features)
    {
        var z = Bias;
        var dense = features.Dense;
        for (var i = 0; i < dense.Length; i++)
        {
            z += DenseWeights[i] * (dense[i] - DenseMeans[i]) / DenseScales[i];
        }

        foreach (var bucket in features.Buckets)
        {
            z += BucketWeights[bucket] * features.BucketValue;
        }

        return z;
    }

    public double Probability(FeatureVector features) => Calibration.Apply(Logit(features));

    public LinearModel WithCalibration(Calibration value) =>
        new(Bias, DenseMeans, DenseScales, DenseWeights, BucketWeights, value);
}
