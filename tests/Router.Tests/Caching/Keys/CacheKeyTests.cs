using FsCheck.Xunit;
using Router.Caching.Keys;
using Router.Requests;

namespace Router.Tests.Caching.Keys;

public sealed class CacheKeyTests
{
    private static readonly ChatMessage[] Messages = [new("system", "be brief"), new("user", "hello")];
    private static readonly SamplingParameters Parameters = new() { Temperature = 0.2f, TopP = 0.9f, MaxTokens = 100, Stop = ["\n"], Seed = 7 };

    [Fact]
    public void For_SameInputs_SameKey()
    {
        var first = CacheKey.For("acme", "gpt-4o", Parameters, Messages);
        var second = CacheKey.For("acme", "gpt-4o", Parameters with { Stop = ["\n"] }, [.. Messages]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void For_AnyTenant_PrefixedWithTenantAndSha256Hex()
    {
        var key = CacheKey.For("acme", "gpt-4o", Parameters, Messages);

        Assert.Matches("^rc:acme:[0-9a-f]{64}$", key);
    }

    public static TheoryData<string, Func<SamplingParameters, SamplingParameters>> ParameterChanges => new()
    {
        { "temperature", p => p with { Temperature = 0.3f } },
        { "temperature absent", p => p with { Temperature = null } },
        { "top_p", p => p with { TopP = 1.0f } },
        { "max_tokens", p => p with { MaxTokens = 101 } },
        { "seed", p => p with { Seed = 8 } },
        { "seed absent", p => p with { Seed = null } },
        { "stop", p => p with { Stop = ["\r\n"] } },
        { "stop added", p => p with { Stop = ["\n", "END"] } },
        { "stop removed", p => p with { Stop = [] } },
    };

    [Theory]
    [MemberData(nameof(ParameterChanges))]
    public void For_ParameterChanged_KeyChanges(string change, Func<SamplingParameters, SamplingParameters> apply)
    {
        var original = CacheKey.For("acme", "gpt-4o", Parameters, Messages);
        var changed = CacheKey.For("acme", "gpt-4o", apply(Parameters), Messages);

        Assert.True(original != changed, $"changing {change} must change the key");
    }

    [Fact]
    public void For_ZeroVersusAbsentTemperature_DifferentKeys()
    {
        Assert.NotEqual(
            CacheKey.For("acme", "m", new SamplingParameters { Temperature = 0f }, Messages),
            CacheKey.For("acme", "m", new SamplingParameters(), Messages));
    }

    [Fact]
    public void For_DifferentTenantOrModel_DifferentKeys()
    {
        var key = CacheKey.For("acme", "gpt-4o", Parameters, Messages);

        Assert.NotEqual(key, CacheKey.For("globex", "gpt-4o", Parameters, Messages));
        Assert.NotEqual(key, CacheKey.For("acme", "gpt-4o-mini", Parameters, Messages));
    }

    [Fact]
    public void For_SameTextSplitDifferently_DifferentKeys()
    {
        // Without length prefixes "ab"+"c" and "a"+"bc" would hash the same bytes.
        var first = CacheKey.For("acme", "m", Parameters, [new("user", "ab"), new("user", "c")]);
        var second = CacheKey.For("acme", "m", Parameters, [new("user", "a"), new("user", "bc")]);
        var roleShift = CacheKey.For("acme", "m", Parameters, [new("use", "rab"), new("user", "c")]);

        Assert.NotEqual(first, second);
        Assert.NotEqual(first, roleShift);
    }

    [Fact]
    public void For_RoleChanged_KeyChanges()
    {
        Assert.NotEqual(
            CacheKey.For("acme", "m", Parameters, [new("user", "hi")]),
            CacheKey.For("acme", "m", Parameters, [new("assistant", "hi")]));
    }

    [Fact]
    public void For_Request_UsesRequestTenantParametersAndMessages()
    {
        var request = new ChatRequest { RequestId = "r1", TenantId = "acme", Messages = Messages, Parameters = Parameters };

        Assert.Equal(CacheKey.For("acme", "gpt-4o", Parameters, Messages), CacheKey.For(request, "gpt-4o"));
    }

    [Property]
    public bool For_DistinctContents_DistinctKeys(string first, string second)
    {
        first ??= "";
        second ??= "";
        var firstKey = CacheKey.For("t", "m", new SamplingParameters(), [new("user", first)]);
        var secondKey = CacheKey.For("t", "m", new SamplingParameters(), [new("user", second)]);
        return (first == second) == (firstKey == secondKey);
    }
}
