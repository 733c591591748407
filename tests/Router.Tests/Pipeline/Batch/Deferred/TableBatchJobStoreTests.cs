using Azure.Data.Tables;
using Router.Pipeline.Batch.Deferred;
using Router.Tests.Caching;

namespace Router.Tests.Pipeline.Batch.Deferred;

/// <summary>The conditional writes two pollers race on, against the real Azurite table service (ROUTER_TEST_STORAGE).</summary>
public sealed class TableBatchJobStoreTests : IAsyncLifetime
{
    private readonly TableClient _items = new(TestEnvironment.Storage, TestEnvironment.UniqueId("storeitems"));
    private readonly TableClient _jobs = new(TestEnvironment.Storage, TestEnvironment.UniqueId("storejobs"));

    private TableBatchJobStore Store => new(_items, _jobs);

    [Fact]
    public async Task SaveJobAsync_VersionReadBeforeAnotherSave_Conflict()
    {
        var saved = await Store.SaveJobAsync(Job());
        var claimed = await Store.SaveJobAsync(saved with { ClaimedBy = "run-a", ClaimedUntil = saved.CreatedAt.AddMinutes(10) });

        await Assert.ThrowsAsync<BatchJobConflictException>(async () => await Store.SaveJobAsync(saved with { ClaimedBy = "run-b" }));
        await Assert.ThrowsAsync<BatchJobConflictException>(async () => await Store.SaveJobAsync(Job()));
        var stored = (await Store.GetJobAsync("job-1"))!;
        Assert.Equal(("run-a", claimed.Version), (stored.ClaimedBy, stored.Version));
        Assert.NotEqual(saved.Version, claimed.Version);
    }

    [Fact]
    public async Task AssignAsync_ItemsAnotherJobTookFirst_NotGivenTwice()
    {
        var store = Store;
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await store.TryAddItemAsync(new BatchItem
            {
                TenantId = "acme", RequestId = $"r{i}", Deployment = "d", Request = "{}", LedgerTemplate = "{}", CollectedAt = DateTimeOffset.UnixEpoch,
            }));
        }

        var read = await store.UnassignedItemsAsync(); // both pollers read this
        var first = await store.AssignAsync("job-a", read);
        var second = await store.AssignAsync("job-b", read);

        Assert.Equal(3, first.Count);
        Assert.Empty(second);
        Assert.Equal(["r0", "r1", "r2"], (await store.ItemsOfJobAsync("job-a")).Select(i => i.RequestId));
        Assert.Empty(await store.ItemsOfJobAsync("job-b"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _items.DeleteAsync();
        await _jobs.DeleteAsync();
    }

    private static BatchJob Job() => new()
    {
        JobId = "job-1", TenantId = "acme", Deployment = "d", Step = BatchJobStep.Collected, CreatedAt = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
    };
}
