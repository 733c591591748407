using Azure.Data.Tables;
using Router.Accounting;
using Router.Pipeline.Batch;
using Router.Routing;

namespace Router.Tests.Pipeline.Batch;

/// <summary>Against the real Azurite table service (ROUTER_TEST_STORAGE), one table per test, deleted after it.</summary>
public sealed class TableBatchResultStoreTests : IAsyncLifetime
{
    private readonly TableClient _table = new(TestEnvironment.Storage, TestEnvironment.UniqueId("batchtest"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _table.DeleteAsync();

    private TableBatchResultStore NewStore() => new(_table);

    private static BatchResult Result(string tenant, string status = BatchResult.Completed) => new()
    {
        RequestId = "job-1",
        TenantId = tenant,
        Status = status,
        Content = "answer",
        Model = "small-open",
        Usage = new TokenUsage(10, 5),
        Decision = new RouteDecision
        {
            Route = Route.PrivateSmall,
            Backend = "gpu-worker",
            Model = "small-open",
            Sensitivity = Router.Classification.SensitivityLevel.Moderate,
            EntityTypes = ["EMAIL"],
            Difficulty = 0.2,
            Threshold = 0.5,
            Reasons = ["sensitive: kept private"],
        },
        CostUsd = 0.000002m,
        CompletedAt = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public async Task GetAsync_TenantWithCharactersTableKeysForbid_NotFoundInsteadOfFailing()
    {
        var store = NewStore();
        var saved = Result("a/b#c");

        Assert.Null(await store.GetAsync("a/b", "x")); // was a RequestFailedException (the 500 of GET /api/batch/x?tenant=a%2Fb)
        await store.SaveAsync(saved);

        Assert.Equal("answer", (await store.GetAsync("a/b#c", "job-1"))!.Content);
        Assert.Null(await store.GetAsync("a", "job-1"));
    }

    [Fact]
    public async Task TryAddAsync_TenAtOnce_ExactlyOneWins()
    {
        var store = NewStore();
        await store.GetAsync("acme", "warm-up"); // the table exists before the race

        var added = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => store.TryAddAsync(Result("acme", BatchResult.Running)).AsTask()));

        Assert.Equal(1, added.Count(a => a));
    }

    [Fact]
    public async Task RemoveRunningAsync_RemovesAClaimButNeverAResult()
    {
        var store = NewStore();
        await store.TryAddAsync(Result("acme", BatchResult.Running));
        await store.RemoveRunningAsync("acme", "job-1");
        Assert.Null(await store.GetAsync("acme", "job-1"));

        await store.SaveAsync(Result("acme"));
        await store.RemoveRunningAsync("acme", "job-1");

        Assert.Equal(BatchResult.Completed, (await store.GetAsync("acme", "job-1"))!.Status);
    }

    [Fact]
    public async Task SaveAsync_ThenGetAsync_RoundTripsEveryField()
    {
        var store = NewStore();
        var saved = Result("acme") with { ToolCalls = [new Router.Requests.ToolCall("call_1", "get_weather", """{"city":"Paris"}""")] };

        await store.SaveAsync(saved);
        var loaded = await store.GetAsync("acme", "job-1");

        Assert.NotNull(loaded);
        Assert.Equal(saved with { Decision = null, ToolCalls = [] }, loaded with { Decision = null, ToolCalls = [] });
        Assert.Equal(saved.ToolCalls, loaded.ToolCalls);
        Assert.Equal(saved.Decision!.Reasons, loaded.Decision!.Reasons);
        Assert.Equal((Route.PrivateSmall, 0.2), (loaded.Decision.Route, loaded.Decision.Difficulty));
    }

    [Fact]
    public async Task GetAsync_OtherTenantOrUnknownId_ReturnsNull()
    {
        var store = NewStore();
        await store.SaveAsync(Result("acme"));

        Assert.Null(await store.GetAsync("globex", "job-1"));
        Assert.Null(await store.GetAsync("acme", "job-2"));
    }

    [Fact]
    public async Task SaveAsync_SameIdAgain_Overwrites()
    {
        var store = NewStore();
        await store.SaveAsync(Result("acme", BatchResult.Refused));

        await store.SaveAsync(Result("acme", BatchResult.Completed));

        Assert.Equal(BatchResult.Completed, (await store.GetAsync("acme", "job-1"))!.Status);
    }
}
