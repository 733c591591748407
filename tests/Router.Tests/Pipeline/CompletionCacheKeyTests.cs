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
}
