using Microsoft.Extensions.Options;
using Router.Accounting.Pricing;
using Router.Routing;

namespace Router.Tests.Accounting.Pricing;

/// <summary>Round numbers so expected costs can be written out exactly.</summary>
internal static class PricingFixtures
{
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    public static PricingOptions Prices() => new()
    {
        Prices =
        {
            ["api"] = new ModelPriceOptions { InputPerMillionUsd = 2.50m, CachedInputPerMillionUsd = 1.25m, OutputPerMillionUsd = 10.00m, Source = "test", AsOf = AsOf },
            ["mini"] = new ModelPriceOptions { InputPerMillionUsd = 0.15m, OutputPerMillionUsd = 0.60m, Source = "test", AsOf = AsOf },
            // $0.001/s; 1,000 prompt tokens/s ⇒ $1.00/M in; 100 generated tokens/s ⇒ $10.00/M out.
            ["gpu"] = new ModelPriceOptions { GpuPerSecondUsd = 0.001m, TokensPerSecond = 100m, PromptTokensPerSecond = 1000m, Source = "test", AsOf = AsOf },
        },
        DeploymentPrices =
        {
            // The same model deployed as data zone standard costs 10 % more.
            ["api-eu"] = new DeploymentPriceOptions { Model = "api", DeploymentType = "DataZoneStandard", InputPerMillionUsd = 2.75m, CachedInputPerMillionUsd = 1.375m, OutputPerMillionUsd = 11.00m, Source = "test", AsOf = AsOf },
        },
    };

    public static RouterOptions RouterConfig() => new()
    {
        PremiumModel = "api",
        Routes =
        {
            [Route.PrivateSmall] = new RouteTarget { Backend = "gpu-worker", Model = "gpu" },
            [Route.PrivateLarge] = new RouteTarget { Backend = "gpu-worker", Model = "gpu" },
            [Route.Closed] = new RouteTarget { Backend = "azure-openai", Model = "api" },
        },
    };

    public static PriceCatalog Catalog() => new(Prices());

    public static CostCalculator Calculator() => new(Catalog(), Options.Create(RouterConfig()));
}
