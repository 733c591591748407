using Microsoft.Extensions.Options;
using Router.Accounting.Pricing;
using static Router.Tests.Accounting.Pricing.PricingFixtures;

namespace Router.Tests.Accounting.Pricing;

public sealed class PricingOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(PricingOptions prices, RouterOptions? router = null) =>
        new PricingOptionsValidator(Options.Create(router ?? RouterConfig())).Validate(null, prices);

    [Fact]
    public void Validate_CompleteCatalogue_Succeeds()
    {
        Assert.True(Validate(Prices()).Succeeded);
    }

    [Fact]
    public void Validate_BadDeploymentPrices_AllReported()
    {
        var prices = Prices();
        prices.DeploymentPrices["to-gpu"] = new DeploymentPriceOptions { Model = "gpu", DeploymentType = "GlobalStandard", InputPerMillionUsd = 1m, OutputPerMillionUsd = 1m, Source = "x", AsOf = AsOf };
        prices.DeploymentPrices["bad-type"] = new DeploymentPriceOptions { Model = "api", DeploymentType = "Global", InputPerMillionUsd = 1m, OutputPerMillionUsd = 1m, Source = "x", AsOf = AsOf };
        prices.DeploymentPrices["no-model"] = new DeploymentPriceOptions { Model = "nope", DeploymentType = "Standard", InputPerMillionUsd = 1m, Source = "", AsOf = AsOf };

        var failures = Validate(prices).Failures!.ToList();

        Assert.Contains(failures, f => f.Contains("to-gpu:Model 'gpu' is a GPU-worker model", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("bad-type:DeploymentType 'Global'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("no-model:Model 'nope' has no price", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("no-model: InputPerMillionUsd and OutputPerMillionUsd are required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("no-model:Source is required", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RouteAndPremiumModelsUnpriced_BothReported()
    {
        var prices = Prices();
        prices.Prices.Remove("api");
        prices.Prices.Remove("gpu");

        var failures = Validate(prices).Failures!.ToList();

        Assert.Contains(failures, f => f.Contains("Route PrivateSmall uses model 'gpu'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Route Closed uses model 'api'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Premium model 'api' has no price", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadEntries_AllErrorsTogether()
    {
        var prices = Prices();
        prices.Prices["both"] = new ModelPriceOptions { InputPerMillionUsd = 1m, OutputPerMillionUsd = 1m, GpuPerSecondUsd = 1m, TokensPerSecond = 1m, Source = "x", AsOf = AsOf };
        prices.Prices["half-api"] = new ModelPriceOptions { InputPerMillionUsd = 1m, Source = "x", AsOf = AsOf };
        prices.Prices["zero-tps"] = new ModelPriceOptions { GpuPerSecondUsd = 1m, TokensPerSecond = 0m, Source = "x", AsOf = AsOf };
        prices.Prices["undocumented"] = new ModelPriceOptions { InputPerMillionUsd = 1m, OutputPerMillionUsd = 1m };

        var failures = Validate(prices).Failures!.ToList();

        Assert.Contains(failures, f => f.StartsWith("Router:Prices:both:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Router:Prices:half-api:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Router:Prices:zero-tps:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f == "Router:Prices:undocumented:Source is required (where the price comes from).");
        Assert.Contains(failures, f => f.StartsWith("Router:Prices:undocumented:AsOf", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_GpuPremiumModel_Rejected()
    {
        var router = RouterConfig();
        router.PremiumModel = "gpu";

        Assert.Contains(Validate(Prices(), router).Failures!, f => f.Contains("must be an API model", StringComparison.Ordinal));
    }
}
