using System.Security.Cryptography;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Router.Pipeline;
using Router.Requests;

namespace Router.Tests.Pipeline;

public sealed class CompletionCacheKeyTests
{
    private static ChatRequest Base => PipelineHarness.Request("hello");

    [Fact]
    public void For_SameRequestOtherId_SameKey() =>
        Assert.Equal(CompletionCacheKey.For(Base), CompletionCacheKey.For(Base with { RequestId = "other" }));

    [Fact]
    public void For_EveryAnswerChangingField_ChangesKey()
    {
        var variants = new[]
        {
            Base with { TenantId = "globex" },
            Base with { Model = "gpt-closed" },
            Base with { Messages = [new ChatMessage("user", "hello!")] },
            Base with { Messages = [new ChatMessage("system", "hello")] },
            Base with { Parameters = new SamplingParameters { Temperature = 0.5f } },
            Base with { Parameters = new SamplingParameters { TopP = 0.5f } },
            Base with { Parameters = new SamplingParameters { MaxTokens = 7 } },
            Base with { Parameters = new SamplingParameters { Stop = ["x"] } },
            Base with { Parameters = new SamplingParameters { Seed = 1 } },
        };

        var keys = variants.Select(CompletionCacheKey.For).Append(CompletionCacheKey.For(Base)).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void For_Key_StartsWithTenantAndNeverContainsContent()
    {
        var key = CompletionCacheKey.For(PipelineHarness.Request("secret text", tenant: "acme"));

        Assert.StartsWith("router:v1:acme:", key, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", key, StringComparison.Ordinal);
    }

    [Fact]
    public void For_MessageBoundaryShift_ChangesKey() =>
        Assert.NotEqual(
            CompletionCacheKey.For(Base with { Messages = [new ChatMessage("user", "ab"), new ChatMessage("user", "c")] }),
            CompletionCacheKey.For(Base with { Messages = [new ChatMessage("user", "a"), new ChatMessage("user", "bc")] }));

    [FsCheck.Xunit.Property]
    public Property For_DistinctTenants_NeverShareKeys(NonEmptyString a, NonEmptyString b) =>
        (a.Get != b.Get).Implies(() =>
            CompletionCacheKey.For(Base with { TenantId = a.Get }) != CompletionCacheKey.For(Base with { TenantId = b.Get }));

    /// <summary>Keys already in Redis must stay valid: the hand-written canonical JSON equals what the first
    /// version serialised with <see cref="JsonSerializer"/>, for any text (escaping), any number and nulls.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public void For_SameBytesAsTheV1Serializer(string? model, string? content, string? stop, float? temperature, int? maxTokens, int? seed)
    {
        var request = Base with
        {
            Model = model ?? "",
            Messages = [new ChatMessage("system", "be brief \u00e9 \"q\" \u4f60\u597d"), new ChatMessage("user", content ?? "")],
            Parameters = new SamplingParameters
            {
                Temperature = temperature is { } t && float.IsFinite(t) ? t : null,
                TopP = 0.9f,
                MaxTokens = maxTokens,
                Stop = stop is null ? [] : [stop, "\n"],
                Seed = seed,
            },
        };

        Assert.Equal(V1Key(request), CompletionCacheKey.For(request));
    }

    [Fact]
    public void For_HugePromptThenSmall_SameKeysAsV1()
    {
        var huge = PipelineHarness.Request(new string('x', 200_000) + "你好");
        var small = PipelineHarness.Request("hello again");

        Assert.Equal(V1Key(huge), CompletionCacheKey.For(huge));
        Assert.Equal(V1Key(small), CompletionCacheKey.For(small));
    }

    private static string V1Key(ChatRequest request)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new V1Canonical(
            request.Model, request.Parameters.Temperature, request.Parameters.TopP, request.Parameters.MaxTokens,
            request.Parameters.Stop, request.Parameters.Seed, request.Messages.Select(m => new[] { m.Role, m.Content }).ToArray()));
        var tenant = request.TenantId.Replace("%", "%25", StringComparison.Ordinal).Replace(":", "%3A", StringComparison.Ordinal);
        return $"router:v1:{tenant}:{Convert.ToHexStringLower(SHA256.HashData(canonical))}";
    }

    private sealed record V1Canonical(string Model, float? Temperature, float? TopP, int? MaxTokens, IReadOnlyList<string> Stop, int? Seed, string[][] Messages);
}
