namespace Router.Classification.Difficulty.Training;

/// <summary>One training prompt with both models' correctness and its group (the MMLU subject, or "gsm8k").</summary>
internal sealed record LabeledPrompt(string Prompt, bool WeakCorrect, bool StrongCorrect, string Group)
{
    /// <summary>The event the score estimates: the weak model fails where the strong one succeeds.</summary>
    public bool StrongOnly => StrongCorrect && !WeakCorrect;
}
