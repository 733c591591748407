namespace Router.Classification.Difficulty;

/// <summary>
/// How alike a multiple-choice prompt's answer options are: the word-set Jaccard similarity of every pair of
/// lettered options (<c>A.</c>/<c>A)</c> lines from A on), as the mean and the largest pair. Options that share most
/// of their words ask for a fine distinction, which the small model misses more often; unlike subject vocabulary,
/// this carries to subjects the model never saw (docs/difficulty.md, third round). Zero for other prompts.
/// </summary>
internal static class OptionOverlap
{
    private static readonly char[] Separators = [' ', '\t', ',', '.', ';', ':', '(', ')'];

    public static (double Mean, double Max) Measure(string prompt)
    {
        var options = Options(prompt);
        double sum = 0, max = 0;
        var pairs = 0;
        for (var a = 0; a < options.Count; a++)
        {
            for (var b = a + 1; b < options.Count; b++)
            {
                var similarity = Jaccard(options[a], options[b]);
                sum += similarity;
                max = Math.Max(max, similarity);
                pairs++;
            }
        }

        return pairs == 0 ? (0, 0) : (sum / pairs, max);
    }

    private static List<HashSet<string>> Options(string prompt)
    {
        var options = new List<HashSet<string>>();
        var expected = 'A';
        var text = prompt.AsSpan();
        foreach (var range in text.Split('\n'))
        {
            var line = text[range].Trim();
            if (line.Length >= 2 && line[0] == expected && line[1] is '.' or ')')
            {
                expected++;
                var words = line[2..].ToString().ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
                options.Add(new HashSet<string>(words, StringComparer.Ordinal));
            }
        }

        return options;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = 0;
        foreach (var word in a)
        {
            shared += b.Contains(word) ? 1 : 0;
        }

        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : shared / (double)union;
    }
}
