using Microsoft.Extensions.Options;

namespace Router.Accounting.Pricing;

/// <summary>Prices calls from the catalogue in <c>decimal</c>; no rounding, so sums over many calls stay exact.</summary>
internal sealed class CostCalculator(IPriceCatalog catalog, IOptions<RouterOptions> routerOptions) : ICostCalculator
{
    public UnitPrices PricesOf(string model) => catalog.Get(model).Unit;

    public decimal Cost(string model, TokenUsage usage, TimeSpan? gpuTime = null) => PriceCall(model, usage, gpuTime).CostUsd;

    public CallPrice PriceCall(string model, TokenUsage usage, TimeSpan? gpuTime = null, string? deployment = null)
    {
        var price = catalog.Get(model);
        if (price.Gpu is { } gpu)
        {
            // Ticks keep the seconds exact in decimal (1 tick = 100 ns). Without GPU time: tokens at throughput prices.
            var cost = gpuTime is { } time ? time.Ticks / (decimal)TimeSpan.TicksPerSecond * gpu.PerSecondUsd : price.Unit.TokenCost(usage);
            return new CallPrice(price.Unit, cost, DeploymentType: null, CostBasis.Provisional);
        }

        if (catalog.TryGetDeployment(deployment, out var own))
        {
            return new CallPrice(own.Unit, own.Unit.TokenCost(usage), own.DeploymentType, CostBasis.Tokens);
        }

        return new CallPrice(price.Unit, price.Unit.TokenCost(usage), DeploymentType: null, CostBasis.Tokens);
    }

    public decimal PremiumCost(TokenUsage usage) => catalog.Get(routerOptions.Value.PremiumModel).Unit.TokenCost(usage);

    public decimal WorstCaseCost(string model, int promptTokens, int maxCompletionTokens) =>
        catalog.Get(model).Unit.TokenCost(promptTokens, 0, maxCompletionTokens);
}
