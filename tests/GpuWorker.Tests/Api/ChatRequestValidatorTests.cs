using System.Text.Json;
using GpuWorker.Api;

namespace GpuWorker.Tests.Api;

public sealed class ChatRequestValidatorTests
{
    private static ChatCompletionRequest Parse(string json) => JsonSerializer.Deserialize<ChatCompletionRequest>(json, WireFormat.Json)!;

    [Fact]
    public void Validate_FullRequest_MapsSamplingAndMessages()
    {
        var r = Parse("""{"messages":[{"role":"developer","content":[{"type":"text","text":"a"},{"type":"text","text":"b"}]},{"role":"user","content":"hi"}],"max_tokens":9,"temperature":0.5,"top_p":0.9,"stop":"x","seed":5,"stream":true}""");

        var (request, error, _) = ChatRequestValidator.Validate(r, 100, () => 1);

        Assert.Null(error);
        Assert.Equal("system", request!.Messages[0].Role);
        Assert.Equal("ab", request.Messages[0].Content);
        Assert.Equal(9, request.MaxTokens);
        Assert.Equal(0.5f, request.Sampling.Temperature);
        Assert.Equal(0.9f, request.Sampling.TopP);
        Assert.Equal(["x"], request.Sampling.Stop);
        Assert.Equal(5u, request.Sampling.Seed);
        Assert.True(request.Stream);
    }

    [Fact]
    public void Validate_NoSeedOrMaxTokens_UsesDefaults()
    {
        var (request, _, _) = ChatRequestValidator.Validate(Parse("""{"messages":[{"role":"user","content":"hi"}]}"""), 77, () => 1234);

        Assert.Equal(77, request!.MaxTokens);
        Assert.Equal(1234u, request.Sampling.Seed);
        Assert.Equal(1f, request.Sampling.Temperature);
    }

    [Fact]
    public void Validate_MaxCompletionTokens_WinsOverMaxTokens()
    {
        var (request, _, _) = ChatRequestValidator.Validate(
            Parse("""{"messages":[{"role":"user","content":"hi"}],"max_tokens":5,"max_completion_tokens":3}"""), 77, () => 1);

        Assert.Equal(3, request!.MaxTokens);
    }

    [Theory]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"top_p":1.5}""", "top_p")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"top_p":-0.1}""", "top_p")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"n":2}""", "n")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}],"stop":["a","b","c","d","e"]}""", "stop")]
    [InlineData("""{"messages":[{"role":"user","content":42}]}""", "messages.content")]
    [InlineData("""{"model":"x"}""", "messages")]
    public void Validate_InvalidField_NamesTheParam(string json, string param)
    {
        var (request, error, p) = ChatRequestValidator.Validate(Parse(json), 10, () => 1);

        Assert.Null(request);
        Assert.NotNull(error);
        Assert.Equal(param, p);
    }

    [Fact]
    public void Validate_TopPZeroAndNegativeSeed_AcceptedAsTheRouterSendsThem()
    {
        var (request, error, _) = ChatRequestValidator.Validate(
            Parse("""{"messages":[{"role":"user","content":"hi"}],"top_p":0,"seed":-1}"""), 10, () => 1);

        Assert.Null(error);
        Assert.Equal(0f, request!.Sampling.TopP);
        Assert.Equal(uint.MaxValue - 1, request.Sampling.Seed); // not 0xFFFFFFFF: llama.cpp reads that as "random"
    }
}
