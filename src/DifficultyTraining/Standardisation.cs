namespace Router.Classification.Difficulty.Training;

/// <summary>Per-feature mean and standard deviation of the dense features (scale 1 for constant features).</summary>
internal static class Standardisation
{
    public static (double[] Means, double[] Scales) Compute(IReadOnlyList<FeatureVector> features)
    {
        var count = features.Count == 0 ? DifficultyFeatureExtractor.DenseNames.Length : features[0].Dense.Length;
        var means = new double[count];
        var scales = new double[count];
        foreach (var f in features)
        {
            for (var i = 0; i < count; i++)
            {
                means[i] += f.Dense[i] / features.Count;
            }
        }

        foreach (var f in features)
        {
            for (var i = 0; i < count; i++)
            {
                scales[i] += (f.Dense[i] - means[i]) * (f.Dense[i] - means[i]) / features.Count;
            }
        }

        for (var i = 0; i < count; i++)
        {
            scales[i] = scales[i] > 1e-12 ? Math.Sqrt(scales[i]) : 1;
        }

        return (means, scales);
    }

    public static double[] Apply(double[] dense, double[] means, double[] scales)
    {
        var result = new double[dense.Length];
        for (var i = 0; i < dense.Length; i++)
        {
            result[i] = (dense[i] - means[i]) / scales[i];
        }

        return result;
    }
}
