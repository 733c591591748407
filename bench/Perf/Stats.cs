namespace Perf;

internal static class Stats
{
    /// <summary>Nearest-rank percentile of an unsorted sample (sorted in place).</summary>
    public static double Percentile(double[] sample, double p)
    {
        Array.Sort(sample);
        var rank = (int)Math.Ceiling(p / 100.0 * sample.Length);
        return sample[Math.Clamp(rank - 1, 0, sample.Length - 1)];
    }

    public static string Ms(double value) => value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Signed(double value) => value.ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture);
}
