using Router.Backends.Tokens;

namespace Router.Tests.Backends.Tokens;

public sealed class TiktokenEstimatorTests
{
    [Fact]
    public void Estimate_Gpt4o_CountsWithChatFramingAndMarksEstimated()
    {
        var usage = new TiktokenEstimator().Estimate("gpt-4o", [new("user", "Hello world")], "Hi there");

        // "Hello world" = 2 tokens, "user" = 1, +3 per message, +3 reply priming; "Hi there" = 2.
        Assert.Equal(new(9, 2, Estimated: true), usage);
    }

    [Fact]
    public void Estimate_UnknownModel_FallsBackToO200k()
    {
        var estimator = new TiktokenEstimator();

        var unknown = estimator.Estimate("qwen2.5-0.5b", [new("user", "Hello world")], "Hi there");

        Assert.Equal(estimator.Estimate("gpt-4o", [new("user", "Hello world")], "Hi there"), unknown);
    }
}
