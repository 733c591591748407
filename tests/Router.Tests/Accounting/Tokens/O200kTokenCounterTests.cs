using Router.Accounting.Tokens;

namespace Router.Tests.Accounting.Tokens;

public sealed class O200kTokenCounterTests
{
    [Fact]
    public void Estimate_OneMessage_CountsWithChatFramingAndMarksEstimated()
    {
        var usage = new O200kTokenCounter().Estimate([new("user", "Hello world")], "Hi there");

        // "Hello world" = 2 tokens, "user" = 1, +3 per message, +3 reply priming; "Hi there" = 2.
        Assert.Equal(new(9, 2, Estimated: true), usage);
    }

    [Fact]
    public void CountPrompt_TwoMessages_AddsFramingPerMessage()
    {
        var counter = new O200kTokenCounter();

        var one = counter.CountPrompt([new("user", "Hello world")]);
        var two = counter.CountPrompt([new("system", "Hello world"), new("user", "Hello world")]);

        // The second message adds its content (2), its role (1) and the per-message 3.
        Assert.Equal(one + 6, two);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("Hello world", 2)]
    public void CountText_PlainText_CountsO200kTokens(string text, int expected) =>
        Assert.Equal(expected, new O200kTokenCounter().CountText(text));
}
