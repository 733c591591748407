using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Tests.Routing;

namespace Router.Tests.Accounting.Pricing;

/// <summary>The pricing registration: a route model without a price fails at startup.</summary>
public sealed class PricingStartupTests
{
    [Fact]
    public void StartupValidation_RouteModelWithoutPrice_Fails()
    {
        using var services = RoutingFixtures.Services(new Dictionary<string, string?> { ["Router:Routes:Closed:Model"] = "gpt-5-unpriced" });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(ex.Failures, f => f.Contains("gpt-5-unpriced", StringComparison.Ordinal));
    }

    [Fact]
    public void StartupValidation_Defaults_Pass()
    {
        using var services = RoutingFixtures.Services();

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(services.GetRequiredService<ICostCalculator>().PremiumCost(new TokenUsage(1000, 1000)) > 0m);
    }
}
