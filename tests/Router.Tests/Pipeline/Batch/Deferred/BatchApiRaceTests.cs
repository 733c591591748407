using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Router.Pipeline.Batch;
using Router.Pipeline.Batch.Deferred;
using Router.Tests.Caching;
using Router.Tests.Fakes;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Pipeline.Batch.Deferred;

/// <summary>
/// Two pollers (two instances, or a timer run overlapping the last) over the same batch state. A rendezvous in the
/// store makes both read the same unassigned requests and the same open jobs before either writes anything, which is
/// the interleaving that, without the claims, formed, uploaded, created and ingested one batch twice. With them each
/// batch is sent once and each request gets one ledger write, one budget correction and one result. Run over the
/// in-memory store and over Table Storage (Azurite: ETag-conditional writes).
/// </summary>
public sealed class BatchApiRaceTests : IAsyncLifetime
{
    private const int Requests = 6;
    private readonly FakeAzureOpenAiServer _azure = new();
    private readonly List<TableClient> _tables = [];

    public static TheoryData<string, string> Cases() => new()
    {
        { "memory", "none" }, { "memory", "upload" }, { "memory", "download" },
        { "tables", "none" }, { "tables", "upload" }, { "tables", "download" },
    };

    /// <param name="crash">
    /// none: both pollers flush the same collected requests; upload: an earlier run died after uploading (the job is
    /// open, unclaimed); download: an earlier run died while downloading the results (the job is open in ingestion).
    /// </param>
    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Poll_TwoPollersAtOnce_EachBatchSentOnceEachRequestBilledOnce(string store, string crash)
    {
        var state = new DurableState(store == "tables" ? TableStore() : new InMemoryBatchJobStore(), new InMemoryBatchResultStore(), new FakeLedger());
        using (var earlier = new BatchApiHarness(_azure, state, maxPerBatch: Requests,
            wrapApi: api => new CrashingApi(api, afterUpload: crash == "upload", duringDownload: crash == "download")))
        {
            for (var i = 0; i < Requests; i++)
            {
                await earlier.Processor.ProcessAsync(BatchApiHarness.Request($"r{i}"));
            }

            _azure.AutoComplete = crash == "download";
            if (crash != "none")
            {
                Assert.Equal(1, (await earlier.Poller.PollAsync()).FailedSteps);
            }
        }

        _azure.AutoComplete = true;
        var meeting = new RendezvousStore(state.Jobs);
        using var a = new BatchApiHarness(_azure, state with { Jobs = meeting }, maxPerBatch: Requests);
        using var b = new BatchApiHarness(_azure, state with { Jobs = meeting }, maxPerBatch: Requests);

        var polls = await Task.WhenAll(Task.Run(() => a.Poller.PollAsync()), Task.Run(() => b.Poller.PollAsync()));

        Assert.True(meeting.BothReadOpenJobs, "the pollers did not both read the open jobs before writing");
        // One poller did the work; the other found the batch held (its stale copy lost the conditional claim).
        Assert.Equal((0, 1), (polls.Sum(p => p.FailedSteps), polls.Sum(p => p.ClaimedElsewhere)));
        Assert.Empty(await state.Jobs.OpenJobsAsync());
        Assert.Equal(1, _azure.BatchesCreated);
        Assert.Equal(Requests, _azure.SubmittedIds.Distinct().Count());
        Assert.Equal(Requests, _azure.SubmittedIds.Count);
        Assert.Equal(Requests, state.Ledger.Writes);
        Assert.All(state.Ledger.Rows.Values, LedgerChecks.AssertBatchRow);
        Assert.Equal(Requests, a.Fakes.Budget.Revisions + b.Fakes.Budget.Revisions);
        for (var i = 0; i < Requests; i++)
        {
            Assert.Equal(BatchResult.Completed, (await state.Results.GetAsync("acme", $"r{i}"))!.Status);
        }
    }

    [Fact]
    public async Task Poll_JobClaimedByARunThatDied_LeftAloneUntilTheClaimRunsOut()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state, maxPerBatch: Requests);
        for (var i = 0; i < Requests; i++)
        {
            await app.Processor.ProcessAsync(BatchApiHarness.Request($"r{i}"));
        }

        // A run flushed them into a job and died before its first step: the job is claimed, nothing uploaded.
        var flushed = await app.Provider.GetRequiredService<BatchFlusher>().FlushAsync("dead-run", CancellationToken.None);
        _azure.AutoComplete = true;

        var held = await app.Poller.PollAsync();
        app.Clock.Advance(new BatchApiOptions().ClaimTimeout);
        var taken = await app.Poller.PollAsync();

        Assert.Single(flushed);
        Assert.Equal((1, 0, 1), (held.ClaimedElsewhere, held.Uploaded, held.OpenJobs));
        Assert.Equal((0, 1, 0), (taken.ClaimedElsewhere, taken.Uploaded, taken.OpenJobs));
        Assert.Equal((1, Requests), (_azure.BatchesCreated, state.Ledger.Writes));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _azure.Dispose();
        foreach (var table in _tables)
        {
            await table.DeleteAsync();
        }
    }

    private TableBatchJobStore TableStore()
    {
        var items = new TableClient(TestEnvironment.Storage, TestEnvironment.UniqueId("raceitems"));
        var jobs = new TableClient(TestEnvironment.Storage, TestEnvironment.UniqueId("racejobs"));
        _tables.AddRange([items, jobs]);
        return new TableBatchJobStore(items, jobs);
    }
}
