using Router.Classification.Difficulty;

namespace Router.Classification.Sensitivity.Model;

/// <summary>
/// The learned second-stage check for personal data in context: a logistic model (<see cref="LinearModel"/>) over
/// <see cref="PersonalContextFeatures"/>, giving the probability that a request holds a private person's address,
/// birth date, health, pay or record role, or a confidential document. Immutable; safe to share across threads.
/// </summary>
internal sealed class PersonalContextModel(int hashBits, LinearModel linear, double threshold)
{
    public int HashBits { get; } = hashBits;

    public LinearModel Linear { get; } = linear;

    /// <summary>Scores at or above this flag the request (chosen by leave-one-source-out evaluation).</summary>
    public double Threshold { get; } = threshold;

    /// <summary>The model's probability for all <paramref name="texts"/> together, without allocating.</summary>
    public double Score(IReadOnlyList<string> texts)
    {
        var sink = new ScoreSink(Linear.BucketWeights);
        var chars = 0;
        foreach (var text in texts)
        {
            PersonalContextFeatures.Visit(text, HashBits, ref sink);
            chars += text.Length;
        }

        var z = Linear.Bias + (Linear.DenseWeights[0] * (Math.Log(1 + chars) - Linear.DenseMeans[0]) / Linear.DenseScales[0]);
        if (sink.Count > 0)
        {
            z += sink.Sum / Math.Sqrt(sink.Count);
        }

        return Linear.Calibration.Apply(z);
    }

    public PersonalContextModel WithThreshold(double value) => new(HashBits, Linear, value);

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
