using Router.Classification.Difficulty.Training;

namespace Router.Tests.Classification.Difficulty.Training;

public class StrongShareMetricTests
{
    private static LabeledPrompt P(bool weak, bool strong) => new("p", weak, strong, "g");

    [Fact]
    public void ShareToKeep_HardestFirstOrder_StopsAsSoonAsTargetReached()
    {
        // Strong is always right (target 0.95 × 4 = 3.8); weak misses the first two, so two calls are needed.
        LabeledPrompt[] prompts = [P(false, true), P(false, true), P(true, true), P(true, true)];

        Assert.Equal(0.5, StrongShareMetric.ShareToKeep([0.9, 0.8, 0.1, 0.2], prompts));
    }

    [Fact]
    public void ShareToKeep_WorstOrder_NeedsEveryPrompt()
    {
        LabeledPrompt[] prompts = [P(false, true), P(false, true), P(true, true), P(true, true)];

        Assert.Equal(1.0, StrongShareMetric.ShareToKeep([0.1, 0.2, 0.9, 0.8], prompts));
    }

    [Fact]
    public void ShareToKeep_PromptWhereOnlyWeakIsRight_SendingItCostsAccuracy()
    {
        // Strong right on 3 of 4 (target 2.85), weak right on 1. Sending the weak-only prompt first loses its
        // correct answer, so all four calls are needed instead of two.
        LabeledPrompt[] prompts = [P(true, false), P(false, true), P(false, true), P(false, true)];

        Assert.Equal(1.0, StrongShareMetric.ShareToKeep([0.9, 0.5, 0.4, 0.3], prompts));
        Assert.Equal(0.5, StrongShareMetric.ShareToKeep([0.1, 0.5, 0.4, 0.3], prompts));
    }

    [Fact]
    public void ShareToKeep_WeakAlreadyAtNinetyFivePercent_NeedsNoStrongCalls()
    {
        // 19 of 20 is exactly 95 % of 20; floating-point rounding of 0.95 × 20 must not demand one more call.
        var prompts = Enumerable.Range(0, 20).Select(i => P(i != 0, true)).ToArray();

        Assert.Equal(0.0, StrongShareMetric.ShareToKeep(new double[20], prompts));
    }

    [Fact]
    public void ShareToKeep_TiedScores_KeepInputOrder()
    {
        LabeledPrompt[] prompts = [P(true, true), P(false, true), P(true, true), P(true, true)];

        // Target 3.8: all tied, so the prompts go in input order and the weak miss is second.
        Assert.Equal(0.5, StrongShareMetric.ShareToKeep([0.5, 0.5, 0.5, 0.5], prompts));
    }

    [Fact]
    public void ShareToKeep_Empty_IsZero()
    {
        Assert.Equal(0.0, StrongShareMetric.ShareToKeep([], []));
    }

    [Fact]
    public void ShareToKeep_CountMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => StrongShareMetric.ShareToKeep([0.1], [P(true, true), P(true, true)]));
    }
}
