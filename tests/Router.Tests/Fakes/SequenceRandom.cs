using Router.Backends;

namespace Router.Tests.Fakes;

/// <summary>Injected randomness: a fixed cycle of values, or a seeded generator.</summary>
public sealed class SequenceRandom : IRandomSource
{
    private readonly Func<double> _next;

    public SequenceRandom(params double[] values)
    {
        var i = 0;
        _next = () => values[i++ % values.Length];
    }

    public SequenceRandom(int seed)
    {
        var random = new Random(seed);
        _next = random.NextDouble;
    }

    public double NextDouble() => _next();
}
