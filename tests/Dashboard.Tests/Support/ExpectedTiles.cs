using System.Globalization;
using Router.Accounting;

namespace Router.Functions.Dashboard.Tests.Support;

/// <summary>The tiles' text computed from ledger rows, formatted exactly as src/Functions/Dashboard/format.js does.</summary>
internal sealed record ExpectedTiles(string Spend, string Requests, string Savings, string RoutingSavings, string BatchSavings, string CacheSavings, string SensitivePrivate, string CacheRate, string Latency)
{
    public static ExpectedTiles From(IEnumerable<LedgerEntry> source)
    {
        var rows = source.ToList();
        var (routing, batch, cache) = SavingsOf(rows);
        var sensitive = rows.Where(r => r.Sensitivity != "none").ToList();
        var latencies = rows.Select(r => r.LatencyMs).Order().ToList();
        return new ExpectedTiles(
            Usd(rows.Sum(r => r.CostUsd)),
            rows.Count.ToString("N0", CultureInfo.InvariantCulture),
            Usd(routing + batch + cache),
            Usd(routing),
            Usd(batch),
            Usd(cache),
            Pct(sensitive.Count(r => r.Route != "closed"), sensitive.Count),
            Pct(rows.Count(r => r.CacheHit), rows.Count),
            $"{Ms(NearestRank(latencies, 0.50))} / {Ms(NearestRank(latencies, 0.95))}");
    }

    /// <summary>The waterfall's steps as docs/cost-model.md defines them, from the rows themselves.</summary>
    public static (decimal Routing, decimal Batch, decimal Cache) SavingsOf(IEnumerable<LedgerEntry> rows)
    {
        var list = rows.ToList();
        return (
            list.Where(r => !r.CacheHit).Sum(r => r.PremiumCostUsd - (r.StandardCostUsd ?? r.CostUsd)),
            list.Where(r => r.StandardCostUsd is not null).Sum(r => r.StandardCostUsd!.Value - r.CostUsd),
            list.Where(r => r.CacheHit).Sum(r => r.PremiumCostUsd));
    }

    /// <summary>fmt.usd: "$" and en-US grouping, 2 to 4 decimals; under a cent, three significant digits.</summary>
    public static string Usd(decimal value) =>
        value != 0m && Math.Abs(value) < 0.01m
            ? "$" + SignificantDigits(value, 3)
            : "$" + decimal.Round(value, 4, MidpointRounding.AwayFromZero).ToString("#,##0.00##", CultureInfo.InvariantCulture);

    private static string SignificantDigits(decimal value, int digits)
    {
        var places = digits - 1 - (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        return decimal.Round(value, places, MidpointRounding.AwayFromZero).ToString("0.############", CultureInfo.InvariantCulture);
    }

    private static string Pct(int numerator, int denominator) =>
        denominator > 0 ? (100.0 * numerator / denominator).ToString("F1", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Ms(double value) => value switch
    {
        < 1e4 => Math.Round(value).ToString(CultureInfo.InvariantCulture) + " ms",
        < 1.2e5 => (value / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " s",
        < 7.2e6 => (value / 6e4).ToString("0.0", CultureInfo.InvariantCulture) + " min",
        _ => (value / 3.6e6).ToString("0.0", CultureInfo.InvariantCulture) + " h",
    };

    // Seeded latencies are powers of two, which are exact bucket bounds of the report's latency histogram.
    private static double NearestRank(List<double> sorted, double q) => sorted[Math.Max(1, (int)Math.Ceiling(q * sorted.Count)) - 1];
}
