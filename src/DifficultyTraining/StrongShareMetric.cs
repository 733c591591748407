namespace Router.Classification.Difficulty.Training;

/// <summary>
/// The routing metric: sort prompts hardest first, send the top share to the strong model (its correctness
/// counts), keep the rest on the weak one (its correctness counts), and find the smallest share whose accuracy
/// reaches <c>keep</c> × the strong-only accuracy. Ties keep input order, so callers control tie-breaking.
/// </summary>
internal static class StrongShareMetric
{
    public static double ShareToKeep(IReadOnlyList<double> scores, IReadOnlyList<LabeledPrompt> prompts, double keep = 0.95)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(prompts);
        if (scores.Count != prompts.Count)
        {
            throw new ArgumentException("One score per prompt is required.", nameof(scores));
        }

        var n = prompts.Count;
        if (n == 0)
        {
            return 0;
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var target = keep * prompts.Count(p => p.StrongCorrect);
        double correct = prompts.Count(p => p.WeakCorrect);
        for (var sent = 0; sent <= n; sent++)
        {
            // Compare counts with a small tolerance: keep × count is rarely an exact binary fraction.
            if (correct >= target - 1e-9)
            {
                return sent / (double)n;
            }

            if (sent < n)
            {
                var p = prompts[order[sent]];
                correct += (p.StrongCorrect ? 1 : 0) - (p.WeakCorrect ? 1 : 0);
            }
        }

        return 1;
    }
}
