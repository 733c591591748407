using GpuWorker.Structured;

namespace GpuWorker.Tests.Structured;

public sealed class ToolCallStreamParserTests
{
    private static readonly string[] Names = ["get_weather"];

    /// <summary>Feeds the output in pieces of <paramref name="size"/> characters; returns text and calls in order.</summary>
    private static List<AnswerEvent> Stream(ToolCallFamily family, string output, int size)
    {
        var parser = new ToolCallStreamParser(family, Names);
        var events = new List<AnswerEvent>();
        for (var at = 0; at < output.Length; at += size)
        {
            events.AddRange(parser.Push(output.Substring(at, Math.Min(size, output.Length - at))));
        }

        events.AddRange(parser.Finish());
        return events;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(1000)]
    public void Hermes_TextThenCall_TextStreamedCallWhole(int size)
    {
        const string output = "Checking.<tool_call>\n{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}\n</tool_call>";

        var events = Stream(ToolCallFamily.Hermes, output, size);

        Assert.Equal("Checking.", string.Concat(events.Select(e => e.Text)));
        Assert.Equal(new ParsedToolCall("get_weather", """{"city":"Paris"}"""), Assert.Single(events, e => e.Call is not null).Call);
        Assert.True(events.FindIndex(e => e.Call is not null) > events.FindLastIndex(e => e.Text is not null));
    }

    [Fact]
    public void Hermes_TextThatOnlyLooksLikeATag_PassedOnAsText()
    {
        const string output = "a <tool that is not a call, 1 < 2 and <tool_cal";

        var events = Stream(ToolCallFamily.Hermes, output, 1);

        Assert.Equal(output, string.Concat(events.Select(e => e.Text)));
        Assert.DoesNotContain(events, e => e.Call is not null);
        Assert.True(events.Count > 3, "text is streamed, not held to the end");
    }

    [Fact]
    public void Hermes_CallOfUnknownTool_PassedOnAsText()
    {
        const string output = "<tool_call>\n{\"name\":\"drop_db\",\"arguments\":{}}\n</tool_call>";

        Assert.Equal(output, string.Concat(Stream(ToolCallFamily.Hermes, output, 2).Select(e => e.Text)));
    }

    [Theory]
    [InlineData("{\"name\":\"get_weather\",\"parameters\":{\"city\":\"Rome\"}}", true)]
    [InlineData("The weather is fine.", false)]
    [InlineData("{\"not\":\"a call\"}", false)]
    public void Llama31_WholeAnswerDecided(string output, bool isCall)
    {
        var events = Stream(ToolCallFamily.Llama31, output, 4);

        if (isCall)
        {
            Assert.Equal("get_weather", Assert.Single(events).Call!.Name);
        }
        else
        {
            Assert.Equal(output, string.Concat(events.Select(e => e.Text)));
        }
    }
}
