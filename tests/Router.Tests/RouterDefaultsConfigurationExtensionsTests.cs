using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Router.Accounting.Pricing;
using Router.Routing;
using Router.Tests.Routing;

namespace Router.Tests;

public sealed class RouterDefaultsConfigurationExtensionsTests
{
    [Fact]
    public void AddRouterDefaults_DefaultsOnly_BindAndValidate()
    {
        using var services = RoutingFixtures.Services();

        var options = services.GetRequiredService<IOptions<RouterOptions>>().Value;
        var prices = services.GetRequiredService<IOptions<PricingOptions>>().Value;

        Assert.Equal("gpu-worker", options.Routes[Route.PrivateSmall].Backend);
        Assert.Equal(RoutingFixtures.LargeModel, options.Routes[Route.PrivateLarge].Model);
        Assert.Equal("azure-openai", options.Routes[Route.Closed].Backend);
        Assert.Equal("gpt-4o", options.PremiumModel);
        Assert.Contains(ITenantResolver.DefaultTenantId, options.Tenants.Keys);
        Assert.Equal(2.50m, prices.Prices["gpt-4o"].InputPerMillionUsd);
        Assert.All(prices.Prices.Values, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
    }

    [Fact]
    public void AddRouterDefaults_AddedAfterOtherSources_IsLowestLayer()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Router:PremiumModel"] = "gpt-4.1" })
            .AddRouterDefaults()
            .Build();

        Assert.Equal("gpt-4.1", configuration["Router:PremiumModel"]);
    }

    [Fact]
    public void AddRouterDefaults_TenantWithAllowedRoutes_BindsOnlyConfiguredRoutes()
    {
        var options = RoutingFixtures.Options();

        // A list default on TenantOptions must not leak into a tenant that configures its own list.
        Assert.Equal([Route.PrivateSmall, Route.PrivateLarge], options.Tenants["internal-hr"].AllowedRoutes);
        Assert.Equal(3, options.Tenants["default"].EffectiveAllowedRoutes.Count);
    }
}
