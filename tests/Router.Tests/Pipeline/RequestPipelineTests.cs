using Microsoft.Extensions.DependencyInjection;
using Router.Backends;
using Router.Pipeline;
using Router.Routing;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Pipeline;

public sealed class RequestPipelineTests
{
    [Fact]
    public async Task CompleteAsync_Miss_DispatchesAccountsEveryFieldAndSettles()
    {
        var h = new PipelineHarness();

        var result = await h.Pipeline.CompleteAsync(PipelineHarness.Request("hello"), "http");

        Assert.Equal("echo: hello", result.Content);
        var row = Assert.Single(h.Fakes.Ledger.Rows.Values);
        Assert.Equal(("acme", "req-1", "http", "private-small", "gpu-worker", FakePolicy.SmallModel, "ok"),
            (row.TenantId, row.RequestId, row.Source, row.Route, row.Backend, row.Model, row.Status));
        Assert.Equal((10, 5, false), (row.PromptTokens, row.CompletionTokens, row.TokensEstimated));
        Assert.Equal((0.10m, 0.20m), (row.InputPricePerMillionUsd, row.OutputPricePerMillionUsd));
        Assert.Equal((10 * 0.10m + 5 * 0.20m) / 1_000_000m, row.CostUsd);
        Assert.Equal((10 * 2.50m + 5 * 10m) / 1_000_000m, row.PremiumCostUsd);
        Assert.Equal("None", row.Sensitivity);
        Assert.Equal(0.1, row.Difficulty);
        Assert.Equal(0.5, row.Threshold);
        Assert.Contains("difficulty < threshold", row.Reasons);
        Assert.Equal(h.Clock.GetUtcNow(), row.Timestamp);
        Assert.False(row.CacheHit);
        Assert.Equal(1, h.Fakes.Budget.Settled);
        Assert.Equal(0m, h.Fakes.Budget.Reserved);
        Assert.Equal(row.CostUsd, h.Fakes.Budget.Spent["acme"]);
    }

    [Fact]
    public async Task CompleteAsync_BackendServedAnotherModel_LedgerKeepsBothCatalogueAndServedModel()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.ServedModel = "tiny-test";

        await h.Pipeline.CompleteAsync(PipelineHarness.Request("hello"), "http");

