namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A key or number spelled one character at a time (issue 15, eighth attack round): "A-K-I-A-X-5-…", "g h p _ 9 A G …",
/// "s.k._.l.i.v.e._.p.y…", the key's own '_', '-' or '.' spelled as one more character. The same gap (one or two of
/// '-', '.', ' ', ',', '|', '/', ':', '_', '·', or "x - y" spaced) between single characters throughout, sixteen
/// characters or more holding a digit and a letter, is joined and added after a little of the text before it for the
/// detectors to judge. Found from a digit whose neighbours are that gap: a number's digits sit next to each other, so
/// most digits cost a look at the next character.
/// </summary>
internal static class SpelledTokens
{
    private const int MinChars = 16;
    private const int MaxChars = 120;
    private const int Context = 24;

    /// <param name="plain">Try every digit instead of passing digit runs whole (tests compare the two).</param>
    public static void Find(string text, List<SplitTokens.Joined> result, bool plain = false)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return;
            }
            var digit = i + at;
            i = digit + 1;
            // A digit next to another is no spelled character (no gap after it, or none before it): the run is passed whole.
            if (!plain && i < text.Length && char.IsAsciiDigit(text[i]))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
                continue;
            }
            var gap = GapAfter(text, digit);
            if (gap == 0 || digit == 0 || !IsGapChar(text[digit - 1]))
            {
                continue;
            }
            // Back to the first character spelled with this gap, then forward over the run.
            var start = digit;
            while (start - gap - 1 >= 0 && IsElement(text[start - gap - 1]) && text.AsSpan(start - gap, gap).SequenceEqual(text.AsSpan(digit + 1, gap))
                && (start - gap - 2 < 0 || !char.IsAsciiLetterOrDigit(text[start - gap - 2]) || text[start - gap - 2] == text[digit + 1]))
            {
                start -= gap + 1;
            }
            var end = digit + 1;
            var count = 1 + ((digit - start) / (gap + 1));
            while (end + gap < text.Length && count < MaxChars && text.AsSpan(end, gap).SequenceEqual(text.AsSpan(digit + 1, gap))
                && IsElement(text[end + gap]) && (end + gap + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[end + gap + 1])))
            {
                end += gap + 1;
                count++;
            }
            i = Math.Max(i, end);
            if (count < MinChars || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])))
            {
                continue;
            }
            Add(text, start, end, gap, result);
        }
    }

    /// <summary>The length of the gap after the character at <paramref name="at"/> when one spelled character follows it, else 0.</summary>
    private static int GapAfter(string text, int at)
    {
        for (var gap = 1; gap <= 3 && at + gap + 1 < text.Length; gap++)
        {
            if (!IsGapChar(text[at + gap]))
            {
                return 0;
            }
            if (IsElement(text[at + gap + 1]) && char.IsAsciiLetterOrDigit(text[at + gap + 1])
                && (at + gap + 2 == text.Length || !char.IsAsciiLetterOrDigit(text[at + gap + 2])))
            {
                return gap;
            }
        }
        return 0;
    }

    private static bool IsGapChar(char c) => c is '-' or '.' or ' ' or ',' or '|' or '/' or ':' or '_' or '·';

    private static bool IsElement(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    private static void Add(string text, int start, int end, int gap, List<SplitTokens.Joined> result)
    {
        var joined = new MappedText();
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        joined.Copy(text, contextStart, start - contextStart);
        var letters = false;
        var digits = false;
        for (var k = start; k < end; k += gap + 1)
        {
            joined.Copy(text, k, 1);
            letters |= char.IsAsciiLetter(text[k]);
            digits |= char.IsAsciiDigit(text[k]);
        }
        if (letters && digits)
        {
            result.Add(new SplitTokens.Joined(contextStart, end, joined.Text, joined.Map));
        }
    }
}
