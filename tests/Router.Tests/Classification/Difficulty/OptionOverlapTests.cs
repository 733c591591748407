using Router.Classification.Difficulty;

namespace Router.Tests.Classification.Difficulty;

public sealed class OptionOverlapTests
{
    [Fact]
    public void Measure_OptionsSharingWords_MeanAndLargestPairJaccard()
    {
        // A/B share {the, cell, wall} of {the, cell, wall, thickens, thins}: 3/5. A/C and B/C share nothing.
        const string Prompt = "Which change happens first?\nA. The cell wall thickens\nB. the cell wall thins\nC) Nothing";

        var (mean, max) = OptionOverlap.Measure(Prompt);

        Assert.Equal(0.6, max, 10);
        Assert.Equal(0.2, mean, 10);
    }

    [Fact]
    public void Measure_IdenticalOptions_One()
    {
        Assert.Equal((1.0, 1.0), OptionOverlap.Measure("Pick one\nA. yes, it is\nB. Yes it is."));
    }

    [Theory]
    [InlineData("Natalia sold clips to 48 of her friends in April. How many clips did she sell?")]
    [InlineData("Only one option\nA. alone")]
    [InlineData("Letters out of order\nB. one\nA. two")]
    [InlineData("")]
    public void Measure_NoTwoLetteredOptions_Zero(string prompt)
    {
        Assert.Equal((0.0, 0.0), OptionOverlap.Measure(prompt));
    }

    [Fact]
    public void Extract_MultipleChoice_OverlapIsTheLastTwoDenseFeatures()
    {
        var features = new DifficultyFeatureExtractor(14).Extract("Q?\nA. red apple\nB. green apple\nC. red pear\nD. blue sky");

        Assert.Equal(DifficultyFeatureExtractor.DenseNames.Length, features.Dense.Length);
        Assert.Equal(["option_overlap", "option_max_overlap"], DifficultyFeatureExtractor.DenseNames[^2..]);
        Assert.Equal(OptionOverlap.Measure("Q?\nA. red apple\nB. green apple\nC. red pear\nD. blue sky"), (features.Dense[^2], features.Dense[^1]));
    }
}