        var row = Assert.Single(h.Fakes.Ledger.Rows.Values);
        Assert.Equal((FakePolicy.SmallModel, "tiny-test"), (row.Model, row.ServedModel));
    }

    [Fact]
    public async Task AnswerAsync_Miss_AnswersWithReservationHeldAndAccountsOnceWhenAsked()
    {
        var h = new PipelineHarness();
        h.Fakes.Budget.Limits["acme"] = 100m;

        var answered = await h.Pipeline.AnswerAsync(PipelineHarness.Request("hello"), "http");

        Assert.Equal("echo: hello", answered.Result.Content);
        Assert.Empty(h.Fakes.Ledger.Rows);
        Assert.Equal(0, h.Fakes.Budget.Settled);
        Assert.True(h.Fakes.Budget.Reserved > 0m);

        await Task.WhenAll(answered.AccountAsync(), answered.AccountAsync());

        Assert.Equal(1, h.Fakes.Ledger.Writes);
        Assert.Equal(answered.Result.Entry.CostUsd, Assert.Single(h.Fakes.Ledger.Rows.Values).CostUsd);
        Assert.Equal((1, 0m), (h.Fakes.Budget.Settled, h.Fakes.Budget.Reserved));
    }

    [Fact]
    public async Task AnswerAsync_LedgerFails_ReservationStillReleased()
    {
        var h = new PipelineHarness();
        h.Fakes.Ledger.FailWrites = new IOException("disk full");

        var answered = await h.Pipeline.AnswerAsync(PipelineHarness.Request("hello"), "http");

        await Assert.ThrowsAsync<IOException>(answered.AccountAsync);
        Assert.Equal(0m, h.Fakes.Budget.Reserved);
    }

    [Fact]
    public async Task CompleteAsync_Repeat_IsCacheHitAtZeroCostWithPremiumSaving()
    {
        var h = new PipelineHarness();
        await h.Pipeline.CompleteAsync(PipelineHarness.Request("hello", id: "a"), "http");

        var second = await h.Pipeline.CompleteAsync(PipelineHarness.Request("hello", id: "b"), "http");

        Assert.True(second.Decision.CacheHit);
        Assert.Equal("echo: hello", second.Content);
        Assert.Equal(1, h.Fakes.Dispatch.Calls);
        var hit = h.Fakes.Ledger.Rows[("acme", "b")];
        Assert.True(hit.CacheHit);
        Assert.Equal(0m, hit.CostUsd);
        Assert.Equal((10 * 2.50m + 5 * 10m) / 1_000_000m, hit.PremiumCostUsd);
    }

    [Fact]
    public async Task CompleteAsync_RepeatOfAnAnswerServedByFallback_HitSaysWhatServedIt()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.FailOverWith = BackendFailure.Unavailable;
        var first = await h.Pipeline.CompleteAsync(PipelineHarness.Request("HARD question", id: "a"), "http");
        Assert.Equal((Route.PrivateSmall, "gpu-worker"), (first.Decision.Route, first.Decision.Backend));

        var second = await h.Pipeline.CompleteAsync(PipelineHarness.Request("HARD question", id: "b"), "http");

        Assert.True(second.Decision.CacheHit);
        // Was: route closed, backend azure-openai (the new decision's) next to the private model that wrote the text.
        Assert.Equal((Route.PrivateSmall, "gpu-worker", FakePolicy.SmallModel), (second.Decision.Route, second.Decision.Backend, second.Decision.Model));
        var hit = h.Fakes.Ledger.Rows[("acme", "b")];
        Assert.Equal(("private-small", "gpu-worker", FakePolicy.SmallModel), (hit.Route, hit.Backend, hit.Model));
    }

    [Fact]
    public async Task CompleteAsync_SameContentOtherTenant_IsNotACacheHit()
    {
        var h = new PipelineHarness();
        await h.Pipeline.CompleteAsync(PipelineHarness.Request("hello", tenant: "acme"), "http");

        var other = await h.Pipeline.CompleteAsync(PipelineHarness.Request("hello", tenant: "globex"), "http");

        Assert.False(other.Decision.CacheHit);
        Assert.Equal(2, h.Fakes.Dispatch.Calls);
    }

    [Fact]
    public async Task CompleteAsync_SensitiveWithoutTenantOptIn_NeitherReadsNorWritesCache()
    {
        var h = new PipelineHarness();

        await h.Pipeline.CompleteAsync(PipelineHarness.Request("mail a@b.example", id: "a"), "http");
        var again = await h.Pipeline.CompleteAsync(PipelineHarness.Request("mail a@b.example", id: "b"), "http");

        Assert.Empty(h.Fakes.Cache.Entries);
        Assert.False(again.Decision.CacheHit);
        Assert.Equal(["EMAIL"], h.Fakes.Ledger.Rows[("acme", "a")].EntityTypes);
    }

    [Fact]
    public async Task CompleteAsync_ClassifiesForTheRequestTenantWithItsTermsAndMarkers()
    {
        var h = new PipelineHarness(o => o.Tenants["acme"] = new TenantOptions { ConfidentialTerms = ["Falcon"], ConfidentialMarkers = ["ACME RESTRICTED"] });

        await h.Pipeline.CompleteAsync(PipelineHarness.Request("hello"), "http");

        var scope = h.Fakes.Classifier.LastScope;
        Assert.NotNull(scope);
        Assert.Equal("acme", scope.TenantId);
        Assert.Equal(["Falcon"], scope.ConfidentialTerms);
        Assert.Equal(["ACME RESTRICTED"], scope.ConfidentialMarkers);
    }

    [Fact]
    public async Task CompleteAsync_SensitiveWithTenantOptIn_IsCached()
    {
        var h = new PipelineHarness(o => o.Tenants["acme"] = new TenantOptions { CacheSensitiveResponses = true });

        await h.Pipeline.CompleteAsync(PipelineHarness.Request("mail a@b.example", id: "a"), "http");
        var again = await h.Pipeline.CompleteAsync(PipelineHarness.Request("mail a@b.example", id: "b"), "http");

        Assert.True(again.Decision.CacheHit);
    }

    [Fact]
    public async Task CompleteAsync_BudgetTooSmall_ThrowsBudgetExhaustedWithoutDispatch()
    {
        var h = new PipelineHarness();
        h.Fakes.Budget.Limits["acme"] = 0.000001m;

        var e = await Assert.ThrowsAsync<PipelineException>(() => h.Pipeline.CompleteAsync(PipelineHarness.Request(), "http"));

        Assert.Equal(PipelineFailure.BudgetExhausted, e.Failure);
        Assert.Equal(0, h.Fakes.Dispatch.Calls);
        Assert.Equal("refused", h.Fakes.Ledger.Rows[("acme", "req-1")].Status);
        Assert.Equal(0.000001m, h.Fakes.Policy.LastRemainingBudget);
    }

    [Fact]
    public async Task CompleteAsync_WorstCase_UsesMaxTokensAtChosenModelPrices()
    {
        var h = new PipelineHarness();
        // 1000 output tokens at $0.20/1M = $0.0002 alone: a limit just under it must refuse.
        h.Fakes.Budget.Limits["acme"] = 0.0002m;

        await Assert.ThrowsAsync<PipelineException>(() => h.Pipeline.CompleteAsync(PipelineHarness.Request(maxTokens: 1000), "http"));
        var ok = await h.Pipeline.CompleteAsync(PipelineHarness.Request(id: "small", maxTokens: 10), "http");

        Assert.Equal("ok", ok.Entry.Status);
    }

    [Fact]
    public async Task AnswerAsync_NoMaxTokens_PolicyAndReservationPriceTheConfiguredWorstCase()
    {
        var h = new PipelineHarness(pipeline: o => o.DefaultMaxCompletionTokens = 256);
        h.Fakes.Budget.Limits["acme"] = 100m;

        var answered = await h.Pipeline.AnswerAsync(PipelineHarness.Request("hello"), "http");

        var worstCase = Assert.IsType<WorstCaseTokens>(h.Fakes.Policy.LastWorstCase);
        Assert.Equal(256, worstCase.MaxCompletionTokens);
        var costs = h.Provider.GetRequiredService<Router.Accounting.ICostCalculator>();
        Assert.Equal(costs.WorstCaseCost(answered.Result.Decision.Model, worstCase.PromptTokens, 256), h.Fakes.Budget.Reserved);
        await answered.AccountAsync();
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task CompleteAsync_PromptTokenisedForTheWorstCaseOnlyWhenTenantHasABudget(bool limited, int expectedCounts)
    {
        var tokens = new CountingTokenCounter();
        var h = new PipelineHarness(tokens: tokens);
        if (limited)
        {
            h.Fakes.Budget.Limits["acme"] = 100m;
        }

        var result = await h.Pipeline.CompleteAsync(PipelineHarness.Request(), "http");

        Assert.Equal("ok", result.Entry.Status);
        Assert.Equal(expectedCounts, tokens.PromptCounts);
    }

    private sealed class CountingTokenCounter : Router.Accounting.Tokens.ITokenCounter
    {
        private readonly Router.Accounting.Tokens.O200kTokenCounter _inner = new();

        public int PromptCounts { get; private set; }

        public int CountPrompt(IReadOnlyList<Router.Requests.ChatMessage> messages)
        {
            PromptCounts++;
            return _inner.CountPrompt(messages);
        }

        public int CountText(string text) => _inner.CountText(text);
    }

    [Fact]
    public async Task CompleteAsync_PolicyRefuses_ThrowsPolicyRefusedAndRecordsRefusal()
    {
        var h = new PipelineHarness();

        var e = await Assert.ThrowsAsync<PipelineException>(() => h.Pipeline.CompleteAsync(PipelineHarness.Request(tenant: FakePolicy.LockedTenant), "http"));

        Assert.Equal(PipelineFailure.PolicyRefused, e.Failure);
        var row = h.Fakes.Ledger.Rows[(FakePolicy.LockedTenant, "req-1")];
        Assert.Equal(("refused", "none", 0m), (row.Status, row.Route, row.CostUsd));
    }

    [Theory]
    [InlineData(BackendFailure.Unavailable, true)]
    [InlineData(BackendFailure.Throttled, true)]
    [InlineData(BackendFailure.Timeout, true)]
    [InlineData(BackendFailure.BadRequest, false)]
    public async Task CompleteAsync_BackendFails_ReleasesReservationAndRecordsError(BackendFailure failure, bool transient)
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.Failure = failure;

        var e = await Assert.ThrowsAsync<PipelineException>(() => h.Pipeline.CompleteAsync(PipelineHarness.Request(), "http"));

        Assert.Equal((PipelineFailure.BackendFailed, failure, transient), (e.Failure, e.BackendFailure!.Value, e.IsTransient));
        Assert.Equal($"error:{failure}", h.Fakes.Ledger.Rows[("acme", "req-1")].Status);
        Assert.Equal((1, 0, 0m), (h.Fakes.Budget.Released, h.Fakes.Budget.Settled, h.Fakes.Budget.Reserved));
    }

    [Fact]
    public async Task CompleteAsync_ExplicitClosedModelWithSensitiveContent_StaysPrivateWithReason()
    {
        var h = new PipelineHarness();

        var result = await h.Pipeline.CompleteAsync(PipelineHarness.Request("a@b.example", model: FakePolicy.ClosedModel), "http");

        Assert.Equal(Route.PrivateSmall, result.Decision.Route);
        Assert.Contains(result.Decision.Reasons, r => r.StartsWith("model override", StringComparison.Ordinal));
        Assert.Equal(FakePolicy.SmallModel, h.Fakes.Dispatch.LastRequest!.Model);
    }
}
