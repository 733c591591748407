using Router.Backends;
using Router.Pipeline;
using Router.Requests;
using Router.Tests.Pipeline;
using static Router.Tests.Tools.ToolRequestFixtures;

namespace Router.Tests.Tools;

/// <summary>Tool calls through the pipeline: passed to the backend, answered, cached and replayed, plain and streamed.</summary>
public sealed class PipelineToolCallTests
{
    private static readonly ToolCall Call = new("call_1", "get_weather", """{"city":"Paris"}""");

    private static ChatRequest Request(string id) => PipelineHarness.Request("What is the weather in Paris?", id: id) with { ToolsAndFormat = WeatherTools() };

    private static async Task<List<BackendChunk>> ReadAsync(PipelineStream stream)
    {
        var chunks = new List<BackendChunk>();
        await foreach (var chunk in stream.ReadAllAsync())
        {
            chunks.Add(chunk);
        }

        return chunks;
    }

    private static IReadOnlyList<ToolCall> Reassemble(IEnumerable<BackendChunk> chunks)
    {
        var calls = new ToolCallAccumulator();
        foreach (var chunk in chunks)
        {
            calls.AddRange(chunk.ToolCallDeltas);
        }

        return calls.ToList();
    }

    [Fact]
    public async Task CompleteAsync_ToolCall_ReachesTheBackendAndComesBackThenIsCached()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.ToolCalls = [Call];

        var first = await h.Pipeline.CompleteAsync(Request("a"), "http");
        var repeat = await h.Pipeline.CompleteAsync(Request("b"), "http");

        Assert.Equal([Weather], h.Fakes.Dispatch.LastRequest!.ToolsAndFormat.Tools);
        Assert.Equal([Call], first.ToolCalls);
        Assert.Equal("tool_calls", first.FinishReason);
        Assert.True(repeat.Decision.CacheHit);
        Assert.Equal([Call], repeat.ToolCalls);
        Assert.Equal("tool_calls", repeat.FinishReason);
        Assert.Equal(1, h.Fakes.Dispatch.Calls);
    }

    [Fact]
    public async Task StreamAsync_ToolCall_DeltasPassThroughThenCacheReplaysTheWholeCall()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.ToolCalls = [Call];
        await using var first = await h.Pipeline.StreamAsync(Request("a"), "http");
        var firstChunks = await ReadAsync(first);

        await using var repeat = await h.Pipeline.StreamAsync(Request("b"), "http");
        var repeatChunks = await ReadAsync(repeat);

        Assert.Equal([Call], Reassemble(firstChunks));
        Assert.Equal(3, firstChunks.Count(c => c.ToolCallDeltas is not null));
        Assert.Equal("tool_calls", firstChunks[^1].FinishReason);
        Assert.True(repeat.Decision.CacheHit);
        Assert.Equal([Call], Reassemble(repeatChunks));
        Assert.Equal("tool_calls", repeatChunks[^1].FinishReason);
        Assert.All(repeatChunks, c => Assert.Null(c.ContentDelta));
    }

    [Fact]
    public async Task CompleteAsync_OtherToolChoice_NotServedFromTheCache()
    {
        var h = new PipelineHarness();
        h.Fakes.Dispatch.ToolCalls = [Call];
        await h.Pipeline.CompleteAsync(Request("a"), "http");

        var forced = await h.Pipeline.CompleteAsync(Request("b") with { ToolsAndFormat = WeatherTools(ToolChoice.Required) }, "http");

        Assert.False(forced.Decision.CacheHit);
        Assert.Equal(2, h.Fakes.Dispatch.Calls);
    }
}
