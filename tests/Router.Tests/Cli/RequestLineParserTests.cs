using FsCheck.Xunit;
using Router.Cli.Input;

namespace Router.Tests.Cli;

public sealed class RequestLineParserTests
{
    [Property]
    public bool TryParse_AnyString_NeverThrowsAndYieldsLineOrError(string? text)
    {
        var ok = RequestLineParser.TryParse(text ?? "", 1, "default", out var line, out var bad);

        return ok ? line is not null && bad is null : line is null && bad is not null;
    }

    [Fact]
    public void TryParse_MessagesWithTokensAndOptions_AllRead()
    {
        const string json = """{"id":"q","tenant":"acme","model":"gpt-4o","force_private":true,"max_tokens":64,"prompt_tokens":10,"completion_tokens":20,"messages":[{"role":"system","content":"s"},{"content":"u"}]}""";

        Assert.True(RequestLineParser.TryParse(json, 3, "default", out var line, out _));

        Assert.Equal("q", line!.Request.RequestId);
        Assert.Equal("acme", line.Request.TenantId);
        Assert.Equal("gpt-4o", line.Request.Model);
        Assert.True(line.Request.ForcePrivate);
        Assert.Equal(64, line.Request.Parameters.MaxTokens);
        Assert.Equal((10, 20), (line.PromptTokens, line.CompletionTokens));
        Assert.Equal(["system", "user"], line.Request.Messages.Select(m => m.Role));
    }

    [Fact]
    public void TryParse_OpenAiContentShapes_TextPartsJoinedByNewlineAndNullEmpty()
    {
        const string json = """{"id":"p","messages":[{"role":"user","content":[{"type":"text","text":"card 4111 "},{"type":"text","text":"1111 1111 1111"}]},{"role":"assistant","content":null}]}""";

        Assert.True(RequestLineParser.TryParse(json, 1, "t", out var line, out _));

        Assert.Equal(["card 4111 \n1111 1111 1111", ""], line!.Request.Messages.Select(m => m.Content));
    }

    [Fact]
    public void TryParse_NonTextPart_RefusedWithoutQuotingIt()
    {
        const string json = """{"id":"i","messages":[{"role":"user","content":[{"type":"text","text":"what is in this image?"},{"type":"image_url","image_url":{"url":"https://x.example/secret.png"}}]}]}""";

        Assert.False(RequestLineParser.TryParse(json, 1, "t", out _, out var bad));

        Assert.Contains("only text content parts", bad!.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("secret.png", bad.Error, StringComparison.Ordinal);
        Assert.Equal("i", bad.Id?.GetString());
    }

    [Fact]
    public void TryParse_NoId_LineNumberIsRequestId()
    {
        Assert.True(RequestLineParser.TryParse("""{"prompt":"hi"}""", 42, "t", out var line, out _));

        Assert.Equal("42", line!.Request.RequestId);
        Assert.Equal("t", line.Request.TenantId);
        Assert.Null(line.Id);
    }

    [Theory]
    [InlineData("""{"id":1,"messages":"x"}""", "must be an array")]
    [InlineData("""{"id":1,"messages":[{"role":"user"}]}""", "content")]
    [InlineData("""{"id":1,"messages":[{"role":"user","content":42}]}""", "string or an array of text parts")]
    [InlineData("""{"id":1,"prompt":5}""", "needs a string")]
    [InlineData("""[1,2]""", "JSON object")]
    public void TryParse_Malformed_ErrorKeepsId(string json, string expected)
    {
        Assert.False(RequestLineParser.TryParse(json, 1, "t", out _, out var bad));

        Assert.Contains(expected, bad!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_InvalidJson_ErrorDoesNotQuoteContent()
    {
        Assert.False(RequestLineParser.TryParse("""{"prompt":"my password is hunter2" """, 1, "t", out _, out var bad));

        Assert.DoesNotContain("hunter2", bad!.Error, StringComparison.Ordinal);
    }
}
