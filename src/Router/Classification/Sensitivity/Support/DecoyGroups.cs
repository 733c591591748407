using Router.Classification.Sensitivity.Detectors;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A card's four printed groups among four-digit decoys (issue 15, eighth attack round): interleaved ("card 4716 2024
/// 7858 1999 7187 …", every other group) or before and after it ("card 2024 1999 4716 7858 7187 0963"). Where a card
/// label stands just before a chain of five to ten four-digit groups parted the same way throughout (a space, '-', '|',
/// ',', '/' or ';', spaced or not), every four groups in a row and every other group are tried, and those that pass Luhn
/// in a card network's range are added after the label. Without a label only the first and the last four groups of a
/// chain of six or more are tried (two decoys or more before or after the card): tables of four-digit figures would
/// pass some of the other tries by chance (about one try in thirty), and one group before is prose ("in 2019 6011…").
/// The chain is read from each digit run; most are not five groups long, which costs a look at the next few characters.
/// </summary>
internal static class DecoyGroups
{
    private const int MinGroups = 5;
    private const int MaxGroups = 10;
    private const int Context = 24;

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        Span<int> starts = stackalloc int[MaxGroups];
        Span<char> digits = stackalloc char[16];
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            var count = Chain(text, start, starts, out var end);
            i = Math.Max(end, start + 1);
            if (count < MinGroups || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }
            var added = new List<string>();
            if (LabelContext.CardLabels.NearestEnd(text, Math.Max(0, start - LabelContext.Window), start) < 0)
            {
                // Unlabelled, only two decoys or more before or after the card ("see 2024 1999 4716 …"): one group is
                // read as prose ("in 2019 6011 …" is a year and a number).
                if (count >= MinGroups + 1)
                {
                    Try(text, starts, [0, 1, 2, 3], digits, added, result);
                    Try(text, starts, [count - 4, count - 3, count - 2, count - 1], digits, added, result);
                }
                continue;
            }
            // Four groups in a row, then every other group from the first or the second.
            for (var first = 0; first + 3 < count; first++)
            {
                Try(text, starts, [first, first + 1, first + 2, first + 3], digits, added, result);
            }
            for (var first = 0; first + 6 < count; first++)
            {
                Try(text, starts, [first, first + 2, first + 4, first + 6], digits, added, result);
            }
        }
    }

    /// <summary>
    /// The four-digit groups of the chain at <paramref name="start"/> (their starts in <paramref name="starts"/>): their
    /// count, with <paramref name="end"/> after the last one read.
    /// </summary>
    private static int Chain(string text, int start, Span<int> starts, out int end)
    {
        end = start;
        if (!Group(text, start))
        {
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            return 0;
        }
        var count = 0;
        ReadOnlySpan<char> separator = default;
        var pos = start;
        while (count < MaxGroups && Group(text, pos))
        {
            starts[count++] = pos;
            end = pos + 4;
            var gap = end;
            while (gap < text.Length && gap - end < 3 && text[gap] is ' ' or '-' or '|' or ',' or '/' or ';')
            {
                gap++;
            }
            if (gap == end || (count > 1 && !text.AsSpan(end, gap - end).SequenceEqual(separator)))
            {
                break;
            }
            separator = text.AsSpan(end, gap - end);
            pos = gap;
        }
        return count;
    }

    /// <summary>Exactly four digits at <paramref name="at"/>, not glued to a letter or digit after them.</summary>
    private static bool Group(string text, int at) =>
        at + 4 <= text.Length && !text.AsSpan(at, 4).ContainsAnyExceptInRange('0', '9')
        && (at + 4 == text.Length || !char.IsLetterOrDigit(text[at + 4]));

    private static void Try(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> groups, Span<char> digits, List<string> added, List<SplitTokens.Joined> result)
    {
        for (var g = 0; g < groups.Length; g++)
        {
            text.AsSpan(starts[groups[g]], 4).CopyTo(digits[(4 * g)..]);
        }
        if (!Checksums.Luhn(digits) || !CardNetworks.Plausible(digits) || LooseDigits.Counting(digits) || added.Contains(digits.ToString()))
        {
            return;
        }
        added.Add(digits.ToString());
        var chainStart = starts[0];
        var contextStart = chainStart;
        while (contextStart > 0 && chainStart - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, chainStart - contextStart);
        foreach (var g in groups)
        {
            joined.Copy(text, starts[g], 4);
            joined.Add(' ', starts[g] + 3, starts[g] + 4);
        }
        joined.TrimEnd(' ');
        result.Add(new SplitTokens.Joined(contextStart, starts[groups[^1]] + 4, joined.Text, joined.Map));
    }
}
