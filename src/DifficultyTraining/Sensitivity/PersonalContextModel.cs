using Router.Classification.Difficulty;

namespace Router.Classification.Difficulty.Training.Sensitivity;

/// <summary>
/// The learned second-stage check for personal data in context: a logistic model (<see cref="LinearModel"/>) over
/// <see cref="PersonalContextFeatures"/>, giving the probability that a request holds a private person's address,
/// birth date, health, pay or record role, or a confidential document. Immutable; safe to share across threads.
/// </summary>
internal sealed class PersonalContextModel(int hashBits, LinearModel linear, double threshold, bool ruleSignals)
{
    /// <summary>Whether the dense features include the rule detectors' person-scan signals.</summary>
    public bool RuleSignals { get; } = ruleSignals;

    public int HashBits { get; } = hashBits;

    public LinearModel Linear { get; } = linear;

    /// <summary>Scores at or above this flag the request (chosen by leave-one-source-out evaluation).</summary>
    public double Threshold { get; } = threshold;

    /// <summary>The model's probability for all <paramref name="texts"/> together, without allocating.</summary>
    public double Score(IReadOnlyList<string> texts)
    {
        var sink = new ScoreSink(Linear.BucketWeights);
        foreach (var text in texts)
        {
            PersonalContextFeatures.Visit(text, HashBits, ref sink);
        }

        var dense = PersonalContextFeatures.Dense(texts, RuleSignals);
        var z = Linear.Bias;
        for (var i = 0; i < dense.Length; i++)
        {
            z += Linear.DenseWeights[i] * (dense[i] - Linear.DenseMeans[i]) / Linear.DenseScales[i];
        }

        if (sink.Count > 0)
        {
            z += sink.Sum / Math.Sqrt(sink.Count);
        }

        return Linear.Calibration.Apply(z);
    }

    public PersonalContextModel WithThreshold(double value) => new(HashBits, Linear, value, RuleSignals);

    private struct ScoreSink(double[] weights) : IBucketSink
    {
        public double Sum { get; private set; }

        public int Count { get; private set; }

        public void Add(int bucket)
        {
            Sum += weights[bucket];
            Count++;
        }
    }
}
