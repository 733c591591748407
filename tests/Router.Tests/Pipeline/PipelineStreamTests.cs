using Router.Backends;
using Router.Pipeline;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Pipeline;

public sealed class PipelineStreamTests
{
    private static async Task<List<BackendChunk>> ReadAsync(PipelineStream stream)
    {
        var chunks = new List<BackendChunk>();
        await foreach (var chunk in stream.ReadAllAsync())
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    [Fact]
    public async Task ReadAllAsync_Miss_YieldsDeltasThenOneUsageChunkAfterAccounting()
    {
        var h = new PipelineHarness();
        await using var stream = await h.Pipeline.StreamAsync(PipelineHarness.Request("hello"), "http");

        var chunks = await ReadAsync(stream);

        Assert.Equal("echo: hello", string.Concat(chunks.Select(c => c.ContentDelta)));
        Assert.All(chunks[..^1], c => Assert.Null(c.Usage));
        Assert.Equal(("stop", 10, 5), (chunks[^1].FinishReason, chunks[^1].Usage!.PromptTokens, chunks[^1].Usage!.CompletionTokens));
        Assert.Equal("ok", stream.Entry!.Status);
        Assert.Equal(1, h.Fakes.Budget.Settled);
        Assert.Single(h.Fakes.Cache.Entries);
    }

    [Fact]
    public async Task ReadAllAsync_BackendNamesServedModel_LedgerKeepsBoth()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.ServedModel = "tiny-test";
        await using var stream = await h.Pipeline.StreamAsync(PipelineHarness.Request("hello"), "http");

        await ReadAsync(stream);

        Assert.Equal((FakePolicy.SmallModel, "tiny-test"), (stream.Entry!.Model, stream.Entry.ServedModel));
    }

    [Fact]
    public async Task ReadAllAsync_BackendGivesNoUsage_EstimatesTokens()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.StreamUsage = false;
        await using var stream = await h.Pipeline.StreamAsync(PipelineHarness.Request("hello"), "http");

        var last = (await ReadAsync(stream))[^1];

        Assert.True(last.Usage!.Estimated);
        Assert.True(last.Usage.CompletionTokens > 0);
        Assert.True(h.Fakes.Ledger.Rows[("acme", "req-1")].TokensEstimated);
    }

    [Fact]
    public async Task ReadAllAsync_Repeat_ServesCacheWithoutDispatch()
    {
        var h = new PipelineHarness();
        await h.Pipeline.CompleteAsync(PipelineHarness.Request("hello", id: "a"), "http");
        await using var stream = await h.Pipeline.StreamAsync(PipelineHarness.Request("hello", id: "b"), "http");

        var chunks = await ReadAsync(stream);

        Assert.True(stream.Decision.CacheHit);
        Assert.Equal("echo: hello", string.Concat(chunks.Select(c => c.ContentDelta)));
        Assert.Equal(1, h.Fakes.Dispatch.Calls);
        Assert.Equal(0m, h.Fakes.Ledger.Rows[("acme", "b")].CostUsd);
    }

    [Fact]
    public async Task StreamAsync_BackendFailsBeforeFirstChunk_ThrowsPipelineExceptionAndReleases()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.Failure = BackendFailure.Unavailable;

        await Assert.ThrowsAsync<PipelineException>(() => h.Pipeline.StreamAsync(PipelineHarness.Request(), "http"));

        Assert.Equal((1, 0), (h.Fakes.Budget.Released, h.Fakes.Budget.Settled));
        Assert.Equal("error:Unavailable", h.Fakes.Ledger.Rows[("acme", "req-1")].Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CallerGoneBeforeReservation_NothingReservedNothingDispatched(bool stream)
    {
        var h = new PipelineHarness();
        using var caller = new CancellationTokenSource();
        h.Fakes.Budget.OnRemaining = caller.Cancel; // cancelled after classification, before the reservation

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream
            ? h.Pipeline.StreamAsync(PipelineHarness.Request(), "http", caller.Token)
            : h.Pipeline.CompleteAsync(PipelineHarness.Request(), "http", caller.Token));

        Assert.Equal((0, 0m), (h.Fakes.Budget.Reservations, h.Fakes.Budget.Reserved));
        Assert.Equal(0, h.Fakes.Dispatch.Calls);
    }

    [Fact]
    public async Task StreamAsync_CallerCancelsWhileOpening_ReleasesReservation()
    {
        var h = new PipelineHarness();
        using var caller = new CancellationTokenSource();
        h.Fakes.Dispatch.BeforeAnswer = () =>
        {
            caller.Cancel();
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Pipeline.StreamAsync(PipelineHarness.Request(), "http", caller.Token));

        Assert.Equal((1, 0, 0m), (h.Fakes.Budget.Released, h.Fakes.Budget.Settled, h.Fakes.Budget.Reserved));
    }

    [Fact]
    public async Task ReadAllAsync_BackendDiesAfterContent_RecordsWhatWasGeneratedEstimatedAndSettles()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.DieMidStream = true;
        await using var stream = await h.Pipeline.StreamAsync(PipelineHarness.Request("a longer prompt so the answer has pieces"), "http");
        var received = new List<string>();

        var failure = await Assert.ThrowsAsync<PipelineException>(async () =>
        {
            await foreach (var chunk in stream.ReadAllAsync())
            {
                received.Add(chunk.ContentDelta ?? "");
            }
        });

        var row = h.Fakes.Ledger.Rows[("acme", "req-1")];
        Assert.Equal(PipelineFailure.BackendFailed, failure.Failure);
        Assert.Equal("error:Unavailable", row.Status);
        Assert.NotEmpty(string.Concat(received));
        Assert.True(row.CompletionTokens > 0, "the tokens sent before the worker died were recorded as 0");
        Assert.True(row.TokensEstimated);
        Assert.True(row.CostUsd > 0m);
        Assert.Equal((1, row.CostUsd), (h.Fakes.Budget.Settled, h.Fakes.Budget.Spent["acme"]));
    }
}
