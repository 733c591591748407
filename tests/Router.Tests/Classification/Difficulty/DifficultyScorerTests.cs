using FsCheck.Xunit;
using Router.Classification.Difficulty;

namespace Router.Tests.Classification.Difficulty;

public class DifficultyScorerTests
{
    private static readonly DifficultyScorer Embedded = new(DifficultyModelFile.LoadEmbedded());

    [Theory]
    [InlineData("")]
    [InlineData("hi")]
    [InlineData("Which of the following is NOT a prime?\nA. 2\nB. 3\nC. 9\nD. 11\nAnswer:")]
    [InlineData("Janet’s ducks lay 16 eggs per day. She eats three and sells the rest for $2 each. How much does she make?")]
    [InlineData("请计算 12 × 7 的结果，并解释步骤。")]
    public void Score_EmbeddedModel_IsWithinUnitInterval(string prompt)
    {
        var score = Embedded.Score(prompt);

        Assert.InRange(score, 0, 1);
    }

    [Property(MaxTest = 200)]
    public bool Score_AnyText_IsWithinUnitIntervalAndRepeatable(string? prompt)
    {
        var text = prompt ?? string.Empty;
        var score = Embedded.Score(text);
        return score is >= 0 and <= 1 && score == Embedded.Score(text);
    }

    [Fact]
    public void Score_VeryLongPrompt_StaysFinite()
    {
        var prompt = string.Concat(Enumerable.Repeat("Compute 123456789 * 987654321 = ? ", 20_000));

        Assert.InRange(Embedded.Score(prompt), 0, 1);
    }

    [Fact]
    public void Score_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Embedded.Score(null!));
    }

    [Fact]
    public void Score_HandBuiltModel_FollowsItsWeights()
    {
        var count = DifficultyFeatureExtractor.DenseNames.Length;
        var weights = new double[count];
        weights[Array.IndexOf(DifficultyFeatureExtractor.DenseNames, "log_chars")] = 1;
        var linear = new LinearModel(0, new double[count], Enumerable.Repeat(1.0, count).ToArray(), weights, new double[1 << 8], Calibration.Identity);
        var scorer = new DifficultyScorer(new DifficultyModel(8, linear, linear));

        Assert.True(scorer.Score(new string('x', 500)) > scorer.Score("x"));
        Assert.Equal(1 / (1 + Math.Exp(-Math.Log(2))), scorer.Score("x"), 12);
    }
}
