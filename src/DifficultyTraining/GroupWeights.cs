namespace Router.Classification.Difficulty.Training;

/// <summary>Sample weights 1 / (group size)^balance for the chosen prompt indices, normalised to mean 1.</summary>
internal static class GroupWeights
{
    public static double[] For(IReadOnlyList<int> indices, IReadOnlyList<LabeledPrompt> prompts, double balance)
    {
        var sizes = indices.GroupBy(i => prompts[i].Group, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var weights = indices.Select(i => Math.Pow(sizes[prompts[i].Group], -balance)).ToArray();
        var mean = weights.Length == 0 ? 1 : weights.Average();
        return [.. weights.Select(w => w / mean)];
    }
}
