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
    public async Task Get_TenantWithAllRoutes_ListsAutoAndEveryRouteModel()
    {
        await using var app = await TestApp.StartAsync();

        Assert.Equal(["auto", FakePolicy.SmallModel, "qwen2.5-32b-instruct" /* private-large from router.defaults.json */, FakePolicy.ClosedModel], await ModelIdsAsync(app, TestApp.AcmeKey));
    }

    [Fact]
    public async Task Get_TenantRestrictedToPrivate_DoesNotListClosedModel()
    {
        await using var app = await TestApp.StartAsync();

        Assert.Equal(["auto", FakePolicy.SmallModel], await ModelIdsAsync(app, TestApp.GlobexKey));
    }
}
