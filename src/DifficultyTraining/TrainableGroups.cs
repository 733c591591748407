namespace Router.Classification.Difficulty.Training;

/// <summary>Marks prompts whose group's labels are plausible enough to fit on (see <see cref="TrainingOptions.MinimumStrongAccuracy"/>).</summary>
internal static class TrainableGroups
{
    public static bool[] Mask(IReadOnlyList<LabeledPrompt> prompts, double minimumStrongAccuracy, Action<string> progress)
    {
        var excluded = prompts.GroupBy(p => p.Group, StringComparer.Ordinal)
            .Where(g => g.Average(p => p.StrongCorrect ? 1.0 : 0.0) < minimumStrongAccuracy)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var group in excluded.Order(StringComparer.Ordinal))
        {
            progress($"Not fitting on '{group}': strong-model accuracy below {minimumStrongAccuracy:P0}");
        }

        return [.. prompts.Select(p => !excluded.Contains(p.Group))];
    }
}
