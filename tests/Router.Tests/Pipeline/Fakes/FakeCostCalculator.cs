using Router.Accounting;

namespace Router.Tests.Pipeline.Fakes;

/// <summary>small-open: $0.10/$0.20 per 1M; gpt-closed: $2.50/$10 per 1M (also the premium model).</summary>
public sealed class FakeCostCalculator : ICostCalculator
{
    public UnitPrices PricesOf(string model) => model switch
    {
        FakePolicy.SmallModel => new UnitPrices(0.10m, 0.20m),
        FakePolicy.ClosedModel => new UnitPrices(2.50m, 10m),
        _ => throw new InvalidOperationException($"no price for {model}"),
    };

    public decimal Cost(string model, TokenUsage usage, TimeSpan? gpuTime = null) => Price(PricesOf(model), usage.PromptTokens, usage.CompletionTokens);

    public decimal PremiumCost(TokenUsage usage) => Cost(FakePolicy.ClosedModel, usage);

    public decimal WorstCaseCost(string model, int promptTokens, int maxCompletionTokens) => Price(PricesOf(model), promptTokens, maxCompletionTokens);

    private static decimal Price(UnitPrices p, int input, int output) => (input * p.InputPerMillionUsd + output * p.OutputPerMillionUsd) / 1_000_000m;
}
