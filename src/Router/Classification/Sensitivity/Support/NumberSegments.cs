namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Number prefixes listed as such (fourteenth pass): "手机号段133、153、180、189" lists the carriers' segments, the first three
/// digits of many numbers, so the digits joined are no phone and no card.
/// </summary>
internal static class NumberSegments
{
    private const int Reach = 8;

    /// <summary>Whether a segment word (号段, 号码段, 段号) ends shortly before <paramref name="start"/>, only a connector between.</summary>
    public static bool ListedAfter(string text, int start)
    {
        var from = Math.Max(0, start - Reach);
        var before = text.AsSpan(from, start - from).TrimEnd(" \t:：是为有包括如、,，");
        return before.EndsWith("号段", StringComparison.Ordinal) || before.EndsWith("號段", StringComparison.Ordinal)
            || before.EndsWith("段号", StringComparison.Ordinal) || before.EndsWith("号码段", StringComparison.Ordinal);
    }

    /// <summary>Drops, from what a detector found since <paramref name="from"/>, the values listed after a segment word.</summary>
    public static void Drop(string text, List<TextSpan> found, int from)
    {
        if (!text.Contains('段'))
        {
            return;
        }
        for (var i = found.Count - 1; i >= from; i--)
        {
            if (ListedAfter(text, found[i].Start))
            {
                found.RemoveAt(i);
            }
        }
    }
}
