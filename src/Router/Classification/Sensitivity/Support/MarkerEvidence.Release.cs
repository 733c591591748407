namespace Router.Classification.Sensitivity.Support;

/// <summary>A level heading a ban on releasing the text (fourteenth pass).</summary>
internal static partial class MarkerEvidence
{
    /// <summary>
    /// "Sensitive – not for external release", "Commercially sensitive: not to be released before the results call",
    /// "SENSITIVE / do not release outside the company": a level that heads its line or sentence, then, in the same clause,
    /// a ban on releasing what follows. The level with a release ban is this text's handling instruction; a level that is
    /// a sentence's predicate ("my teeth are sensitive - not sure whether to release …") or asked about is not.
    /// </summary>
    private static bool ReleaseBanFollows(string text, int start, int end)
    {
        if (!OpensHeading(text, start))
        {
            return false;
        }
        var after = text.AsSpan(end, Math.Min(80, text.Length - end));
        if (after.Length == 0 || !(after[0] is ',' or ';' or ':' or '.' or ' ' or '–' or '—' or '-' or '/' or '|' or '('))
        {
            return false;
        }
        var clause = after.TrimStart(" ,;:.–—-/|(");
        var stop = clause.IndexOfAny("?？\n");
        if (stop >= 0 && clause[stop] is '?' or '？')
        {
            return false;
        }
        foreach (var ban in ReleaseBans)
        {
            if (clause.StartsWith(ban, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ReleaseBans =
    [
        "not for release", "not for external release", "not for public release", "not for general release", "not for wider release",
        "not to be released", "do not release", "don't release", "not for onward release", "no external release", "no public release",
    ];

    // Levels that are everyday words: they label a text only in the forms LabelsDocument lists for them.
    private static bool IsCommonLevelWord(ReadOnlySpan<char> word) =>
        word.Equals("internal", StringComparison.OrdinalIgnoreCase) || word.Equals("secret", StringComparison.OrdinalIgnoreCase)
        || word.Equals("sensitive", StringComparison.OrdinalIgnoreCase) || word.Equals("embargo", StringComparison.OrdinalIgnoreCase)
        || word.SequenceEqual("禁发");
}
