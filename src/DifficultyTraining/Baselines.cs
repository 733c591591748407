namespace Router.Classification.Difficulty.Training;

/// <summary>
/// The reference routers every model is measured against: random order, "longest prompt first", and the group
/// oracle (see <see cref="GroupOracle"/>).
/// </summary>
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

    /// <summary>
    /// Scores each prompt by its own group's measured accuracy gain (strong − weak), read from the very labels it is
    /// judged on. Not a router anyone can build: it shows what a score can reach that knows a prompt's subject
    /// exactly and nothing about the prompt within it (ordering groups by gain is about the best such a score can do). Null for a single group, where it would order nothing.
    /// </summary>
    public static double? GroupOracle(IReadOnlyList<LabeledPrompt> prompts)
    {
        var gains = prompts.GroupBy(p => p.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(p => (p.StrongCorrect ? 1.0 : 0.0) - (p.WeakCorrect ? 1.0 : 0.0)), StringComparer.Ordinal);
        return gains.Count < 2 ? null : StrongShareMetric.ShareToKeep([.. prompts.Select(p => gains[p.Group])], prompts);
    }
}
