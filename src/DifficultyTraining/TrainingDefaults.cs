namespace Router.Classification.Difficulty.Training;

/// <summary>The hyper-parameters the committed model was trained with, chosen by cross-validation.</summary>
internal static class TrainingDefaults
{
    public static TrainingOptions MultipleChoice { get; } = new() { DensePenalty = 0.3, BucketPenalty = 0.01, GroupBalance = 0.5 };

    public static TrainingOptions FreeForm { get; } = new() { DensePenalty = 0.3, BucketPenalty = 0.01 };
}
