using Router.Accounting;
using static Router.Tests.Accounting.Pricing.PricingFixtures;

namespace Router.Tests.Accounting.Pricing;

public sealed class CostCalculatorTests
{
    [Fact]
    public void Cost_ApiModel_TokensTimesUnitPrices()
    {
        // 1234 × 2.50/1M + 567 × 10/1M
        Assert.Equal(0.008755m, Calculator().Cost("api", new TokenUsage(1234, 567)));
    }

    [Fact]
    public void Cost_GpuModelWithoutGpuTime_TokensAtThroughputPrices()
    {
        // 1000 × 1.00/1M + 100 × 10.00/1M
        Assert.Equal(0.002m, Calculator().Cost("gpu", new TokenUsage(1000, 100)));
    }

    [Theory]
    [InlineData(1500, "0.0015")]
    [InlineData(250, "0.00025")]
    [InlineData(0, "0")]
    public void Cost_GpuModelWithGpuTime_SecondsTimesRate(int milliseconds, string expected)
    {
        var cost = Calculator().Cost("gpu", new TokenUsage(1000, 100), TimeSpan.FromMilliseconds(milliseconds));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), cost);
    }

    [Fact]
    public void Cost_ApiModelWithGpuTime_GpuTimeIgnored()
    {
        Assert.Equal(0.0125m, Calculator().Cost("api", new TokenUsage(1000, 1000), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void PriceCall_CachedPromptTokens_BilledAtCachedRate()
    {
        // 1,000 uncached × 2.50/1M + 1,000 cached × 1.25/1M + 500 output (200 of them reasoning) × 10/1M
        var usage = new TokenUsage(2000, 500) { CachedPromptTokens = 1000, ReasoningTokens = 200 };

        var price = Calculator().PriceCall("api", usage);

        Assert.Equal(0.00875m, price.CostUsd);
        Assert.Equal(CostBasis.Tokens, price.Basis);
    }

    [Theory]
    [InlineData("api-eu@contoso.openai.azure.com")]
    [InlineData("api-eu")]
    public void PriceCall_DeploymentWithOwnPrice_PricedByDeploymentType(string deployment)
    {
        var usage = new TokenUsage(2000, 500) { CachedPromptTokens = 1000 };

        var price = Calculator().PriceCall("api", usage, deployment: deployment);

        // 1,000 × 2.75 + 1,000 × 1.375 + 500 × 11.00, per million
        Assert.Equal(0.009625m, price.CostUsd);
        Assert.Equal("DataZoneStandard", price.DeploymentType);
    }

    [Fact]
    public void PriceCall_UnknownDeployment_FallsBackToModelPrice()
    {
        var price = Calculator().PriceCall("api", new TokenUsage(1000, 0), deployment: "other@host");

        Assert.Equal(0.0025m, price.CostUsd);
        Assert.Null(price.DeploymentType);
    }

    [Fact]
    public void PriceCall_GpuModel_IsProvisional()
    {
        var price = Calculator().PriceCall("gpu", new TokenUsage(10, 10), TimeSpan.FromSeconds(2));

        Assert.Equal(0.002m, price.CostUsd);
        Assert.Equal(CostBasis.Provisional, price.Basis);
    }

    [Fact]
    public void PremiumCost_AnyUsage_PricedOnPremiumModel()
    {
        Assert.Equal(0.0035m, Calculator().PremiumCost(new TokenUsage(1000, 100)));
    }

    [Fact]
    public void WorstCaseCost_PromptPlusMaxCompletion()
    {
        // 100 × 2.50/1M + 4096 × 10/1M
        Assert.Equal(0.04121m, Calculator().WorstCaseCost("api", 100, 4096));
    }

    [Fact]
    public void Cost_ManySmallCalls_SumIsExact()
    {
        var calculator = Calculator();
        var total = 0m;
        for (var i = 0; i < 1000; i++)
        {
            total += calculator.Cost("mini", new TokenUsage(1, 1));
        }

        Assert.Equal(0.00075m, total);
    }

    [Fact]
    public void Cost_UnknownModel_ConfigurationError()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Calculator().Cost("nope", new TokenUsage(1, 1)));

        Assert.Contains("Router:Prices:nope", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PricesOf_GpuModel_DerivedFromThroughput()
    {
        Assert.Equal(new UnitPrices(1.00m, 10.00m), Calculator().PricesOf("gpu"));
    }
}
