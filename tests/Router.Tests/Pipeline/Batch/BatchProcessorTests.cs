using Router.Backends;
using Router.Pipeline;
using Router.Pipeline.Batch;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Pipeline.Batch;

public sealed class BatchProcessorTests
{
    [Fact]
    public async Task ProcessAsync_SameRequestTwice_RunsOnceAndReturnsStoredResult()
    {
        var h = new PipelineHarness();

        var first = await h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-1"));
        var second = await h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-1"));

        Assert.False(first.Replayed);
        Assert.True(second.Replayed);
        Assert.Equal(first.Result, second.Result);
        Assert.Equal(1, h.Fakes.Dispatch.Calls);
        Assert.Equal(1, h.Fakes.Ledger.Writes);
        Assert.Equal("queue", h.Fakes.Ledger.Rows[("acme", "job-1")].Source);
    }

    [Fact]
    public async Task ProcessAsync_ClaimLeftByACrashedDelivery_RunsTheMessageAgain()
    {
        // The instance that took the first delivery died mid-call; waiting for its claim would burn the redeliveries.
        var h = new PipelineHarness();
        var request = PipelineHarness.Request("hello", id: "job-crashed");
        Assert.Null(await new RequestIdClaims(h.Results, h.Clock).TryClaimAsync("acme", "job-crashed", CompletionCacheKey.For(request), CancellationToken.None));

        var outcome = await h.Batch.ProcessAsync(request);

        Assert.Equal((BatchResult.Completed, false), (outcome.Result.Status, outcome.Replayed));
        Assert.Equal(1, h.Fakes.Dispatch.Calls);
    }

    [Fact]
    public async Task ProcessAsync_IdClaimedByAnotherRequest_ConflictNothingRuns()
    {
        var h = new PipelineHarness();
        await new RequestIdClaims(h.Results, h.Clock).TryClaimAsync("acme", "job-taken", "another request", CancellationToken.None);

        var outcome = await h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-taken"));

        Assert.True(outcome.Conflict);
        Assert.Equal(0, h.Fakes.Dispatch.Calls);
    }

    [Fact]
    public async Task ProcessAsync_SameRequestTwiceAtOnce_SecondWaitsForTheFirstAndReplaysIt()
    {
        // A producer that resends, or a broker that redelivers, can hand the same id to two concurrent calls.
        var h = new PipelineHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Fakes.Dispatch.BeforeAnswer = () => release.Task;

        var first = h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-7"));
        var second = h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-7"));
        var other = h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-8"));
        await Wait.UntilAsync(() => h.Fakes.Dispatch.Calls == 2, "both ids to be dispatched");
        Assert.False(second.IsCompleted);
        release.SetResult();

        Assert.False((await first).Replayed);
        Assert.True((await second).Replayed);
        Assert.False((await other).Replayed);
        Assert.Equal(2, h.Fakes.Dispatch.Calls);
    }

    [Fact]
    public async Task ProcessAsync_SameRequestAtOnceFirstFailsTransiently_SecondRunsItItself()
    {
        var h = new PipelineHarness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answered = 0;
        h.Fakes.Dispatch.BeforeAnswer = async () =>
        {
            await release.Task;
            if (Interlocked.Increment(ref answered) == 1)
            {
                throw new BackendException("gpu-worker", BackendFailure.Unavailable, "worker restarting");
            }
        };

        var first = h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-9"));
        var second = h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-9"));
        await Wait.UntilAsync(() => h.Fakes.Dispatch.Calls == 1, "the first call to be dispatched");
        Assert.False(second.IsCompleted);
        release.SetResult();

        Assert.True((await Assert.ThrowsAsync<PipelineException>(() => first)).IsTransient);
        Assert.False((await second).Replayed);
        Assert.Equal(2, h.Fakes.Dispatch.Calls);
        Assert.Equal(BatchResult.Completed, (await h.Results.GetAsync("acme", "job-9"))!.Status);
    }

    [Fact]
    public async Task ProcessAsync_Completed_StoresContentDecisionAndCost()
    {
        var h = new PipelineHarness();

        await h.Batch.ProcessAsync(PipelineHarness.Request("hello", id: "job-2"));

        var stored = await h.Results.GetAsync("acme", "job-2");
        Assert.Equal((BatchResult.Completed, "echo: hello", FakePolicy.SmallModel), (stored!.Status, stored.Content, stored.Model));
        Assert.True(stored.CostUsd > 0);
        Assert.Null(await h.Results.GetAsync("globex", "job-2"));
    }

    [Fact]
    public async Task ProcessAsync_TransientBackendFailure_RethrowsAndStoresNothing()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.Failure = BackendFailure.Unavailable;

        await Assert.ThrowsAsync<PipelineException>(() => h.Batch.ProcessAsync(PipelineHarness.Request(id: "job-3")));

        Assert.Null(await h.Results.GetAsync("acme", "job-3"));
    }

    [Fact]
    public async Task ProcessAsync_BudgetExhausted_StoresRefusedAsFinal()
    {
        var h = new PipelineHarness();
        h.Fakes.Budget.Limits["acme"] = 0m;

        var outcome = await h.Batch.ProcessAsync(PipelineHarness.Request(id: "job-4"));

        Assert.Equal(BatchResult.Refused, outcome.Result.Status);
        Assert.Contains("budget", outcome.Result.Error, StringComparison.OrdinalIgnoreCase);
    }
}
