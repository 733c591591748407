using Microsoft.Extensions.Options;

namespace Router.Accounting.Pricing;

/// <summary>Prices calls from the catalogue in <c>decimal</c>; no rounding, so sums over many calls stay exact.</summary>
internal sealed class CostCalculator(IPriceCatalog catalog, IOptions<RouterOptions> routerOptions) : ICostCalculator
{
    private const decimal TokensPerMillion = 1_000_000m;

    public UnitPrices PricesOf(string model) => catalog.Get(model).Unit;

    public decimal Cost(string model, TokenUsage usage, TimeSpan? gpuTime = null)
    {
        var price = catalog.Get(model);
        if (price.Gpu is { } gpu && gpuTime is { } time)
        {
            // Ticks keep the seconds exact in decimal (1 tick = 100 ns).
            return time.Ticks / (decimal)TimeSpan.TicksPerSecond * gpu.PerSecondUsd;
        }

        return TokenCost(price.Unit, usage.PromptTokens, usage.CompletionTokens);
    }

    public decimal PremiumCost(TokenUsage usage) =>
        TokenCost(catalog.Get(routerOptions.Value.PremiumModel).Unit, usage.PromptTokens, usage.CompletionTokens);

    public decimal WorstCaseCost(string model, int promptTokens, int maxCompletionTokens) =>
        TokenCost(catalog.Get(model).Unit, promptTokens, maxCompletionTokens);

    private static decimal TokenCost(UnitPrices unit, int promptTokens, int completionTokens) =>
        (promptTokens * unit.InputPerMillionUsd + completionTokens * unit.OutputPerMillionUsd) / TokensPerMillion;
}
