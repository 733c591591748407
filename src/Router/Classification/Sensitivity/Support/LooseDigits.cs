using System.Buffers;
using System.Globalization;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The digits of one identifier scattered by what a reader skips over (issue 15, fourth attack round): a separator
/// after every digit ("4-5-3-9…", "4.5.3.9…"), mixed separators ("2720.8854_2143/0447"), separators no chain reads
/// ("4539•1488", "4539−1488", "4539⋅1488"), the cells of a JSON, Python or HTML array or table
/// ("[\"4539\", \"1488\", …]", "&lt;td&gt;4539&lt;/td&gt;&lt;td&gt;1488…"), and letters standing for digits inside a number ("1O68 4O38",
/// "l488": O, o and their Cyrillic and Greek twins for 0; l and I for 1). Such a stretch's digits, after a little of
/// the text before it (labels), are added as one number for the detectors to judge. Digit groups joined by one
/// space, '-', '.' or a line break are <see cref="DigitChains"/>' already and are left alone; so are thousands
/// ("4,539,148,803") and lists of short numbers ("12, 15, 20, 18…": inner groups need 3+ digits unless every group
/// is one digit or there are only three).
/// </summary>
internal static class LooseDigits
{
    private const int MinDigits = 7;
    private const int MaxDigits = 34;
    private const int MaxGap = 14;
    private const int MaxTag = 10;
    private const int MaxKey = 12;
    private const int Context = 24;

