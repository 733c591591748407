namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Runs of digit groups joined by one separator each: a space (or two), '-', '.', or a line break with spaces around
/// it, which is how identifiers are split to dodge filters ("4111.1111.1111.1111", "110105-19491231-002X", a card
/// over two lines or two messages). A chain may be glued to Latin letters ("card4111…", "hello1101…"), except inside
/// hash-like hex tokens and dashed codes such as UUIDs.
/// </summary>
internal static class DigitChains
{
    /// <summary>Hex tokens this long are hashes or keys, not words glued to a number.</summary>
    private const int HashLikeLength = 20;

    /// <summary>
    /// Calls <paramref name="onChain"/> with each chain's groups (start, end) in <paramref name="groups"/>; a chain of
    /// one group is a plain run of digits. Chains are maximal: a digit group never starts right after a digit.
    /// </summary>
    public static void Find(string text, List<TextSpan> groups, Action<List<TextSpan>> onChain)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            groups.Clear();
            var end = RunEnd(text, start);
            groups.Add(new TextSpan(start, end));
            while (NextGroupStart(text, end) is var next and >= 0)
            {
                end = RunEnd(text, next);
                groups.Add(new TextSpan(next, end));
            }
            if (Standalone(text, groups, start, end))
            {
                onChain(groups);
            }
            i = end;
        }
    }

    /// <summary>
    /// Whether a candidate may start at group <paramref name="index"/> of its chain: the first group, or one after a
    /// line break (a number after "in 2023 " or an IBAN's check digits is part of what came before), unless that cuts a
    /// column of numbers one per line (readings, counts) in the middle: its lower lines are no identifier.
    /// </summary>
    public static bool MayStartAt(string text, List<TextSpan> groups, int index)
    {
        if (index == 0)
        {
            return true;
        }
        if (!BreakBefore(text, groups, index))
        {
            return false;
        }
        var column = index + 1 < groups.Count && BreakBefore(text, groups, index + 1) && OwnLine(text, groups, index - 1);
        return !column;
    }

    private static bool BreakBefore(string text, List<TextSpan> groups, int index) =>
        text.AsSpan(groups[index - 1].End, groups[index].Start - groups[index - 1].End).Contains('\n');

    /// <summary>Whether group <paramref name="index"/> starts its line (after a line break, spaces aside).</summary>
    private static bool OwnLine(string text, List<TextSpan> groups, int index)
    {
        if (index > 0)
        {
            return BreakBefore(text, groups, index);
        }
        var lineStart = text.LastIndexOf('\n', Math.Max(0, groups[0].Start - 1)) + 1;
        return groups[0].Start == 0 || text.AsSpan(lineStart, groups[0].Start - lineStart).Trim(" \t\r").IsEmpty;
    }

    /// <summary>The digits of groups[from..to] (inclusive) copied into <paramref name="target"/>; their count, or -1 if too many.</summary>
    public static int Digits(string text, List<TextSpan> groups, int from, int to, Span<char> target)
    {
        var length = 0;
        for (var g = from; g <= to; g++)
        {
            var group = text.AsSpan(groups[g].Start, groups[g].End - groups[g].Start);
            if (length + group.Length > target.Length)
            {
                return -1;
            }
            group.CopyTo(target[length..]);
            length += group.Length;
        }
        return length;
    }

    private static int RunEnd(string text, int start)
    {
        var length = text.AsSpan(start).IndexOfAnyExceptInRange('0', '9');
        return length < 0 ? text.Length : start + length;
    }

    /// <summary>Where the next group starts if one separator follows <paramref name="end"/>, else -1.</summary>
    private static int NextGroupStart(string text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] is '-' or '.')
        {
            return i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) ? i + 1 : -1;
        }
        var spaces = 0;
        var lineBreaks = 0;
        while (i < text.Length && i - end <= 6)
        {
            var c = text[i];
            if (c is ' ' or '\t')
            {
                spaces++;
            }
            else if (c == '\n')
            {
                lineBreaks++;
            }
            else if (c != '\r')
            {
                break;
            }
            i++;
        }
        var separated = lineBreaks == 1 || (lineBreaks == 0 && spaces is 1 or 2);
        return separated && i < text.Length && char.IsAsciiDigit(text[i]) ? i : -1;
    }

    /// <summary>
    /// Not part of a larger token: no '.'/'-' joining it to a word or number before ("v1.2", "INV-2024"), and when
    /// glued to letters, not inside a hash-like hex token nor a dashed code (UUIDs).
    /// </summary>
    private static bool Standalone(string text, List<TextSpan> groups, int start, int end)
    {
        if (start >= 2 && text[start - 1] is '.' or '-' && char.IsAsciiLetterOrDigit(text[start - 2]) && !Abbreviation(text, start, end))
        {
            return false;
        }
        var gluedBefore = start > 0 && char.IsAsciiLetter(text[start - 1]);
        // A lone X after the digits is a resident ID's check character, not a word.
        var gluedAfter = end < text.Length && char.IsAsciiLetter(text[end])
            && !(text[end] is 'X' or 'x' && (end + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 1])));
        if (!gluedBefore && !gluedAfter)
        {
            return true;
        }
        for (var g = 1; g < groups.Count; g++)
        {
            if (text[groups[g].Start - 1] == '-')
            {
                return false;
            }
        }
        return !(gluedBefore && HashLike(text, groups[0].Start, groups[0].End))
            && !(gluedAfter && HashLike(text, groups[^1].Start, groups[^1].End));
    }

    /// <summary>
    /// "No.3759…", "Nr.4916…" (seventh attack round): a word of two or more letters abbreviated with a dot right before a
    /// run of nine or more digits labels it; "v1.2" and "INV-2024" stay parts of one token.
    /// </summary>
    private static bool Abbreviation(string text, int start, int end)
    {
        if (text[start - 1] != '.' || end - start < 9)
        {
            return false;
        }
        var word = start - 1;
        while (word > 0 && char.IsAsciiLetter(text[word - 1]))
        {
            word--;
        }
        return start - 1 - word >= 2 && (word == 0 || !char.IsAsciiLetterOrDigit(text[word - 1]));
    }

    /// <summary>Whether the letters-and-digits token around [start, end) is a long hex string.</summary>
    public static bool HashLike(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && char.IsAsciiLetterOrDigit(text[from - 1]))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && char.IsAsciiLetterOrDigit(text[to]))
        {
            to++;
        }
        // A number that fills most of the token is a number glued to short words ("abc110105…4725def"), not a hash.
        return to - from >= HashLikeLength && !text.AsSpan(from, to - from).ContainsAnyExcept(HexChars) && (end - start) * 5 < (to - from) * 3;
    }

    private static readonly System.Buffers.SearchValues<char> HexChars = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
