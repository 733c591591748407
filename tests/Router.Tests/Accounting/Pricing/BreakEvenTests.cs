using Router.Accounting.Pricing;
using static Router.Tests.Accounting.Pricing.PricingFixtures;

namespace Router.Tests.Accounting.Pricing;

public sealed class BreakEvenTests
{
    private static BreakEvenResult Calculate(decimal promptShare) =>
        BreakEven.Calculate(Catalog().Get("gpu"), Catalog().Get("api"), promptShare);

    [Fact]
    public void Calculate_HalfPromptTokens_ExactFigures()
    {
        var result = Calculate(0.5m);

        // $0.001/s × 730 h × 3600 s
        Assert.Equal(2628m, result.MonthlyGpuCostUsd);
        // 0.5 × 2.50 + 0.5 × 10.00
        Assert.Equal(6.25m, result.ApiBlendedPerMillionUsd);
        // 2628 / 6.25 per million tokens
        Assert.Equal(420_480_000m, result.BreakEvenTokensPerMonth);
        // 2,628,000 s / (0.5/1000 + 0.5/100 s per token)
        Assert.Equal(477_818_181m, decimal.Truncate(result.CapacityTokensPerMonth));
        Assert.True(result.BreaksEvenWithinCapacity);
    }

    [Fact]
    public void Calculate_OnlyCompletionTokens_BreakEvenExactlyAtCapacity()
    {
        var result = Calculate(0m);

        Assert.Equal(262_800_000m, result.BreakEvenTokensPerMonth);
        Assert.Equal(262_800_000m, result.CapacityTokensPerMonth);
        Assert.True(result.BreaksEvenWithinCapacity);
    }

    [Fact]
    public void Calculate_ApiCheaperThanWorkerAtFullLoad_NotWithinCapacity()
    {
        var result = BreakEven.Calculate(Catalog().Get("gpu"), Catalog().Get("mini"), 0.5m);

        // 2628 / 0.375 per million = 7.008 billion tokens, far beyond one worker.
        Assert.Equal(7_008_000_000m, result.BreakEvenTokensPerMonth);
        Assert.False(result.BreaksEvenWithinCapacity);
    }

    [Fact]
    public void Calculate_ApiModelAsGpuModel_Throws()
    {
        Assert.Throws<ArgumentException>(() => BreakEven.Calculate(Catalog().Get("api"), Catalog().Get("api"), 0.5m));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    public void Calculate_ShareOutOfRange_Throws(double share)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculate((decimal)share));
    }
}
