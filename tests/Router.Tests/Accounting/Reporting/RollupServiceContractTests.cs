using Router.Accounting.Reporting;
using Router.Tests.Accounting.Ledger;

namespace Router.Tests.Accounting.Reporting;

/// <summary><see cref="RollupService"/> over each store: the roll-up must equal aggregating the raw rows.</summary>
public abstract class RollupServiceContractTests : IAsyncLifetime
{
    private static readonly DateOnly Day = DateOnly.FromDateTime(LedgerTestData.Noon.UtcDateTime);
    private ReportingStores _stores = null!;

    private protected abstract ReportingStores CreateStores();

    public Task InitializeAsync()
    {
        _stores = CreateStores();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _stores.Cleanup();

    [Fact]
    public async Task RollUpAsync_Day_EqualsRawAggregationPerGroup()
    {
        var rows = new[]
        {
            LedgerTestData.Entry("acme", "1", cost: 0.0012m, latencyMs: 80),
            LedgerTestData.Entry("acme", "2", cost: 0.0031m, latencyMs: 300),
            LedgerTestData.Entry("acme", "3", cost: 0m, cacheHit: true, latencyMs: 2),
            LedgerTestData.Entry("acme", "4", cost: 0.021m, route: "closed", model: "gpt-4o", latencyMs: 900),
            LedgerTestData.Entry("acme", "5", cost: 0.0105m, route: "closed", model: "gpt-4o", latencyMs: 4_000_000) with { StandardCostUsd = 0.021m },
            LedgerTestData.Entry("globex", "1", cost: 0.0007m, sensitivity: "high"),
        };
        foreach (var row in rows)
        {
            await _stores.Ledger.RecordAsync(row);
        }

        await _stores.Ledger.RecordAsync(LedgerTestData.Entry("acme", "next-day", LedgerTestData.Noon.AddDays(1), cost: 9m));

        await new RollupService(_stores.Ledger, _stores.Rollups).RollUpAsync(Day);

        var stored = await _stores.Rollups.QueryAsync(Day, Day, tenantId: null);
        Assert.Equal(3, stored.Count);
        foreach (var group in rows.GroupBy(r => (r.TenantId, r.Route, r.Model)))
        {
            var expected = new SpendAccumulator();
            foreach (var row in group)
            {
                expected.Add(row);
            }

            var rollup = Assert.Single(stored, s => (s.TenantId, s.Route, s.Model) == group.Key);
            Assert.Equal(expected.ToRollup(Day, group.Key.TenantId, group.Key.Route, group.Key.Model), rollup);
        }

        Assert.Equal(0.0105m, stored.Sum(s => s.BatchSavingsUsd)); // carried through the store's mapper

        Assert.Contains(Day, await _stores.Rollups.RolledUpDaysAsync(Day, Day));
    }

    [Fact]
    public async Task RollUpAsync_RerunAfterRowsChanged_ReplacesDay()
    {
        var service = new RollupService(_stores.Ledger, _stores.Rollups);
        await _stores.Ledger.RecordAsync(LedgerTestData.Entry("acme", "1", model: "old-model"));
        await service.RollUpAsync(Day);

        // Redelivery of the same request with another model: the old group must disappear, not linger.
        await _stores.Ledger.RecordAsync(LedgerTestData.Entry("acme", "1", model: "new-model", cost: 0.5m));
        await _stores.Ledger.RecordAsync(LedgerTestData.Entry("acme", "2", model: "new-model", cost: 0.25m));
        await service.RollUpAsync(Day);
        await service.RollUpAsync(Day);

        var stored = Assert.Single(await _stores.Rollups.QueryAsync(Day, Day, tenantId: "acme"));
        Assert.Equal("new-model", stored.Model);
        Assert.Equal(2, stored.Requests);
        Assert.Equal(0.75m, stored.CostUsd);
    }

    [Fact]
    public async Task RollUpAsync_EmptyDay_MarkedRolledUpWithoutRows()
    {
        await new RollupService(_stores.Ledger, _stores.Rollups).RollUpAsync(Day.AddDays(-30));

        Assert.Empty(await _stores.Rollups.QueryAsync(Day.AddDays(-30), Day.AddDays(-30), tenantId: null));
        Assert.Equal([Day.AddDays(-30)], await _stores.Rollups.RolledUpDaysAsync(Day.AddDays(-31), Day));
    }
}

public sealed class SqliteRollupServiceTests : RollupServiceContractTests
{
    private protected override ReportingStores CreateStores() => ReportingStores.Sqlite();
}

public sealed class TableRollupServiceTests : RollupServiceContractTests
{
    private protected override ReportingStores CreateStores() => ReportingStores.Tables();
}
