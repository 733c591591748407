using Router.Accounting.Reporting;
using Router.Tests.Accounting.Ledger;

namespace Router.Tests.Accounting.Reporting;

public sealed class SpendAccumulatorTests
{
    [Fact]
    public void ToTotals_MissesAndHits_SavingsSplitAsDocumented()
    {
        var accumulator = new SpendAccumulator();
        accumulator.Add(LedgerTestData.Entry("a", "1", cost: 1.10m, premium: 5.00m));
        accumulator.Add(LedgerTestData.Entry("a", "2", cost: 2.00m, premium: 3.05m, route: "closed", model: "gpt-4o"));
        accumulator.Add(LedgerTestData.Entry("a", "3", cost: 0m, premium: 4.00m, cacheHit: true));

        var totals = accumulator.ToTotals();

        Assert.Equal(3, totals.Requests);
        Assert.Equal(3.10m, totals.CostUsd);
        Assert.Equal(12.05m, totals.PremiumCostUsd);
        Assert.Equal(4.95m, totals.RoutingSavingsUsd);
        Assert.Equal(4.00m, totals.CacheSavingsUsd);
        Assert.Equal(1, totals.CacheHits);
        Assert.Equal(3 * 812, totals.PromptTokens);
        Assert.Equal(3 * 95, totals.CompletionTokens);
    }

    [Fact]
    public void ToTotals_BatchPricedRow_SavingSplitBetweenRoutingAndBatchPricing()
    {
        var accumulator = new SpendAccumulator();
        // gpt-4o-mini through the Batch API: premium 0.045, standard price 0.0027, billed at the batch price 0.00135.
        accumulator.Add(LedgerTestData.Entry("a", "1", cost: 0.00135m, premium: 0.045m, route: "closed", model: "gpt-4o-mini") with { StandardCostUsd = 0.0027m });
        accumulator.Add(LedgerTestData.Entry("a", "2", cost: 1.10m, premium: 5.00m));
        accumulator.Add(LedgerTestData.Entry("a", "3", cost: 0m, premium: 4.00m, cacheHit: true));

        var totals = accumulator.ToTotals();

        Assert.Equal(0.0423m + 3.90m, totals.RoutingSavingsUsd);
        Assert.Equal(0.00135m, totals.BatchSavingsUsd);
        Assert.Equal(4.00m, totals.CacheSavingsUsd);
        Assert.Equal(totals.PremiumCostUsd, totals.RoutingSavingsUsd + totals.BatchSavingsUsd + totals.CacheSavingsUsd + totals.CostUsd);
    }

    [Fact]
    public void ToTotals_SensitiveRows_CountsKeptPrivate()
    {
        var accumulator = new SpendAccumulator();
        accumulator.Add(LedgerTestData.Entry("a", "1", sensitivity: "high"));
        accumulator.Add(LedgerTestData.Entry("a", "2", sensitivity: "Moderate", route: "closed"));
        accumulator.Add(LedgerTestData.Entry("a", "3", sensitivity: "none", route: "closed"));

        var totals = accumulator.ToTotals();

        Assert.Equal(2, totals.SensitiveRequests);
        Assert.Equal(1, totals.SensitiveKeptPrivate);
    }

    [Fact]
    public void Add_Rollup_SameTotalsAsRawRows()
    {
        var raw = new SpendAccumulator();
        foreach (var i in Enumerable.Range(0, 7))
        {
            raw.Add(LedgerTestData.Entry("a", $"{i}", cost: 0.001m * i, cacheHit: i % 3 == 0, latencyMs: 10 * (i + 1)));
        }

        var fromRollup = new SpendAccumulator();
        fromRollup.Add(raw.ToRollup(new DateOnly(2026, 11, 23), "a", "private-small", "qwen2.5-7b"));

        Assert.Equal(raw.ToTotals(), fromRollup.ToTotals());
    }
}
