using Router.Classification.Sensitivity.Detectors;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Letters standing for the digits they resemble inside a number (issue 15, fifth attack round): S for 5, B for 8, Z for
/// 2, G for 6, g and q for 9, b for 6, besides O and l ("4S26 01B1 S90B 3012", "GBZ9 NWBK …"). Unlike O and l
/// (<see cref="LooseDigits"/>), these letters are common in codes and words, so a stretch is added only where reading
/// them as digits gives a valid identifier: a card (Luhn and a known IIN range), a mainland resident ID (its check
/// character) or an IBAN (mod 97). The search jumps from digit to digit; text without a letter glued to a number
/// costs one look at each digit group's neighbours.
/// </summary>
internal static class DigitLookalikes
{
    private const int Context = 24;
    private const int MaxGroup = 19;
    private const int MaxGroups = 8;

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        Span<(int Start, int End)> groups = stackalloc (int, int)[MaxGroups];
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return;
            }
            var digit = i + at;
            var start = digit;
            while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
            {
                start--;
            }
            var end = digit;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }
            i = end;
            // Most numbers have no letter on either side and no letter group next to them: nothing to read.
            if (!HasLookalikeAround(text, start, end))
            {
                continue;
            }
            Iban(text, start, result);
            var count = Stretch(text, start, end, groups, out var stretchEnd);
            i = Math.Max(i, stretchEnd);
            if (count > 0)
            {
                Numbers(text, groups[..count], result);
            }
        }
    }

    /// <summary>Whether the token [start, end) or a group next to it (one separator away) holds a look-alike letter.</summary>
    private static bool HasLookalikeAround(string text, int start, int end)
    {
        if (text.AsSpan(start, end - start).ContainsAnyExceptInRange('0', '9') && HasLookalike(text, start, end))
        {
            return true;
        }
        return (start >= 2 && IsSeparator(text[start - 1]) && IsLookalike(text[start - 2]))
            || (end + 1 < text.Length && IsSeparator(text[end]) && IsLookalike(text[end + 1]));
    }

    private static bool HasLookalike(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (IsLookalike(text[k]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Groups of digits and look-alikes joined by single separators around the token [start, end), a word glued before
    /// the token's first digit or look-alike set aside ("card4S26…"); the count of groups (0 when the token itself is
    /// not one), and where the stretch ends.
    /// </summary>
    private static int Stretch(string text, int start, int end, Span<(int Start, int End)> groups, out int stretchEnd)
    {
        stretchEnd = end;
        var first = start;
        for (var k = end - 1; k >= start; k--)
        {
            if (!IsDigitLike(text[k]) && !(k == end - 1 && text[k] is 'X' or 'x'))
            {
                first = k + 1;
                break;
            }
        }
        if (end - first < 2 || end - first > MaxGroup)
        {
            return 0;
        }
        var count = 0;
        // Earlier groups, when the token has no glued word.
        var left = first;
        if (first == start)
        {
            while (left >= 2 && IsSeparator(text[left - 1]) && char.IsAsciiLetterOrDigit(text[left - 2]) && count < MaxGroups / 2)
            {
                var groupStart = left - 2;
                while (groupStart > 0 && char.IsAsciiLetterOrDigit(text[groupStart - 1]))
                {
                    groupStart--;
                }
                if (!AllDigitLike(text, groupStart, left - 1) || left - 1 - groupStart > MaxGroup)
                {
                    break;
                }
                left = groupStart;
                count++;
            }
        }
        // The groups in text order: the earlier ones found above, then this token, then later ones.
        var index = 0;
        for (var from = left; index < count; index++)
        {
            var groupEnd = from;
            while (char.IsAsciiLetterOrDigit(text[groupEnd]))
            {
                groupEnd++;
            }
            groups[index] = (from, groupEnd);
            from = groupEnd + 1;
        }
        groups[index++] = (first, end);
        var next = end;
        while (index < groups.Length && next + 1 < text.Length && IsSeparator(text[next]) && char.IsAsciiLetterOrDigit(text[next + 1]))
        {
            var groupEnd = next + 1;
            while (groupEnd < text.Length && char.IsAsciiLetterOrDigit(text[groupEnd]))
            {
                groupEnd++;
            }
            if (groupEnd - next - 1 > MaxGroup || !AllDigitLike(text, next + 1, groupEnd))
            {
                break;
            }
            groups[index++] = (next + 1, groupEnd);
            next = groupEnd;
        }
        stretchEnd = next;
        return index;
    }

    /// <summary>Every run of consecutive groups that reads as a valid card or resident ID with a look-alike in it is added.</summary>
    private static void Numbers(string text, ReadOnlySpan<(int Start, int End)> groups, List<SplitTokens.Joined> result)
    {
        Span<char> digits = stackalloc char[MaxGroup];
        for (var a = 0; a < groups.Length; a++)
        {
            var length = 0;
            var lookalikes = 0;
            for (var b = a; b < groups.Length; b++)
            {
                var (from, to) = groups[b];
                if (length + to - from > MaxGroup)
                {
                    break;
                }
                for (var k = from; k < to; k++)
                {
                    var c = text[k];
                    lookalikes += char.IsAsciiDigit(c) || c is 'X' or 'x' ? 0 : 1;
                    digits[length++] = Digit(c);
                }
                if (lookalikes > 0 && lookalikes * 2 <= length && Valid(digits[..length]))
                {
                    Add(text, groups.Slice(a, b - a + 1), result);
                    return;
                }
            }
        }
    }

    private static bool Valid(ReadOnlySpan<char> number)
    {
        if (number.Length == 18 && !number[..17].ContainsAnyExceptInRange('0', '9'))
        {
            return char.ToUpperInvariant(number[17]) == Checksums.Iso7064Mod11_2(number[..17]);
        }
        return number.Length is >= 13 and <= 19 && !number.ContainsAnyExceptInRange('0', '9')
            && Checksums.Luhn(number) && CardNetworks.Plausible(number);
    }

    private static void Add(string text, ReadOnlySpan<(int Start, int End)> groups, List<SplitTokens.Joined> result)
    {
        var start = groups[0].Start;
        var contextStart = ContextStart(text, start);
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        if (contextStart < start && char.IsAsciiLetterOrDigit(text[start - 1]))
        {
            joined.Add(' ', start - 1, start);
        }
        foreach (var (from, to) in groups)
        {
            for (var k = from; k < to; k++)
            {
                joined.Add(Digit(text[k]), k, k + 1);
            }
        }
        result.Add(new SplitTokens.Joined(contextStart, groups[^1].End, joined.Text, joined.Map));
    }

    /// <summary>
    /// An IBAN with look-alikes in its check digits or among the digits of its account number ("GBZ9NWBK…319Z6819"): the
    /// country code, then every look-alike next to a digit read as a digit, groups of four allowed; added when that passes mod 97.
    /// </summary>
    private static void Iban(string text, int start, List<SplitTokens.Joined> result)
    {
        if (start + 4 > text.Length || !char.IsAsciiLetterUpper(text[start]) || !char.IsAsciiLetterUpper(text[start + 1]))
        {
            return;
        }
        var length = IbanLengths.For(text.AsSpan(start, 2));
        if (length == 0)
        {
            return;
        }
        Span<char> iban = stackalloc char[IbanLengths.Max];
        Span<int> positions = stackalloc int[IbanLengths.Max];
        var count = 0;
        var i = start;
        while (count < length && i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                positions[count] = i;
                iban[count++] = c;
                i++;
            }
            else if (c is ' ' or '-' && count % 4 == 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                return;
            }
        }
        if (count < length || (i < text.Length && char.IsAsciiLetterOrDigit(text[i])))
        {
            return;
        }
        var changed = false;
        for (var k = 2; k < length; k++)
        {
            var c = iban[k];
            if (!char.IsAsciiDigit(c) && IsLookalike(c)
                && (k < 4 || (k > 0 && char.IsAsciiDigit(iban[k - 1])) || (k + 1 < length && char.IsAsciiDigit(iban[k + 1]))))
            {
                iban[k] = Digit(c);
                changed = true;
            }
        }
        if (!changed || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]) || !Checksums.IbanMod97(iban[..length]))
        {
            return;
        }
        var contextStart = ContextStart(text, start);
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        for (var k = 0; k < length; k++)
        {
            joined.Add(iban[k], positions[k], positions[k] + 1);
        }
        result.Add(new SplitTokens.Joined(contextStart, i, joined.Text, joined.Map));
    }

    private static int ContextStart(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < Context && text[from - 1] != '\n')
        {
            from--;
        }
        return from;
    }

    private static bool AllDigitLike(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsDigitLike(text[k]))
            {
                return false;
            }
        }
        return end > start;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.';

    private static bool IsDigitLike(char c) => char.IsAsciiDigit(c) || IsLookalike(c);

    private static bool IsLookalike(char c) => c is 'S' or 's' or 'B' or 'b' or 'Z' or 'z' or 'G' or 'g' or 'q' or 'O' or 'o' or 'l' or 'I';

    private static char Digit(char c) => c switch
    {
        'S' or 's' => '5',
        'B' => '8',
        'b' or 'G' => '6',
        'Z' or 'z' => '2',
        'g' or 'q' => '9',
        'O' or 'o' => '0',
        'l' or 'I' => '1',
        'x' => 'X',
        _ => c,
    };
}
