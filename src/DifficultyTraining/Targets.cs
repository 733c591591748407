namespace Router.Classification.Difficulty.Training;

internal static class Targets
{
    public static double For(LabeledPrompt prompt, TrainingTarget target) => target switch
    {
        TrainingTarget.Gain => (1 + (prompt.StrongCorrect ? 1 : 0) - (prompt.WeakCorrect ? 1 : 0)) / 2.0,
        TrainingTarget.StrongOnly => prompt.StrongOnly ? 1 : 0,
        TrainingTarget.WeakWrong => prompt.WeakCorrect ? 0 : 1,
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };
}
