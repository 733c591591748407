using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

public sealed class CostsFunctionTests
{
    private static async Task SeedAsync(TestApp app)
    {
        await app.Client(TestApp.AcmeKey).PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("from acme")));
        await app.Client(TestApp.GlobexKey).PostAsync("/api/v1/chat/completions", Json.Body(Json.Chat("from globex")));
    }

    [Fact]
    public async Task Get_TenantKey_SeesOnlyItsOwnTenant()
    {
        await using var app = await TestApp.StartAsync();
        await SeedAsync(app);

        var body = await Json.ReadAsync(await app.Client(TestApp.AcmeKey).GetAsync("/api/costs"));

        Assert.Equal("acme", app.Fakes.Reporter.LastQuery!.TenantId);
        Assert.Equal(1, body.GetProperty("totals").GetProperty("requests").GetInt64());
        Assert.Equal("acme", Assert.Single(body.GetProperty("byTenant").EnumerateArray()).GetProperty("key").GetString());
    }

    [Fact]
    public async Task Get_TenantKeyAskingForOtherTenant_Returns403()
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client(TestApp.AcmeKey).GetAsync("/api/costs?tenant=globex");

        await Json.AssertErrorAsync(response, 403);
        Assert.Null(app.Fakes.Reporter.LastQuery);
    }

    [Fact]
    public async Task Get_ManagerKey_SeesAllTenantsOrTheNamedOne()
    {
        await using var app = await TestApp.StartAsync();
        await SeedAsync(app);
        var manager = app.Client(TestApp.ManagerKey);

        var all = await Json.ReadAsync(await manager.GetAsync("/api/costs"));
        Assert.Null(app.Fakes.Reporter.LastQuery!.TenantId);
        await manager.GetAsync("/api/costs?tenant=globex");

        Assert.Equal(2, all.GetProperty("totals").GetProperty("requests").GetInt64());
        Assert.Equal("globex", app.Fakes.Reporter.LastQuery!.TenantId);
    }

    [Fact]
    public async Task Get_Filters_ArePassedToReporter()
    {
        await using var app = await TestApp.StartAsync();

        await app.Client().GetAsync("/api/costs?from=2026-11-01&to=2026-11-20&route=closed&model=gpt-closed");

        var q = app.Fakes.Reporter.LastQuery!;
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 20), "closed", "gpt-closed"), (q.From, q.To, q.Route, q.Model));
    }

    [Fact]
    public async Task Get_NoRange_DefaultsToLastSevenDaysOfFakeClock()
    {
        await using var app = await TestApp.StartAsync();

        await app.Client().GetAsync("/api/costs");

        Assert.Equal((new DateOnly(2026, 11, 17), new DateOnly(2026, 11, 23)), (app.Fakes.Reporter.LastQuery!.From, app.Fakes.Reporter.LastQuery.To));
    }

    [Theory]
    [InlineData("?from=yesterday")]
    [InlineData("?from=2026-11-20&to=2026-11-01")]
    [InlineData("?from=2020-01-01&to=2026-01-01")]
    public async Task Get_BadRange_Returns400(string query)
    {
        await using var app = await TestApp.StartAsync();

        var response = await app.Client().GetAsync($"/api/costs{query}");

        await Json.AssertErrorAsync(response, 400);
    }
}
