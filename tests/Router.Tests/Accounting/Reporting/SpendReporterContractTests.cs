using Microsoft.Extensions.Time.Testing;
using Router.Accounting;
using Router.Accounting.Reporting;
using Router.Tests.Accounting.Ledger;

namespace Router.Tests.Accounting.Reporting;

/// <summary><see cref="SpendReporter"/> over each store, with "today" fixed at <see cref="LedgerTestData.Noon"/>.</summary>
public abstract class SpendReporterContractTests : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(LedgerTestData.Noon.UtcDateTime);
    private readonly FakeTimeProvider _time = new(LedgerTestData.Noon);
    private ReportingStores _stores = null!;
    private SpendReporter _reporter = null!;
    private readonly List<LedgerEntry> _rows = [];

    private protected abstract ReportingStores CreateStores();

    public async Task InitializeAsync()
    {
        _stores = CreateStores();
        _reporter = new SpendReporter(_stores.Ledger, _stores.Rollups, new RollupService(_stores.Ledger, _stores.Rollups), _time);
        for (var day = -2; day <= 0; day++)
        {
            for (var i = 0; i < 6; i++)
            {
                var at = LedgerTestData.Noon.AddDays(day).AddMinutes(-i);
                await RecordAsync(LedgerTestData.Entry("acme", $"d{day}-{i}", at, cost: 0.000731m * (i + 1), premium: 0.0103m * (i + 1),
                    route: i % 2 == 0 ? "private-small" : "closed", model: i % 2 == 0 ? "qwen2.5-7b" : "gpt-4o",
                    cacheHit: i == 5, latencyMs: 40 * (i + 1) - day));
            }

            await RecordAsync(LedgerTestData.Entry("globex", $"d{day}", LedgerTestData.Noon.AddDays(day), cost: 0.1m, premium: 0.2m));
            // A queue message sent through the Batch API: half the model's standard price, far below the premium model's.
            await RecordAsync(LedgerTestData.Entry("acme", $"b{day}", LedgerTestData.Noon.AddDays(day).AddMinutes(-30), cost: 0.00065m * (3 - day),
                premium: 0.0113m, route: "closed", model: "gpt-4o-mini") with { StandardCostUsd = 0.0013m * (3 - day), DeploymentType = "GlobalBatch" });
        }
    }

    public Task DisposeAsync() => _stores.Cleanup();

    [Fact]
    public async Task GetAsync_PastDaysAndToday_TotalsExactlyEqualRawRows()
    {
        var report = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-2), Today));

        var expected = SpendAccumulator.Total(_rows, static (a, r) => a.Add(r));
        Assert.Equal(expected, report.Totals);
        Assert.Equal(24, report.Totals.Requests);
        Assert.Equal(_rows.Sum(r => r.CostUsd), report.Totals.CostUsd);
        Assert.Equal(_rows.Where(r => !r.CacheHit).Sum(r => r.PremiumCostUsd - (r.StandardCostUsd ?? r.CostUsd)), report.Totals.RoutingSavingsUsd);
        Assert.Equal(_rows.Sum(r => r.StandardCostUsd - r.CostUsd ?? 0m), report.Totals.BatchSavingsUsd);
        Assert.Equal(0.00065m * (3 + 4 + 5), report.Totals.BatchSavingsUsd);
        Assert.Equal(_rows.Where(r => r.CacheHit).Sum(r => r.PremiumCostUsd - r.CostUsd), report.Totals.CacheSavingsUsd);
        Assert.Equal([Today.AddDays(-2), Today.AddDays(-1), Today], report.ByDay.Select(d => d.Day).Distinct());
        Assert.Equal(["acme", "globex"], report.ByTenant.Select(g => g.Key));
        Assert.Equal(0.3m, report.ByTenant.Single(g => g.Key == "globex").Totals.CostUsd);
    }

    [Fact]
    public async Task GetAsync_EveryGroup_WaterfallStepsAddUpToSpendExactly()
    {
        // Past days from roll-ups (each store's mapper), today from raw rows: premium = routing + batch + cache + spend.
        var report = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-2), Today));

        var groups = new[] { report.Totals }.Concat(report.ByDay.Select(d => d.Totals))
            .Concat(new[] { report.ByTenant, report.ByRoute, report.ByModel, report.ByServedModel }.SelectMany(g => g.Select(x => x.Totals))).ToList();
        Assert.Equal(1 + 9 + 2 + 2 + 3 + 3, groups.Count); // totals; 3 days × 3 (route, model); 2 tenants; 2 routes; 3 models; 3 served models
        Assert.All(groups, t => Assert.Equal(t.CostUsd, t.PremiumCostUsd - t.RoutingSavingsUsd - t.BatchSavingsUsd - t.CacheSavingsUsd));
        var batch = Assert.Single(report.ByModel, g => g.Key == "gpt-4o-mini").Totals;
        Assert.Equal((0.00065m * 12, 0.0113m * 3 - 0.0013m * 12), (batch.BatchSavingsUsd, batch.RoutingSavingsUsd));
        Assert.All(report.ByModel.Where(g => g.Key != "gpt-4o-mini"), g => Assert.Equal(0m, g.Totals.BatchSavingsUsd));
    }

    [Fact]
    public async Task GetAsync_PastDays_RolledUpOnDemandThenReadFromRollups()
    {
        await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-2), Today));
        Assert.Equal([Today.AddDays(-2), Today.AddDays(-1)], (await _stores.Rollups.RolledUpDaysAsync(Today.AddDays(-5), Today)).Order());

        // A row written after yesterday was rolled up is not seen until yesterday is rolled up again.
        await _stores.Ledger.RecordAsync(LedgerTestData.Entry("acme", "late", LedgerTestData.Noon.AddDays(-1), cost: 5m));
        var before = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-1), Today.AddDays(-1)));
        await new RollupService(_stores.Ledger, _stores.Rollups).RollUpAsync(Today.AddDays(-1));
        var after = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-1), Today.AddDays(-1)));

        Assert.Equal(5m, after.Totals.CostUsd - before.Totals.CostUsd);
    }

    [Fact]
    public async Task GetAsync_TenantRouteModelFilters_OnlyMatchingRows()
    {
        var tenant = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-2), Today, TenantId: "globex"));
        var route = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-2), Today, Route: "closed"));
        var model = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-2), Today, TenantId: "acme", Model: "qwen2.5-7b"));

        Assert.Equal(3, tenant.Totals.Requests);
        Assert.Equal(_rows.Where(r => r.Route == "closed").Sum(r => r.CostUsd), route.Totals.CostUsd);
        Assert.Equal(["closed"], route.ByRoute.Select(g => g.Key));
        Assert.Equal(9, model.Totals.Requests);
        Assert.All(model.TopRequests, r => Assert.Equal("qwen2.5-7b", r.Model));
    }

    [Fact]
    public async Task GetAsync_TopRequests_TwentyMostExpensiveDescending()
    {
        var report = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-2), Today));

        Assert.Equal(SpendReporter.TopRequestLimit, report.TopRequests.Count);
        Assert.Equal(_rows.Select(r => r.CostUsd).OrderDescending().Take(20), report.TopRequests.Select(r => r.CostUsd));
    }

    [Fact]
    public async Task GetAsync_Latency_PercentilesOverRangeMatchRawHistogram()
    {
        var report = await _reporter.GetAsync(new SpendReportQuery(Today.AddDays(-2), Today, TenantId: "acme"));

        var histogram = new LatencyHistogram();
        foreach (var row in _rows.Where(r => r.TenantId == "acme"))
        {
            histogram.Add(row.LatencyMs);
        }

        Assert.Equal(histogram.Percentile(0.5), report.Totals.LatencyP50Ms);
        Assert.Equal(histogram.Percentile(0.95), report.Totals.LatencyP95Ms);
        Assert.True(report.Totals.LatencyP95Ms > report.Totals.LatencyP50Ms);
    }

    private async Task RecordAsync(LedgerEntry entry)
    {
        _rows.Add(entry);
        await _stores.Ledger.RecordAsync(entry);
    }
}

public sealed class SqliteSpendReporterTests : SpendReporterContractTests
{
    private protected override ReportingStores CreateStores() => ReportingStores.Sqlite();
}

public sealed class TableSpendReporterTests : SpendReporterContractTests
{
    private protected override ReportingStores CreateStores() => ReportingStores.Tables();
}
