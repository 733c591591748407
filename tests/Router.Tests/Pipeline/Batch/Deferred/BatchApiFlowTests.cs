using Router.Pipeline.Batch;
using Router.Pipeline.Batch.Deferred;
using Router.Tests.Fakes;

namespace Router.Tests.Pipeline.Batch.Deferred;

/// <summary>Queue requests with a completion window, through collection, the fake Batch API and ingestion.</summary>
public sealed class BatchApiFlowTests : IDisposable
{
    private readonly FakeAzureOpenAiServer _azure = new();

    [Fact]
    public async Task Process_WindowedClosedRequest_QueuedNotDispatchedAndCollected()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state);

        var outcome = await app.Processor.ProcessAsync(BatchApiHarness.Request("r1"));

        Assert.Equal(BatchResult.Queued, outcome.Result.Status);
        Assert.Equal(0, app.Fakes.Dispatch.Calls);
        Assert.Empty(state.Ledger.Rows);
        var item = Assert.Single(await state.Jobs.UnassignedItemsAsync());
        Assert.Equal(("acme", "r1", BatchApiHarness.Deployment), (item.TenantId, item.RequestId, item.Deployment));
        Assert.Contains(outcome.Result.Decision!.Reasons, r => r.StartsWith("batch: completion window 24h", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("an easy question", "24h")]     // routed private: answered at once
    [InlineData("HARD mail me at a@b.example", "24h")] // sensitive: stays private
    [InlineData("HARD question", null)]         // no window: today's behaviour
    public async Task Process_NotDeferrable_AnsweredAtOnce(string content, string? window)
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state);

        var outcome = await app.Processor.ProcessAsync(BatchApiHarness.Request("r1", content, window: window));

        Assert.Equal(BatchResult.Completed, outcome.Result.Status);
        Assert.Equal(1, app.Fakes.Dispatch.Calls);
        Assert.Empty(await state.Jobs.UnassignedItemsAsync());
    }

    [Fact]
    public async Task Process_TenantDefaultWindow_Deferred()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state, router: o => o.Tenants["acme"] = new TenantOptions { BatchCompletionWindow = "24h" });

        var outcome = await app.Processor.ProcessAsync(BatchApiHarness.Request("r1", window: null));

        Assert.Equal(BatchResult.Queued, outcome.Result.Status);
    }

    [Fact]
    public async Task Process_Redelivered_CollectedOnce()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state);

        await app.Processor.ProcessAsync(BatchApiHarness.Request("r1"));
        var again = await app.Processor.ProcessAsync(BatchApiHarness.Request("r1"));

        Assert.Equal(BatchResult.Queued, again.Result.Status);
        Assert.Single(await state.Jobs.UnassignedItemsAsync());
        Assert.Equal((1, 1), (app.Fakes.Budget.Settled, app.Fakes.Budget.Released));
    }

    [Fact]
    public async Task Process_BudgetedTenant_ReservesWorstCaseAtBatchPrice()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state);
        app.Fakes.Budget.Limits["acme"] = 1m;

        await app.Processor.ProcessAsync(BatchApiHarness.Request("r1"));

        var worst = app.Fakes.Policy.LastWorstCase!;
        var atBatchPrice = (worst.PromptTokens * BatchApiHarness.BatchInput + worst.MaxCompletionTokens * BatchApiHarness.BatchOutput) / 1_000_000m;
        Assert.Equal(50, worst.MaxCompletionTokens);
        Assert.Equal(atBatchPrice, app.Fakes.Budget.Spent["acme"]);
        Assert.Equal(0m, app.Fakes.Budget.Reserved);
    }

    [Fact]
    public async Task Process_BudgetCannotCoverBatchPrice_RefusedAndNotCollected()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state);
        app.Fakes.Budget.Limits["acme"] = 0.0000001m;

        var outcome = await app.Processor.ProcessAsync(BatchApiHarness.Request("r1"));

        Assert.Equal(BatchResult.Refused, outcome.Result.Status);
        Assert.Equal("refused", state.Ledger.Rows[("acme", "r1")].Status);
        Assert.Empty(await state.Jobs.UnassignedItemsAsync());
    }

    [Fact]
    public async Task Poll_FlushesBySizeThenByAge()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state, maxPerBatch: 2, maxAge: TimeSpan.FromMinutes(10));
        for (var i = 0; i < 5; i++)
        {
            await app.Processor.ProcessAsync(BatchApiHarness.Request($"r{i}"));
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await app.Poller.PollAsync();
        Assert.Equal(2, first.JobsCreated);
        Assert.Single(await state.Jobs.UnassignedItemsAsync());
        Assert.Equal(BatchResult.InBatch, (await state.Results.GetAsync("acme", "r0"))!.Status);
        Assert.Equal(BatchResult.Queued, (await state.Results.GetAsync("acme", "r4"))!.Status);

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var second = await app.Poller.PollAsync();

        Assert.Equal(1, second.JobsCreated);
        Assert.Empty(await state.Jobs.UnassignedItemsAsync());
        Assert.Equal(3, _azure.BatchesCreated);
        Assert.Equal(["r0", "r1", "r2", "r3", "r4"], _azure.SubmittedIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Poll_BatchCompleted_ResultsAndLedgerRowsAtBatchPrice()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state, maxPerBatch: 3);
        for (var i = 0; i < 3; i++)
        {
            await app.Processor.ProcessAsync(BatchApiHarness.Request($"r{i}"));
        }

        await app.Poller.PollAsync();
        Assert.Empty(state.Ledger.Rows);
        _azure.CompleteBatches();
        var summary = await app.Poller.PollAsync();

        Assert.Equal((3, 0), (summary.Ingested, summary.OpenJobs));
        var result = (await state.Results.GetAsync("acme", "r1"))!;
        Assert.Equal((BatchResult.Completed, "answer to r1"), (result.Status, result.Content));
        Assert.Equal(LedgerChecks.BatchCost(20, 10), result.CostUsd);
        Assert.Equal(3, state.Ledger.Rows.Count);
        Assert.All(state.Ledger.Rows.Values, LedgerChecks.AssertBatchRow);
        // The premium counterfactual is the standard price of the same tokens: the saving the batch made.
        Assert.Equal((20 * 2.50m + 10 * 10m) / 1_000_000m, state.Ledger.Rows[("acme", "r1")].PremiumCostUsd);
    }

    [Theory]
    [InlineData(BatchFailurePolicy.Fail, BatchResult.Failed, 0)]
    [InlineData(BatchFailurePolicy.RetryStandard, BatchResult.Completed, 1)]
    public async Task Poll_ItemFailedInBatch_FailedOrRetriedPerTenant(BatchFailurePolicy policy, string status, int standardCalls)
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state, maxPerBatch: 2, router: o => o.Tenants["acme"] = new TenantOptions { BatchFailures = policy });
        _azure.FailIds["r1"] = true;
        _azure.AutoComplete = true;
        await app.Processor.ProcessAsync(BatchApiHarness.Request("r0"));
        await app.Processor.ProcessAsync(BatchApiHarness.Request("r1"));

        await app.Poller.PollAsync();

        var failed = (await state.Results.GetAsync("acme", "r1"))!;
        Assert.Equal(status, failed.Status);
        Assert.Equal(standardCalls, app.Fakes.Dispatch.Calls);
        Assert.Equal(BatchResult.Completed, (await state.Results.GetAsync("acme", "r0"))!.Status);
        Assert.Equal(2, state.Ledger.Rows.Count);
        if (policy == BatchFailurePolicy.Fail)
        {
            Assert.Contains("content_filter", failed.Error);
            Assert.Equal("error:BatchFailed", state.Ledger.Rows[("acme", "r1")].Status);
        }
    }

    [Fact]
    public async Task Poll_BatchExpired_EveryRequestRetriedOnStandardRoute()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state, maxPerBatch: 2);
        _azure.EndStatus = "expired";
        _azure.AutoComplete = true;
        await app.Processor.ProcessAsync(BatchApiHarness.Request("r0", "HARD question 0"));
        await app.Processor.ProcessAsync(BatchApiHarness.Request("r1", "HARD question 1"));

        var summary = await app.Poller.PollAsync();

        Assert.Equal(2, summary.Ingested);
        Assert.Equal(2, app.Fakes.Dispatch.Calls);
        Assert.All(state.Ledger.Rows.Values, r => Assert.Null(r.DeploymentType));
    }

    [Fact]
    public async Task Poll_BudgetedTenant_WorstCaseSettledToActualBatchCost()
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state, maxPerBatch: 2);
        app.Fakes.Budget.Limits["acme"] = 1m;
        _azure.AutoComplete = true;
        await app.Processor.ProcessAsync(BatchApiHarness.Request("r0"));
        await app.Processor.ProcessAsync(BatchApiHarness.Request("r1"));
        var worstCases = app.Fakes.Budget.Spent["acme"];

        await app.Poller.PollAsync();

        // The day's spend is what the ledger says the batch cost, no longer the two worst cases.
        Assert.True(worstCases > 2 * LedgerChecks.BatchCost(20, 10));
        Assert.Equal(2 * LedgerChecks.BatchCost(20, 10), app.Fakes.Budget.Spent["acme"]);
        Assert.Equal(state.Ledger.Rows.Values.Sum(r => r.CostUsd), app.Fakes.Budget.Spent["acme"]);
        Assert.Equal(2, app.Fakes.Budget.Revisions);
    }

    [Theory]
    [InlineData(BatchFailurePolicy.Fail)]
    [InlineData(BatchFailurePolicy.RetryStandard)]
    public async Task Poll_BudgetedTenant_RequestTheBatchFailedCostsItsStandardRetryOrNothing(BatchFailurePolicy policy)
    {
        var state = DurableState.InMemory();
        using var app = new BatchApiHarness(_azure, state, maxPerBatch: 2, router: o => o.Tenants["acme"] = new TenantOptions { BatchFailures = policy });
        app.Fakes.Budget.Limits["acme"] = 1m;
        _azure.FailIds["r1"] = true;
        _azure.AutoComplete = true;
        await app.Processor.ProcessAsync(BatchApiHarness.Request("r0"));
        await app.Processor.ProcessAsync(BatchApiHarness.Request("r1"));

        await app.Poller.PollAsync();

        // r0 at the batch price; r1 nothing (Fail) or its standard call, settled by the pipeline (RetryStandard).
        Assert.Equal(state.Ledger.Rows.Values.Sum(r => r.CostUsd), app.Fakes.Budget.Spent["acme"]);
        Assert.Equal(policy == BatchFailurePolicy.Fail, state.Ledger.Rows[("acme", "r1")].CostUsd == 0m);
    }

    [Fact]
    public async Task Poll_IngestedAgainNextDay_LedgerRowKeepsTheDayItWasReceived()
    {
        var state = DurableState.InMemory();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 23, 50, 0, TimeSpan.Zero));
        var received = clock.GetUtcNow();
        using (var first = new BatchApiHarness(_azure, state with { Results = new CrashingResults(state.Results, completedSaves: 1) }, maxPerBatch: 3, clock: clock))
        {
            for (var i = 0; i < 3; i++)
            {
                await first.Processor.ProcessAsync(BatchApiHarness.Request($"r{i}"));
            }

            _azure.AutoComplete = true;
            clock.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(1, (await first.Poller.PollAsync()).FailedSteps); // died after the rows, before two results
        }

        clock.Advance(TimeSpan.FromMinutes(20)); // past midnight
        using var second = new BatchApiHarness(_azure, state, maxPerBatch: 3, clock: clock);
        await second.Poller.PollAsync();

        // A ledger keyed by day (Table Storage) would otherwise hold a second row for the same request on the next day.
        Assert.All(state.Ledger.Rows.Values, r => Assert.Equal(received, r.Timestamp));
        Assert.Equal(3, state.Ledger.Rows.Count);
    }

    public void Dispose() => _azure.Dispose();
}
