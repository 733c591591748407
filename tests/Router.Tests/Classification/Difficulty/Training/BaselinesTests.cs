using Router.Classification.Difficulty.Training;

namespace Router.Tests.Classification.Difficulty.Training;

public class BaselinesTests
{
    private static LabeledPrompt P(string group, bool weak, bool strong, string prompt = "p") => new(prompt, weak, strong, group);

    [Fact]
    public void GroupOracle_HardGroupListedLast_StillSendsItFirst()
    {
        // Target 0.95 × 4 = 3.8 with 2 right on the weak model: sending the two "hard" prompts reaches 4.
        LabeledPrompt[] prompts = [P("easy", true, true), P("easy", true, true), P("hard", false, true), P("hard", false, true)];

        Assert.Equal(0.5, Baselines.GroupOracle(prompts));
    }

    [Fact]
    public void GroupOracle_GroupWhereWeakBeatsStrong_IsSentLast()
    {
        // "odd" has the strong model wrong where the weak one is right. Target 0.95 × 3 = 2.85 with 2 right on the weak
        // model: one "hard" call reaches 3; sending "odd" first, as length does, loses a right answer.
        LabeledPrompt[] prompts = [P("odd", true, false), P("hard", false, true), P("hard", false, true), P("mid", true, true)];

        Assert.Equal(0.25, Baselines.GroupOracle(prompts));
        Assert.Equal(0.75, Baselines.Length([P("odd", true, false, "longest"), P("hard", false, true, "a"), P("hard", false, true, "b"), P("mid", true, true, "c")]));
    }

    [Fact]
    public void GroupOracle_SingleGroup_IsNull()
    {
        Assert.Null(Baselines.GroupOracle([P("gsm8k", false, true), P("gsm8k", true, true)]));
    }
}
