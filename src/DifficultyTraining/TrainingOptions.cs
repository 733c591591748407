namespace Router.Classification.Difficulty.Training;

/// <summary>Hyper-parameters of the logistic fit (defaults chosen by grouped cross-validation).</summary>
internal sealed record TrainingOptions
{
    public int HashBits { get; init; } = 14;
    public double DensePenalty { get; init; } = 0.01;
    public double BucketPenalty { get; init; } = 0.1;
    public int Iterations { get; init; } = 300;
    public double LearningRate { get; init; } = 0.05;
    public TrainingTarget Target { get; init; } = TrainingTarget.Gain;
    public int Seed { get; init; } = 20240521;

    /// <summary>
    /// Exponent of the per-group sample weight 1 / size^x: 0 weighs every prompt alike, 1 every group alike,
    /// so a few large subjects do not decide what "hard" means for subjects never seen.
    /// </summary>
    public double GroupBalance { get; init; }

    /// <summary>
    /// Groups whose strong-model accuracy is below this (below chance on four options) are left out of fitting,
    /// though still scored in validation: such labels contradict the strong model's known ability.
    /// </summary>
    public double MinimumStrongAccuracy { get; init; } = 0.25;
}

/// <summary>What the logistic model is fitted to; the score is re-calibrated onto P(strong only) afterwards.</summary>
internal enum TrainingTarget
{
    /// <summary>Soft label (1 + strong − weak) / 2: its expectation orders prompts by the accuracy gained.</summary>
    Gain,

    /// <summary>Hard label: weak wrong and strong right.</summary>
    StrongOnly,

    /// <summary>Hard label: weak wrong.</summary>
    WeakWrong,
}
