using Router.Functions.Tests.Support;
using Router.Tests.Pipeline.Fakes;

namespace Router.Functions.Tests.Endpoints;

public sealed class ModelsFunctionTests
{
    private static async Task<List<string>> ModelIdsAsync(TestApp app, string key)
    {
        var body = await Json.ReadAsync(await app.Client(key).GetAsync("/api/v1/models"));
        Assert.Equal("list", body.GetProperty("object").GetString());
        Assert.All(body.GetProperty("data").EnumerateArray(), m => Assert.Equal("model", m.GetProperty("object").GetString()));
        return body.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()!).ToList();
    }

    [Fact]
    public async Task Get_TenantWithAllRoutes_ListsAutoEveryRouteModelAndCatalogueApiModels()
    {
        await using var app = await TestApp.StartAsync();

        // Route models in route order (private-large from router.defaults.json), then the catalogue's API
        // models by name (router.defaults.json's prices): the policy serves those on the closed route.
        Assert.Equal(
            ["auto", FakePolicy.SmallModel, "qwen2.5-32b-instruct", FakePolicy.ClosedModel, "gpt-4.1", "gpt-4o", "gpt-4o-mini"],
            await ModelIdsAsync(app, TestApp.AcmeKey));
    }

    [Fact]
    public async Task Get_TenantRestrictedToPrivate_DoesNotListClosedModel()
    {
        await using var app = await TestApp.StartAsync();

        Assert.Equal(["auto", FakePolicy.SmallModel], await ModelIdsAsync(app, TestApp.GlobexKey));
    }
}
