using Router.Accounting.GpuTime;

namespace Router.Accounting.Reconciliation;

/// <summary>One day and meter: what Azure billed, what the router's books say, and the difference (bill − ledger).</summary>
internal sealed record ReconciliationLine(DateOnly Day, string Meter, decimal BillUsd, decimal LedgerUsd, bool LedgerPrices)
{
    public decimal DifferenceUsd => BillUsd - LedgerUsd;
}

/// <summary>
/// Puts the bill beside the ledger per day and meter. The ledger's side: OpenAI tokens = Σ cost of Azure OpenAI rows;
/// Container Apps GPU = Σ billed GPU windows (allocated calls + idle + cold start), or the private rows' cost where no
/// window was collected. Functions, Redis and Storage are not priced by the ledger: their ledger side is 0 and
/// <see cref="ReconciliationLine.LedgerPrices"/> is false, so the difference is simply that bill.
/// </summary>
internal static class Reconciler
{
    public static IReadOnlyList<ReconciliationLine> Reconcile(IReadOnlyList<BillLine> bill, IReadOnlyList<LedgerEntry> ledger, IReadOnlyList<GpuAllocation> windows)
    {
        var billed = bill.GroupBy(l => (l.Day, Meter: BillMeters.Of(l))).ToDictionary(g => g.Key, g => g.Sum(l => l.Cost));
        var tokens = ledger.Where(r => r.Backend == LedgerBackends.AzureOpenAi)
            .GroupBy(r => DateOnly.FromDateTime(r.Timestamp.UtcDateTime)).ToDictionary(g => g.Key, g => g.Sum(r => r.CostUsd));
        var gpuWindows = windows.GroupBy(w => DateOnly.FromDateTime(w.WindowEnd.UtcDateTime)).ToDictionary(g => g.Key, g => g.Sum(w => w.BilledUsd));
        var gpuRows = ledger.Where(r => r.Backend == LedgerBackends.GpuWorker)
            .GroupBy(r => DateOnly.FromDateTime(r.Timestamp.UtcDateTime)).ToDictionary(g => g.Key, g => g.Sum(r => r.CostUsd));

        var days = billed.Keys.Select(k => k.Day).Concat(tokens.Keys).Concat(gpuWindows.Keys).Concat(gpuRows.Keys).Distinct().Order();
        var lines = new List<ReconciliationLine>();
        foreach (var day in days)
        {
            foreach (var meter in BillMeters.All)
            {
                var bills = billed.GetValueOrDefault((day, meter));
                var (books, priced) = meter switch
                {
                    BillMeters.OpenAiTokens => (tokens.GetValueOrDefault(day), true),
                    BillMeters.ContainerAppsGpu => (gpuWindows.TryGetValue(day, out var w) ? w : gpuRows.GetValueOrDefault(day), true),
                    _ => (0m, false),
                };
                if (bills != 0m || books != 0m || meter != BillMeters.Other)
                {
                    lines.Add(new ReconciliationLine(day, meter, bills, books, priced));
                }
            }
        }

        return lines;
    }
}
