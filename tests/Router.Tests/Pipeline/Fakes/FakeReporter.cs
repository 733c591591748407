using Router.Accounting;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>Sums the fake ledger's rows for the query (tenant filter honoured) and remembers the last query.</summary>
public sealed class FakeReporter(FakeLedger ledger) : ISpendReporter
{
    public SpendReportQuery? LastQuery { get; private set; }

    public Task<SpendReport> GetAsync(SpendReportQuery query, CancellationToken cancellationToken = default)
    {
        LastQuery = query;
        var rows = ledger.Rows.Values.Where(r => query.TenantId is null || r.TenantId == query.TenantId).ToList();
        var report = new SpendReport
        {
            Query = query,
            Totals = new SpendTotals { Requests = rows.Count, CostUsd = rows.Sum(r => r.CostUsd) },
            ByTenant = rows.GroupBy(r => r.TenantId).Select(g => new SpendGroup(g.Key, new SpendTotals { Requests = g.Count() })).ToList(),
        };
        return Task.FromResult(report);
    }
}
