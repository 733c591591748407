using System.Globalization;

namespace Router.Accounting.Reporting;

/// <summary>
/// Fixed log-scale latency histogram: bucket i holds latencies in (2^((i-1)/8), 2^(i/8)] ms, eight buckets per
/// doubling, so a percentile read from it is at most ~9 % above the true value. Histograms add, which lets daily
/// roll-ups answer p50/p95 over any range of days without raw rows. Serialised sparsely as "i:count;…".
/// </summary>
internal sealed class LatencyHistogram
{
    private const int BucketsPerDoubling = 8;
    private const int MaxBucket = 8 * 26; // 2^26 ms ≈ 18.6 h; anything slower lands in the last bucket.
    private readonly SortedDictionary<int, long> _counts = [];

    public long Count { get; private set; }

    public void Add(double latencyMs) => Add(BucketOf(latencyMs), 1);

    public void Add(LatencyHistogram other)
    {
        foreach (var (bucket, count) in other._counts)
        {
            Add(bucket, count);
        }
    }

    /// <summary>Nearest-rank percentile (q in [0, 1]), reported as the bucket's upper bound; 0 when empty.</summary>
    public double Percentile(double q)
    {
        if (Count == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(q * Count));
        long seen = 0;
        foreach (var (bucket, count) in _counts)
        {
            seen += count;
            if (seen >= rank)
            {
                return UpperBound(bucket);
            }
        }

        return UpperBound(_counts.Keys.Last());
    }

    public override string ToString() =>
        string.Join(';', _counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}:{c.Value}")));

    public static LatencyHistogram Parse(string? text)
    {
        var histogram = new LatencyHistogram();
        foreach (var pair in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':');
            histogram.Add(int.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        return histogram;
    }

    public static int BucketOf(double latencyMs) =>
        double.IsNaN(latencyMs) || latencyMs <= 1
            ? 0
            : (int)Math.Min(MaxBucket, Math.Ceiling(Math.Round(Math.Log2(latencyMs) * BucketsPerDoubling, 9)));

    public static double UpperBound(int bucket) => Math.Pow(2, (double)bucket / BucketsPerDoubling);

    private void Add(int bucket, long count)
    {
        _counts[bucket] = _counts.GetValueOrDefault(bucket) + count;
        Count += count;
    }
}
