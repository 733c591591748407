using Router.Functions.Tests.Support;

namespace Router.Functions.Tests.Endpoints;

public sealed class BatchStatusFunctionTests
{
    [Fact]
    public async Task Get_ProcessedId_ReturnsStoredResultToOwnTenantOnly()
    {
        await using var app = await TestApp.StartAsync();
        await Invocation.PostAsync(app.Client(null), "BatchQueue", Invocation.ServiceBus(Invocation.Message("job-9")));

        var own = await app.Client(TestApp.AcmeKey).GetAsync("/api/batch/job-9");
        var other = await app.Client(TestApp.GlobexKey).GetAsync("/api/batch/job-9");
        var manager = await app.Client(TestApp.ManagerKey).GetAsync("/api/batch/job-9?tenant=acme");

        var body = await Json.ReadAsync(own);
        Assert.Equal(("completed", "echo: hello batch"), (body.GetProperty("status").GetString(), body.GetProperty("content").GetString()));
        Assert.Equal("private-small", body.GetProperty("decision").GetProperty("route").GetString());
        await Json.AssertErrorAsync(other, 404);
        Assert.Equal(200, (int)manager.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404()
    {
        await using var app = await TestApp.StartAsync();

        await Json.AssertErrorAsync(await app.Client().GetAsync("/api/batch/never-sent"), 404);
    }

    [Theory]
    [InlineData("a%2Fb")]
    [InlineData("a%23b")]
    [InlineData("%E2%80%AE")]
    public async Task Get_ManagerNamesInvalidTenant_Returns400(string encodedTenant)
    {
        await using var app = await TestApp.StartAsync();

        var error = await Json.AssertErrorAsync(await app.Client(TestApp.ManagerKey).GetAsync($"/api/batch/x?tenant={encodedTenant}"), 400);

        Assert.Equal(("tenant", "invalid_tenant"), (error.GetProperty("param").GetString(), error.GetProperty("code").GetString()));
    }
}
