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

    // Multi-step word problems (the GSM8K shape, where the strong model gains most) against one-line chit-chat and
    // look-ups. Written for this test, not taken from the training data.
    private static readonly string[] HardPrompts =
    [
        "A bakery sells muffins for $3 each and cookies for $1.25 each. On Monday it sold 48 muffins and twice as many cookies, then gave away 15% of the cookies. How much money did it take in, and how many cookies were given away?",
        "Tom drives 240 km at 80 km/h, stops for 45 minutes, then drives 150 km at 60 km/h. If he left at 8:10, at what time does he arrive? Show each step.",
        "A tank holds 1,200 litres. Pipe A fills it in 6 hours, pipe B empties it in 10 hours. Starting empty with both open, after how many hours is the tank three quarters full?",
        "Maria invests $5,000 at 4% interest compounded yearly and adds $500 at the end of each year. How much does she have after 3 years, to the nearest cent?",
        "There are 5 red, 7 blue and 8 green marbles in a bag. Two are drawn without replacement. What is the probability that they have different colours? Explain your calculation.",
    ];

    private static readonly string[] EasyPrompts =
    [
        "Say hello.",
        "What colour is the sky?",
        "Translate 'thank you' into French.",
        "Give me a synonym for happy.",
        "What is the capital of Italy?",
    ];

    [Fact]
    public void Score_ShippedModel_RanksHardPromptsAboveEasyOnes()
    {
        var hard = HardPrompts.Select(Embedded.Score).ToArray();
        var easy = EasyPrompts.Select(Embedded.Score).ToArray();

        // Share of (hard, easy) pairs in the right order: 1 is perfect, 0.5 is a coin toss.
        var ordered = hard.Sum(h => easy.Count(e => h > e)) / (double)(hard.Length * easy.Length);

        Assert.True(ordered >= 0.9, $"pairs ordered {ordered:F2}; hard {string.Join(", ", hard.Select(s => s.ToString("F3")))}; easy {string.Join(", ", easy.Select(s => s.ToString("F3")))}");
        Assert.True(hard.Average() > easy.Average());
    }

    [Fact]
    public void Score_ModelGivingNaN_ReturnsNaNInsteadOfAScore()
    {
        var count = DifficultyFeatureExtractor.DenseNames.Length;
        var weights = Enumerable.Repeat(double.NaN, count).ToArray();
        var linear = new LinearModel(0, new double[count], Enumerable.Repeat(1.0, count).ToArray(), weights, new double[1 << 8], Calibration.Identity);

        Assert.True(double.IsNaN(new DifficultyScorer(new DifficultyModel(8, linear, linear)).Score("hi")));
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
