using Router.Classification.Difficulty;

namespace Router.Tests.Classification.Difficulty;

public class PromptShapeTests
{
    [Fact]
    public void Parse_LetteredOptions_FindsStemAndOptions()
    {
        const string prompt = "What is 2+2?\nA. 3\nB. 4\nC) five\nD. 22\nAnswer:";

        var shape = PromptShape.Parse(prompt);

        Assert.True(shape.IsMultipleChoice);
        Assert.Equal(4, shape.OptionCount);
        Assert.Equal("What is 2+2?\n".Length, shape.StemLength);
        Assert.Equal(3, shape.NumericOptions);
        Assert.Equal((1 + 1 + 4 + 2) / 4.0, shape.MeanOptionLength);
    }

    [Fact]
    public void Parse_WordProblem_IsNotMultipleChoice()
    {
        const string prompt = "A farmer has 12 cows.\nBetty buys 3 more. How many cows are there?";

        var shape = PromptShape.Parse(prompt);

        Assert.False(shape.IsMultipleChoice);
        Assert.Equal(prompt.Length, shape.StemLength);
    }

    [Fact]
    public void Parse_LettersOutOfOrder_AreNotOptions()
    {
        var shape = PromptShape.Parse("B. first\nD. second\nAnswer:");

        Assert.False(shape.IsMultipleChoice);
    }
}
