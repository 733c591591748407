namespace Router.Classification.Difficulty.Training;

/// <summary>
/// Fits a <see cref="LinearModel"/> by full-batch Adam on cross-entropy (soft labels allowed) with separate L2
/// penalties for the dense and the hashed features. Deterministic: no sampling, fixed iteration count.
/// </summary>
internal sealed class LogisticTrainer(TrainingOptions options)
{
    public LinearModel Fit(IReadOnlyList<FeatureVector> features, IReadOnlyList<double> targets, IReadOnlyList<double>? weights = null)
    {
        var (means, scales) = Standardisation.Compute(features);
        var denseCount = means.Length;
        var parameters = new double[1 + denseCount + (1 << options.HashBits)];
        var adam = new AdamState(parameters.Length, options.LearningRate);
        var gradient = new double[parameters.Length];
        var standardised = features.Select(f => Standardisation.Apply(f.Dense, means, scales)).ToArray();
        var totalWeight = weights?.Sum() ?? features.Count;
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            Array.Clear(gradient);
            for (var n = 0; n < features.Count; n++)
            {
                var f = features[n];
                var x = standardised[n];
                var z = parameters[0];
                for (var i = 0; i < denseCount; i++)
                {
                    z += parameters[1 + i] * x[i];
                }

                foreach (var b in f.Buckets)
                {
                    z += parameters[1 + denseCount + b] * f.BucketValue;
                }

                var error = ((1 / (1 + Math.Exp(-z))) - targets[n]) * (weights?[n] ?? 1);
                gradient[0] += error;
                for (var i = 0; i < denseCount; i++)
                {
                    gradient[1 + i] += error * x[i];
                }

                foreach (var b in f.Buckets)
                {
                    gradient[1 + denseCount + b] += error * f.BucketValue;
                }
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                var penalty = i == 0 ? 0 : i <= denseCount ? options.DensePenalty : options.BucketPenalty;
                gradient[i] = (gradient[i] / Math.Max(1e-9, totalWeight)) + (penalty * parameters[i]);
            }

            adam.Step(parameters, gradient);
        }

        return new LinearModel(
            parameters[0], means, scales, parameters[1..(1 + denseCount)], parameters[(1 + denseCount)..], Calibration.Identity);
    }
}
