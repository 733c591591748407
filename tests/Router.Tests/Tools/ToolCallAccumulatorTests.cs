using Router.Backends;
using Router.Requests;

namespace Router.Tests.Tools;

public sealed class ToolCallAccumulatorTests
{
    [Fact]
    public void Add_PiecesOfTwoInterleavedCalls_ReassemblesEachByIndex()
    {
        var calls = new ToolCallAccumulator();

        calls.Add(new ToolCallDelta(0, "call_a", "get_weather", ""));
        calls.Add(new ToolCallDelta(1, "call_b", "get_time", "{\"tz\":"));
        calls.Add(new ToolCallDelta(0, ArgumentsFragment: "{\"city\":"));
        calls.Add(new ToolCallDelta(0, ArgumentsFragment: "\"Paris\"}"));
        calls.Add(new ToolCallDelta(1, ArgumentsFragment: "\"UTC\"}"));

        Assert.Equal(
            [new ToolCall("call_a", "get_weather", "{\"city\":\"Paris\"}"), new ToolCall("call_b", "get_time", "{\"tz\":\"UTC\"}")],
            calls.ToList());
    }

    [Fact]
    public void AsDeltas_ThenAdd_RoundTrips()
    {
        IReadOnlyList<ToolCall> original = [new ToolCall("c1", "f", "{}"), new ToolCall("c2", "g", "{\"x\":1}")];
        var calls = new ToolCallAccumulator();

        calls.AddRange(ToolCallAccumulator.AsDeltas(original));

        Assert.Equal(original, calls.ToList());
        Assert.False(calls.IsEmpty);
    }
}
