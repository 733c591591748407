namespace Router.Classification.Difficulty.Training;

/// <summary>Seeded fold assignments: grouped (whole groups stay together) or plain k-fold.</summary>
internal static class Folds
{
    public static int[] Grouped(IReadOnlyList<LabeledPrompt> prompts, int folds, int seed)
    {
        var groups = prompts.Select(p => p.Group).Distinct().Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(groups);
        var foldOf = groups.Select((g, i) => (g, i % folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
        return [.. prompts.Select(p => foldOf[p.Group])];
    }

    public static int[] Plain(int count, int folds, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var result = new int[count];
        for (var i = 0; i < count; i++)
        {
            result[order[i]] = i % folds;
        }

        return result;
    }
}
