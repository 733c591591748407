namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// <see cref="LatinNames.IsLowerCaseLine"/> without reading the whole line at every call. Each call looked for the line's
/// start and end and scanned the line for a capital, so a long line of prose (a pasted page without line breaks) was read once
/// per lower-case word the name readers asked about. Here one text's current line is read once per thread: where it starts
/// and ends, where its last capital A–Z is, and where its openers (':', '"', '“') are; each call then answers from those.
/// </summary>
internal static class LowerCaseLines
{
    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static int t_start;

    [ThreadStatic]
    private static int t_end;

    [ThreadStatic]
    private static int t_lastCapital;

    [ThreadStatic]
    private static List<int>? t_openers;

    /// <summary>
    /// Whether the line around <paramref name="position"/> (from its last opener before the position on, leading white space
    /// trimmed) has no capital A–Z after its first character: exactly <see cref="LatinNames.IsLowerCaseLine"/>'s answer.
    /// </summary>
    public static bool Is(string text, int position)
    {
        var openers = t_openers ??= [];
        if (!ReferenceEquals(t_text, text) || position < t_start || position > t_end)
        {
            Read(text, position, openers);
        }
        var from = t_start;
        if (position > 0)
        {
            // The last opener before the position: the line is read from after it.
            var k = openers.BinarySearch(position);
            k = k >= 0 ? k - 1 : ~k - 1;
            if (k >= 0)
            {
                from = openers[k] + 1;
            }
        }
        while (from < t_end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }
        return t_end - from < 2 || t_lastCapital < from + 1;
    }

    // The line holding the position: it starts after the last '\n' before the position and ends at the first '\n' from the
    // position on (or the text's end), so every position from its start to that end shares it.
    private static void Read(string text, int position, List<int> openers)
    {
        t_text = null;
        var start = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        var end = text.IndexOf('\n', position);
        end = end < 0 ? text.Length : end;
        var line = text.AsSpan(start, end - start);
        var capital = line.LastIndexOfAnyInRange('A', 'Z');
        openers.Clear();
        for (var at = line.IndexOfAny(":\"“"); at >= 0;)
        {
            openers.Add(start + at);
            var next = line[(at + 1)..].IndexOfAny(":\"“");
            at = next < 0 ? -1 : at + 1 + next;
        }
        (t_start, t_end, t_lastCapital) = (start, end, capital < 0 ? -1 : start + capital);
        t_text = text;
    }
}
