namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Unlabelled ID shapes given as an example of a format (seventeenth pass).</summary>
internal sealed partial class NationalIdDetector
{
    /// <summary>
    /// "Do numbers like 923-81-4567 that start with 9 count as ITINs?", "ITINs have 70–88 in the middle, e.g. 981-77-2233 — is that
    /// right?": a number no label names, introduced as an example ("like", "such as", "e.g.", "for example") in a sentence that asks
    /// about or explains the format (a question, "start with", "count as", "range", "format", "valid"), is a sample of the format,
    /// no one's ID: the policy's "explanations of how identifiers work". Only unlabelled shapes are cleared: "my ITIN is …", or a
    /// number the writer calls theirs, is judged by its label as before.
    /// </summary>
    private static bool FormatExample(string text, int start, int end)
    {
        var lead = text.AsSpan(Math.Max(0, start - 24), Math.Min(24, start)).TrimEnd(" \t\"'“(:,");
        var introduced = false;
        foreach (var word in ExampleLeads)
        {
            if (lead.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (lead.Length == word.Length || !char.IsAsciiLetter(lead[lead.Length - word.Length - 1])))
            {
                introduced = true;
                break;
            }
        }
        if (!introduced)
        {
            return false;
        }
        var from = start;
        while (from > 0 && start - from < 160 && text[from - 1] is not ('\n' or '!' or '?' or '.'))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < 160 && text[to] is not ('\n' or '!' or '.'))
        {
            to++;
        }
        var sentence = text.AsSpan(from, to - from);
        if (sentence.Contains('?'))
        {
            return true;
        }
        foreach (var word in FormatWords)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ExampleLeads = ["like", "such as", "e.g.", "e.g", "eg", "for example", "for instance", "example", "examples"];

    private static readonly string[] FormatWords =
        ["start with", "starts with", "begin with", "begins with", "count as", "format", "range", "valid", "pattern", "look like", "means"];
}
