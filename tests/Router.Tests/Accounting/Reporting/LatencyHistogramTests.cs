using FsCheck;
using FsCheck.Xunit;
using Router.Accounting.Reporting;

namespace Router.Tests.Accounting.Reporting;

public sealed class LatencyHistogramTests
{
    // Eight buckets per doubling: a bucket's upper bound is at most 2^(1/8) ≈ 1.0905 times any value in it.
    private const double MaxRatio = 1.0906;

    [Fact]
    public void Percentile_OneToThousandMs_WithinBucketError()
    {
        var histogram = new LatencyHistogram();
        for (var ms = 1; ms <= 1000; ms++)
        {
            histogram.Add(ms);
        }

        Assert.InRange(histogram.Percentile(0.50), 500, 500 * MaxRatio);
        Assert.InRange(histogram.Percentile(0.95), 950, 950 * MaxRatio);
        Assert.Equal(1000, histogram.Count);
    }

    [Fact]
    public void Percentile_Empty_Zero()
    {
        Assert.Equal(0, new LatencyHistogram().Percentile(0.95));
    }

    [Fact]
    public void Add_Histograms_SameAsOneHistogramOfAllSamples()
    {
        double[] first = [3, 40, 41, 900], second = [2, 5000, 12];
        var combined = new LatencyHistogram();
        var all = new LatencyHistogram();
        var a = new LatencyHistogram();
        var b = new LatencyHistogram();
        foreach (var ms in first) { a.Add(ms); all.Add(ms); }
        foreach (var ms in second) { b.Add(ms); all.Add(ms); }

        combined.Add(a);
        combined.Add(b);

        Assert.Equal(all.ToString(), combined.ToString());
        Assert.Equal(all.Percentile(0.5), combined.Percentile(0.5));
    }

    [Fact]
    public void Parse_ToStringOutput_SameHistogram()
    {
        var histogram = new LatencyHistogram();
        histogram.Add(0.3);
        histogram.Add(250);
        histogram.Add(250);

        var parsed = LatencyHistogram.Parse(histogram.ToString());

        Assert.Equal(histogram.ToString(), parsed.ToString());
        Assert.Equal(3, parsed.Count);
    }

    [Property]
    public bool Percentile_AnySamples_BoundsNearestRankFromAbove(PositiveInt[] samples, byte percent)
    {
        if (samples.Length == 0)
        {
            return true;
        }

        var q = Math.Min(percent, (byte)100) / 100.0;
        var histogram = new LatencyHistogram();
        foreach (var sample in samples)
        {
            histogram.Add(sample.Get);
        }

        var sorted = samples.Select(s => (double)s.Get).Order().ToArray();
        var exact = sorted[Math.Max(1, (int)Math.Ceiling(q * sorted.Length)) - 1];
        var estimate = histogram.Percentile(q);
        return estimate >= exact && estimate <= Math.Max(1, exact) * MaxRatio;
    }
}
