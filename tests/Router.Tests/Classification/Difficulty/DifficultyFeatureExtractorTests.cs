using Router.Classification.Difficulty;

namespace Router.Tests.Classification.Difficulty;

public class DifficultyFeatureExtractorTests
{
    private readonly DifficultyFeatureExtractor _extractor = new(12);

    private double Feature(string prompt, string name) =>
        _extractor.Extract(prompt).Dense[Array.IndexOf(DifficultyFeatureExtractor.DenseNames, name)];

    [Fact]
    public void Extract_AnyPrompt_HasOneValuePerNamedFeature()
    {
        var features = _extractor.Extract("Which of the following is NOT a prime?\nA. 2\nB. 3\nC. 9\nD. 11\nAnswer:");

        Assert.Equal(DifficultyFeatureExtractor.DenseNames.Length, features.Dense.Length);
        Assert.All(features.Dense, v => Assert.True(double.IsFinite(v)));
        Assert.True(features.IsMultipleChoice);
    }

    [Fact]
    public void Extract_NumbersAndOperators_AreCounted()
    {
        const string prompt = "If x = 3.5 and y = 2 * x + 10, what is y?";

        Assert.Equal(Math.Log(1 + 3), Feature(prompt, "log_numbers"), 9);
        Assert.Equal(Math.Log(1 + 4), Feature(prompt, "log_operators"), 9);
        Assert.Equal(1, Feature(prompt, "has_equals"));
        Assert.Equal(Math.Log(1 + 1), Feature(prompt, "log_decimals"), 9);
        Assert.Equal(Math.Log10(11), Feature(prompt, "log_max_number"), 9);
    }

    [Fact]
    public void Extract_UpperCaseNegation_CountsOnlyShouted()
    {
        Assert.Equal(1, Feature("All of these are mammals EXCEPT", "negations"));
        Assert.Equal(0, Feature("All of these are mammals except", "negations"));
    }

    [Fact]
    public void Extract_FirstPersonAndRomanOptions_AreCounted()
    {
        const string prompt = "Scenario 1 | I took my friend's car.\nA. I and II only\nB. III only\nAnswer:";

        Assert.Equal(Math.Log(1 + 3), Feature(prompt, "log_first_person"), 9);
        Assert.Equal(Math.Log(1 + 2), Feature(prompt, "log_roman"), 9);
    }

    [Fact]
    public void Extract_SamePrompt_SameFeatures()
    {
        const string prompt = "Janet sells 16 eggs a day for $2 each. How much does she make per week?";

        var first = _extractor.Extract(prompt);
        var second = _extractor.Extract(prompt);

        Assert.Equal(first.Dense, second.Dense);
        Assert.Equal(first.Buckets, second.Buckets);
        Assert.All(first.Buckets, b => Assert.InRange(b, 0, (1 << 12) - 1));
        Assert.Equal(1 / Math.Sqrt(first.Buckets.Length), first.BucketValue, 12);
    }

    [Fact]
    public void Extract_Empty_IsFiniteWithNoBuckets()
    {
        var features = _extractor.Extract(string.Empty);

        Assert.Empty(features.Buckets);
        Assert.Equal(0, features.BucketValue);
        Assert.All(features.Dense, v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Extract_DifferentNumbers_ShareTheNumberToken()
    {
        Assert.Equal(_extractor.Extract("costs 5 dollars").Buckets, _extractor.Extract("costs 712 dollars").Buckets);
    }
}
