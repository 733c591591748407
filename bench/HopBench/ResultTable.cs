using System.Globalization;

namespace HopBench;

/// <summary>Prints a markdown table: latency per path and what it adds over the direct call.</summary>
internal static class ResultTable
{
    public static void Print(IReadOnlyList<RunResult> results, TextWriter output)
    {
        output.WriteLine("| concurrency | path | requests | p50 ms | p99 ms | added p50 ms | added p99 ms | req/s | tokens |");
        output.WriteLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in results.GroupBy(r => r.Concurrency))
        {
            var direct = group.First();
            foreach (var r in group)
            {
                var added = ReferenceEquals(r, direct) ? "—" : F(r.P50 - direct.P50);
                var added99 = ReferenceEquals(r, direct) ? "—" : F(r.P99 - direct.P99);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Concurrency} | {r.Target} | {r.Requests} | {F(r.P50)} | {F(r.P99)} | {added} | {added99} | {r.RequestsPerSecond:F1} | {r.CompletionTokens} |"));
            }
        }
    }

    private static string F(double ms) => ms.ToString("F2", CultureInfo.InvariantCulture);
}
