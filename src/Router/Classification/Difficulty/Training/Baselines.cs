namespace Router.Classification.Difficulty.Training;

/// <summary>The reference routers every model must beat: random order and "longest prompt first".</summary>
internal static class Baselines
{
    public static double Random(IReadOnlyList<LabeledPrompt> prompts, int seeds, int seed)
    {
        var rng = new Random(seed);
        var total = 0.0;
        for (var s = 0; s < seeds; s++)
        {
            var scores = prompts.Select(_ => rng.NextDouble()).ToArray();
            total += StrongShareMetric.ShareToKeep(scores, prompts);
        }

        return total / seeds;
    }

    public static double Length(IReadOnlyList<LabeledPrompt> prompts) =>
        StrongShareMetric.ShareToKeep([.. prompts.Select(p => (double)p.Prompt.Length)], prompts);
}