    private static readonly SearchValues<char> GapChars = SearchValues.Create(" \t-._/,\"'[]()+|\\*~;:•·⋅∙−‧・･，、；／＿\r\n");

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var groups = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return;
            }
            var digit = i + at;
            if (InObjectKey(text, digit))
            {
                i = digit + 1;
                continue;
            }
            var start = digit;
            while (start > i && IsConfusable(text[start - 1]))
            {
                start--;
            }
            // Letters glued before stay a word ("Vol1…"), not a digit.
            if (start < digit && start > 0 && char.IsLetter(text[start - 1]))
            {
                start = digit;
            }
            var end = Stretch(text, start, groups, out var loose);
            if (Emit(groups, loose) is >= MinDigits and <= MaxDigits)
            {
                Add(text, groups, result);
                if (loose)
                {
                    Decoys(text, groups, result);
                }
            }
            else if (ThousandsCard(text, groups))
            {
                Add(text, groups, result);
            }
            else if (!loose && groups.Count is >= 2 and <= 7)
            {
                ChainDecoys(text, groups, result);
            }
            var runEnd = digit;
            while (runEnd < text.Length && char.IsAsciiDigit(text[runEnd]))
            {
                runEnd++;
            }
            if (runEnd + 1 < text.Length && char.IsAsciiLetter(text[runEnd]) && char.IsAsciiDigit(text[runEnd + 1])
                && !(digit > 1 && char.IsAsciiLetter(text[digit - 1]) && char.IsAsciiDigit(text[digit - 2])))
            {
                LetterParted(text, digit, groups, result);
            }
            i = Math.Max(end, runEnd);
        }
    }

    /// <summary>Reads groups and gaps from <paramref name="start"/>; returns the end of the last group.</summary>
    private static int Stretch(string text, int start, List<(int Start, int End)> groups, out bool loose)
    {
        groups.Clear();
        loose = false;
        var confusable = false;
        var mixed = false;
        ReadOnlySpan<char> firstGap = default;
        var extendedSeen = false;
        var firstRaw = 0;
        var firstRawLength = 0;
        var pos = start;
        var end = start;
        while (true)
        {
            var groupEnd = GroupEnd(text, pos, out var hasConfusable);
            if (groupEnd < 0)
            {
                break;
            }
            groups.Add((pos, groupEnd));
            confusable |= hasConfusable;
            end = groupEnd;
            var gapEnd = GapEnd(text, groupEnd, out var extended);
            if (gapEnd < 0 || gapEnd >= text.Length)
            {
                break;
            }
            var gap = text.AsSpan(groupEnd, gapEnd - groupEnd);
            // A symbol only this round reads as a gap ('=', '$', '#', '»«'…) must part every group the same way: mixed
            // operators are arithmetic ("$1300 + $130 = $1430"), and the stretch ends before them.
            if (extended || extendedSeen)
            {
                if (groups.Count == 1)
                {
                    firstRaw = groupEnd;
                    firstRawLength = gapEnd - groupEnd;
                }
                else if (!gap.SequenceEqual(text.AsSpan(firstRaw, firstRawLength)))
                {
                    break;
                }
                extendedSeen = true;
            }
            var trimmed = gap.Trim(' ');
            if (groups.Count == 1)
            {
                firstGap = trimmed;
            }
            else if (!trimmed.SequenceEqual(firstGap))
            {
                mixed = true;
            }
            // One space, '-', '.' or line break is a chain's own separator; anything else is loose.
            loose |= !(gap.Length == 1 && gap[0] is ' ' or '-' or '.' or '\n');
            pos = gapEnd;
        }
        // Two amounts with a symbol between ("$1200 $3400") are no value cut apart; three or more parts are.
        if (extendedSeen && groups.Count < 3)
        {
            groups.RemoveRange(1, groups.Count - 1);
            end = groups[0].End;
            loose = false;
            mixed = false;
        }
        // Thousands ("4,539,148,803", "1'234'567") are an amount, not a number cut apart.
        if (!confusable && !mixed && groups.Count > 1 && firstGap is [',' or '\''] && Thousands(groups))
        {
            loose = false;
        }
        loose |= confusable || mixed;
        return end;
    }

    /// <summary>
    /// A card written as an amount ("4,539,148,803,436,467", "4.539.148.803.436.467", "4 539 148 803 436 467"): thousands
    /// groups with one separator throughout whose 13–19 digits pass Luhn in a card network's range. No amount is that
    /// large, so nothing else of that shape is read.
    /// </summary>
    private static bool ThousandsCard(string text, List<(int Start, int End)> groups)
    {
        if (groups.Count < 5 || !Thousands(groups))
        {
            return false;
        }
        var separator = text[groups[0].End];
        Span<char> digits = stackalloc char[19];
        var length = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var (from, to) = groups[g];
            if ((g > 0 && (from - groups[g - 1].End != 1 || text[from - 1] != separator)) || length + to - from > digits.Length
                || text.AsSpan(from, to - from).ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
            text.AsSpan(from, to - from).CopyTo(digits[length..]);
            length += to - from;
        }
        return separator is ',' or '.' or ' ' or '\'' && length >= 13 && Checksums.Luhn(digits[..length])
            && Detectors.CardNetworks.Plausible(digits[..length]);
    }

    /// <summary>
    /// A card or resident ID in its printed groups (4-4-4-4, 4-4-4-4-3, 4-6-5, 6-8-4) among one or two decoy cells at
    /// either end ("| 4539 | 1488 | 0343 | 6467 | 77 |"): the stretch as a whole reads as no identifier, so the groups
    /// that do are added on their own when their check digit holds.
    /// </summary>
    private static void Decoys(string text, List<(int Start, int End)> groups, List<SplitTokens.Joined> result)
    {
        if (groups.Count is < 4 or > 7)
        {
            return;
        }
        Span<char> digits = stackalloc char[19];
        for (var first = 0; first <= 2 && first < groups.Count; first++)
        {
            for (var last = groups.Count - 1; last >= groups.Count - 3 && last > first; last--)
            {
                if ((first == 0 && last == groups.Count - 1) || !PrintedGroups(groups, first, last))
                {
                    continue;
                }
                var length = 0;
                for (var g = first; g <= last; g++)
                {
                    foreach (var c in text.AsSpan(groups[g].Start, groups[g].End - groups[g].Start))
                    {
                        digits[length++] = char.IsAsciiDigit(c) || c is 'X' or 'x' ? char.ToUpperInvariant(c) : ConfusableDigit(c);
                    }
                }
                if (ValidIdentifier(digits[..length]))
                {
                    Add(text, groups.GetRange(first, last - first + 1), result);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// A card or resident ID behind or before one or two decoy groups of one or two digits in a chain a reader splits at
    /// the spaces ("see 7 4532 1488 0343 6467", "ref 81 110105194912310021", "4532148803436467 12"): the detectors read a chain from
    /// its first group, so the number whose check holds is added on its own — one whole group of 12–19 digits or the
    /// printed groups — with the text before the chain as its label context.
    /// </summary>
    private static void ChainDecoys(string text, List<(int Start, int End)> groups, List<SplitTokens.Joined> result)
    {
        // Only groups a reader sets apart by spaces: "6.666666666666667" is a decimal, "2024-05-06" a date.
        for (var g = 1; g < groups.Count; g++)
        {
            if (groups[g].Start - groups[g - 1].End != 1 || text[groups[g - 1].End] != ' ')
            {
                return;
            }
        }
        Span<char> digits = stackalloc char[19];
        for (var first = 0; first <= 2 && first < groups.Count; first++)
        {
            for (var last = groups.Count - 1; last >= groups.Count - 3 && last >= first; last--)
            {
                if ((first == 0 && last == groups.Count - 1) || !DecoysShort(text, groups, first, last))
                {
                    continue;
                }
                var single = first == last && groups[first].End - groups[first].Start is >= 12 and <= 19;
                if (!single && !PrintedGroups(groups, first, last))
                {
                    continue;
                }
                var length = 0;
                for (var g = first; g <= last && length >= 0; g++)
                {
                    var group = text.AsSpan(groups[g].Start, groups[g].End - groups[g].Start);
                    if (length + group.Length > digits.Length)
                    {
                        length = -1;
                        break;
                    }
                    foreach (var c in group)
                    {
                        digits[length++] = char.ToUpperInvariant(c);
                    }
                }
                if (length > 0 && ValidIdentifier(digits[..length]))
                {
                    AddAlone(text, groups[0].Start, groups.GetRange(first, last - first + 1), result);
                    return;
                }
            }
        }
    }

    /// <summary>
    /// The groups left out around [first, last] are decoys: one or two digits standing alone. A year ("in 2019 6011…") or
    /// an IBAN's check digits glued to its country code ("DE96 6182 …") are part of what they stand in.
    /// </summary>
    private static bool DecoysShort(string text, List<(int Start, int End)> groups, int first, int last)
    {
        for (var g = 0; g < groups.Count; g++)
        {
            var (start, end) = groups[g];
            if ((g < first || g > last)
                && (end - start > 2 || (start > 0 && char.IsLetter(text[start - 1])) || (end < text.Length && char.IsLetter(text[end]))))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Like <see cref="Add"/>, with the context cut where the chain starts, so no decoy digit joins the copy.</summary>
    private static void AddAlone(string text, int chainStart, List<(int Start, int End)> groups, List<SplitTokens.Joined> result)
    {
        var contextStart = chainStart;
        while (contextStart > 0 && chainStart - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, chainStart - contextStart);
        foreach (var (from, to) in groups)
        {
            for (var k = from; k < to; k++)
            {
                joined.Add(text[k], k, k + 1);
            }
        }
        result.Add(new SplitTokens.Joined(contextStart, groups[^1].End, joined.Text, joined.Map));
    }

    private static bool PrintedGroups(List<(int Start, int End)> groups, int first, int last)
    {
        Span<int> lengths = stackalloc int[5];
        var count = last - first + 1;
        if (count is < 3 or > 5)
        {
            return false;
        }
        for (var g = 0; g < count; g++)
        {
            lengths[g] = groups[first + g].End - groups[first + g].Start;
        }
        return lengths[..count] switch
        {
            [4, 4, 4, 4] or [4, 4, 4, 4, 3] or [4, 6, 5] or [6, 8, 4] => true,
            _ => false,
        };
    }

    private static bool ValidIdentifier(ReadOnlySpan<char> number) =>
        number.Length == 18 && !number[..17].ContainsAnyExceptInRange('0', '9')
            ? number[17] == Checksums.Iso7064Mod11_2(number[..17])
            : !number.ContainsAnyExceptInRange('0', '9') && Checksums.Luhn(number) && Detectors.CardNetworks.Plausible(number);

    private static bool Thousands(List<(int Start, int End)> groups)
    {
        if (groups[0].End - groups[0].Start > 3)
        {
            return false;
        }
        for (var g = 1; g < groups.Count; g++)
        {
            if (groups[g].End - groups[g].Start != 3)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The number of digits the groups hold when they look like one identifier cut apart (loosely, or one digit at a
    /// time by a chain's own separator: "4-5-3-9-…"), else 0.
    /// </summary>
    private static int Emit(List<(int Start, int End)> groups, bool loose)
    {
        if (groups.Count == 0 || (groups.Count == 1 && !loose))
        {
            return 0;
        }
        var digits = 0;
        var allSingle = true;
        var innerShort = false;
        for (var g = 0; g < groups.Count; g++)
        {
            var length = groups[g].End - groups[g].Start;
            digits += length;
            allSingle &= length <= 1 || (g == groups.Count - 1 && length == 2);
            innerShort |= g > 0 && g < groups.Count - 1 && length < 3;
        }
        if (!loose)
        {
            return allSingle && groups.Count >= MinDigits ? digits : 0;
        }
        return allSingle || !innerShort || groups.Count <= 3 ? digits : 0;
    }

    /// <summary>The end of a group of digits and confusable letters at <paramref name="at"/> (a final X allowed), or -1.</summary>
    private static int GroupEnd(string text, int at, out bool hasConfusable)
    {
        hasConfusable = false;
        var digits = 0;
        var letters = 0;
        var end = at;
        while (end < text.Length)
        {
            if (char.IsAsciiDigit(text[end]))
            {
                digits++;
            }
            else if (IsConfusable(text[end]))
            {
                letters++;
            }
            else
            {
                break;
            }
            end++;
        }
        if (end < text.Length && text[end] is 'X' or 'x' && digits > 0 && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
        {
            end++;
        }
        // A group glued to a word ("1O68abc") or more letter than digit is no number.
        if (digits == 0 || letters > digits || (end < text.Length && char.IsLetter(text[end])))
        {
            return -1;
        }
        hasConfusable = letters > 0;
        return end;
    }

    /// <summary>The end of a gap of skippable characters and inline tags after a group, or -1.</summary>
    private static int GapEnd(string text, int at, out bool extended)
    {
        extended = false;
        var end = at;
        var breaks = 0;
        var structured = false;
        var keys = 0;
        while (end < text.Length && end - at - keys <= MaxGap)
        {
            var c = text[end];
            if (c == '<' && TagEnd(text, end) is > 0 and var tag)
            {
                end = tag;
                structured = true;
                continue;
            }
            if (c == '"' && ObjectKeyEnd(text, end) is > 0 and var key)
            {
                // A key's name is not counted in the gap: "part2" is as short a break as "p2".
                keys += key - end;
                end = key;
                structured = true;
                continue;
            }
            // A symbol beyond the BMP (emoji: "5425💳0173💳…") is a gap like any other symbol.
            if (char.IsHighSurrogate(c) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1])
                && CharUnicodeInfo.GetUnicodeCategory(text, end) is >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherSymbol)
            {
                extended = true;
                end += 2;
                continue;
            }
            if (!IsGap(c))
            {
                break;
            }
            extended |= !GapChars.Contains(c);
            // A list item's bullet on the next line ("- 4539\n- 1488") sets the parts apart like cells do.
            structured |= c is '"' or '\'' or ',' or '|' || (end > at && text[end - 1] == '\n' && c is '-' or '*' or '+' or '•' or '·');
            breaks += c == '\n' ? 1 : 0;
            end++;
        }
        if (end == at || end - at - keys > MaxGap || (breaks > 0 && !structured) || breaks > 2 || end >= text.Length)
        {
            return -1;
        }
        return char.IsAsciiDigit(text[end]) || (IsConfusable(text[end]) && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])) ? end : -1;
    }

    /// <summary>
    /// A gap character: the listed ones, and any other punctuation or symbol (sixth attack round: "4532#5055", "9792‿6200",
    /// "2511»«8577", "6500●1381", "2203⁄9145", "4532&amp;5055" — a reader skips them all). Letters, digits and '&lt;' (tags,
    /// read above) are not gaps.
    /// </summary>
    private static bool IsGap(char c) =>
        GapChars.Contains(c)
        || (c < 0x80 ? c is '#' or '^' or '=' or '@' or '!' or '?' or '$' or '%' or '&' or '`' or '>' or '{' or '}'
            : char.GetUnicodeCategory(c) is >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherSymbol);

    /// <summary>
    /// Digit groups parted by one ASCII letter repeated between every group ("4916x1956x0462x0503", "4o9o2o9o…"; seventh
    /// attack round): four or more groups of up to six digits, 12–19 digits in all, the last not glued to a word. The
    /// detectors judge the digits (Luhn and a network's range, a resident ID's check), so sizes ("1920x1080") and
    /// hex-like words add nothing.
    /// </summary>
    private static void LetterParted(string text, int start, List<(int Start, int End)> groups, List<SplitTokens.Joined> result)
    {
        groups.Clear();
        var separator = '\0';
        var digits = 0;
        var pos = start;
        while (true)
        {
            var end = pos;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            if (end - pos is 0 or > 6)
            {
                return;
            }
            groups.Add((pos, end));
            digits += end - pos;
            if (end + 1 >= text.Length || !char.IsAsciiLetter(text[end]) || !char.IsAsciiDigit(text[end + 1])
                || (separator != '\0' && text[end] != separator))
            {
                if (groups.Count >= 4 && digits is >= 12 and <= 19 && (end == text.Length || !char.IsAsciiLetterOrDigit(text[end])))
                {
                    Add(text, groups, result);
                }
                return;
            }
            separator = text[end];
            pos = end + 1;
        }
    }

    /// <summary>The digit ends a quoted object key glued to its letters ("\"p1\": …"): a name, not a group.</summary>
    private static bool InObjectKey(string text, int digit)
    {
        if (digit == 0 || !char.IsAsciiLetter(text[digit - 1]))
        {
            return false;
        }
        var end = digit;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        return end + 1 < text.Length && text[end] == '"' && (text[end + 1] == ':' || (text[end + 1] == ' ' && end + 2 < text.Length && text[end + 2] == ':'));
    }

    /// <summary>
    /// The end of a short quoted object key and its colon ("\"p2\": ", "\"part_2\":"), so the values of a JSON object
    /// read like the cells of an array; or 0.
    /// </summary>
    private static int ObjectKeyEnd(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && end - at <= MaxKey && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
        {
            end++;
        }
        if (end == at + 1 || end >= text.Length || text[end] != '"')
        {
            return 0;
        }
        end++;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        if (end >= text.Length || text[end] != ':')
        {
            return 0;
        }
        end++;
        while (end < text.Length && text[end] is ' ' or '"')
        {
            end++;
        }
        return end;
    }

    /// <summary>The end of a short tag ("&lt;td&gt;", "&lt;/b&gt;", "&lt;br/&gt;") at <paramref name="at"/>, or 0.</summary>
    private static int TagEnd(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && end - at <= MaxTag && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '/' or ' '))
        {
            end++;
        }
        return end < text.Length && text[end] == '>' && end > at + 1 ? end + 1 : 0;
    }

    private static void Add(string text, List<(int Start, int End)> groups, List<SplitTokens.Joined> result)
    {
        var start = groups[0].Start;
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        if (contextStart < start && char.IsAsciiDigit(text[start - 1]))
        {
            joined.Add(' ', start - 1, start);
        }
        foreach (var (from, to) in groups)
        {
            for (var k = from; k < to; k++)
            {
                var c = text[k];
                joined.Add(char.IsAsciiDigit(c) || c is 'X' or 'x' ? c : ConfusableDigit(c), k, k + 1);
            }
        }
        var digits = 0;
        foreach (var (from, to) in groups)
        {
            digits += to - from;
        }
        if (!Counting(joined.Tail(digits)))
        {
            result.Add(new SplitTokens.Joined(contextStart, groups[^1].End, joined.Text, joined.Map));
        }
    }

    /// <summary>Counting, not a number: a straight run up or down ("1 2 3 / 4 5 6 / 7 8 9 / * 0") or one or two distinct digits.</summary>
    internal static bool Counting(ReadOnlySpan<char> digits)
    {
        var up = true;
        var down = true;
        var first = digits[0];
        var other = '\0';
        var distinct = 1;
        for (var i = 1; i < digits.Length; i++)
        {
            up &= digits[i] == (digits[i - 1] == '9' ? '0' : (char)(digits[i - 1] + 1));
            down &= digits[i - 1] == (digits[i] == '9' ? '0' : (char)(digits[i] + 1));
            if (digits[i] != first && digits[i] != other)
            {
                distinct += other == '\0' ? 1 : 2;
                other = other == '\0' ? digits[i] : other;
            }
        }
        return up || down || distinct <= 2;
    }

    private static bool IsConfusable(char c) => c is 'O' or 'o' or 'l' or 'I' or '\u041E' or '\u043E' or '\u039F' or '\u03BF' or '\u0399' or '\u0406' or '\u04C0' or '\u04CF';

    private static char ConfusableDigit(char c) => c is 'l' or 'I' or '\u0399' or '\u0406' or '\u04C0' or '\u04CF' ? '1' : '0';
}
