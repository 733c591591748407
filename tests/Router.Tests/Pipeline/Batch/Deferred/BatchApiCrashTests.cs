using Router.Pipeline.Batch;
using Router.Tests.Fakes;

namespace Router.Tests.Pipeline.Batch.Deferred;

/// <summary>
/// The process dies at each dangerous point; a new process over the same stored state finishes the work. Nothing is
/// lost (every request gets its result and ledger row) and nothing happens twice (one batch per job at the API, one
/// row per request).
/// </summary>
public sealed class BatchApiCrashTests : IDisposable
{
    private const int Requests = 6;
    private readonly FakeAzureOpenAiServer _azure = new();

    [Fact]
    public async Task Crash_AfterUploadBeforeFileIdStored_UploadedAgainSubmittedOnce()
    {
        var state = await CollectAsync(api => new CrashingApi(api, afterUpload: true));

        Assert.Equal(1, _azure.Uploads);
        Assert.Equal(0, _azure.BatchesCreated);
        await FinishAsync(state);

        Assert.Equal(2, _azure.Uploads); // the first file is never used
        Assert.Equal(1, _azure.BatchesCreated);
    }

    [Fact]
    public async Task Crash_AfterCreateBeforeBatchIdStored_BatchFoundNotCreatedAgain()
    {
        var state = await CollectAsync(api => new CrashingApi(api, afterCreate: true));

        Assert.Equal(1, _azure.BatchesCreated);
        await FinishAsync(state);

        Assert.Equal(1, _azure.BatchesCreated);
    }

    [Fact]
    public async Task Crash_DuringResultDownload_IngestedOnRestart()
    {
        _azure.AutoComplete = true;
        var state = await CollectAsync(api => new CrashingApi(api, duringDownload: true));

        Assert.Empty(state.Ledger.Rows);
        await FinishAsync(state);
    }

    [Fact]
    public async Task Crash_MidIngestionAfterLedgerRowBeforeResult_EachRequestOnce()
    {
        _azure.AutoComplete = true;
        var state = DurableState.InMemory();
        using (var first = new BatchApiHarness(_azure, state with { Results = new CrashingResults(state.Results, completedSaves: 2) }, maxPerBatch: Requests))
        {
            for (var i = 0; i < Requests; i++)
            {
                await first.Processor.ProcessAsync(BatchApiHarness.Request($"r{i}"));
            }

            await first.Poller.PollAsync();
        }

        Assert.InRange(state.Ledger.Rows.Count, 3, Requests); // rows written, results not all stored
        await FinishAsync(state);
    }

    private async Task<DurableState> CollectAsync(Func<Router.Pipeline.Batch.Deferred.IBatchApiClient, Router.Pipeline.Batch.Deferred.IBatchApiClient> crash)
    {
        var state = DurableState.InMemory();
        using var first = new BatchApiHarness(_azure, state, maxPerBatch: Requests, wrapApi: crash);
        for (var i = 0; i < Requests; i++)
        {
            await first.Processor.ProcessAsync(BatchApiHarness.Request($"r{i}"));
        }

        var summary = await first.Poller.PollAsync();
        Assert.Equal(1, summary.FailedSteps);
        return state;
    }

    /// <summary>The restarted process polls until the batch is done, then every request has exactly one outcome.</summary>
    private async Task FinishAsync(DurableState state)
    {
        using var second = new BatchApiHarness(_azure, state, maxPerBatch: Requests);
        _azure.AutoComplete = true;
        var summary = await second.Poller.PollAsync();

        Assert.Equal((0, 0), (summary.OpenJobs, summary.FailedSteps));
        Assert.Equal(Requests, _azure.SubmittedIds.Count);
        Assert.Equal(Requests, _azure.SubmittedIds.Distinct().Count());
        Assert.Equal(Requests, state.Ledger.Rows.Count);
        Assert.All(state.Ledger.Rows.Values, LedgerChecks.AssertBatchRow);
        for (var i = 0; i < Requests; i++)
        {
            var result = (await state.Results.GetAsync("acme", $"r{i}"))!;
            Assert.Equal((BatchResult.Completed, $"answer to r{i}"), (result.Status, result.Content));
        }
    }

    public void Dispose() => _azure.Dispose();
}
