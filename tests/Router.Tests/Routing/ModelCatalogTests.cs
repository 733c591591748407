using Microsoft.Extensions.DependencyInjection;
using Router.Routing;
using static Router.Tests.Routing.RoutingFixtures;

namespace Router.Tests.Routing;

public sealed class ModelCatalogTests
{
    // The shipped defaults: qwen 7b/32b on the private routes, gpt-4o on closed; gpt-4o-mini and gpt-4.1 are
    // API models of the price catalogue that no route names.
    private static readonly IModelCatalog Catalog = Services().GetRequiredService<IModelCatalog>();

    [Theory]
    [InlineData("auto")]
    [InlineData("AUTO")]
    [InlineData("")]
    [InlineData(SmallModel)]
    [InlineData(ClosedModel)]
    [InlineData("gpt-4o-mini")]
    public void IsKnown_AutoRouteOrCatalogueApiModel_True(string model) => Assert.True(Catalog.IsKnown(model));

    [Theory]
    [InlineData("nope")]
    [InlineData("GPT-4O")]
    public void IsKnown_UnknownModel_False(string model) => Assert.False(Catalog.IsKnown(model));

    [Fact]
    public void TryResolve_RouteModel_ItsRouteWithoutOverride()
    {
        Assert.True(Catalog.TryResolve(LargeModel, out var entry));

        Assert.Equal(new CatalogModel(LargeModel, Route.PrivateLarge, IsRouteModel: true), entry);
    }

    [Fact]
    public void TryResolve_CatalogueApiModel_ServedOnClosed()
    {
        Assert.True(Catalog.TryResolve("gpt-4o-mini", out var entry));

        Assert.Equal(new CatalogModel("gpt-4o-mini", Route.Closed, IsRouteModel: false), entry);
    }

    [Fact]
    public void TryResolve_Auto_False() => Assert.False(Catalog.TryResolve("auto", out _));

    [Fact]
    public void ServedOn_AllRoutes_RouteModelsThenApiModelsByName()
    {
        var models = Catalog.ServedOn([Route.Closed, Route.PrivateSmall, Route.PrivateLarge]).Select(m => m.Model);

        Assert.Equal([SmallModel, LargeModel, ClosedModel, "gpt-4.1", "gpt-4o-mini"], models);
    }

    [Fact]
    public void ServedOn_PrivateRoutesOnly_NoApiModels()
    {
        var models = Catalog.ServedOn([Route.PrivateSmall, Route.PrivateLarge]);

        Assert.All(models, m => Assert.True(m.Route.IsPrivate()));
        Assert.Equal([SmallModel, LargeModel], models.Select(m => m.Model));
    }
}
