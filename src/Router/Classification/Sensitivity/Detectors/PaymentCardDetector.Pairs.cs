using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A card number read out in pairs ("45 32 01 …", "45-32-01-…"), which the group chains leave alone (twelfth pass).</summary>
internal sealed partial class PaymentCardDetector
{
    /// <summary>
    /// Eight two-digit groups, one separator throughout (a space or a dash), nothing digit-like on either side: a 16-digit
    /// card dictated two digits at a time. Pairs are also how draws, scores and times are listed, so the sixteen digits
    /// count only when they pass the IIN-and-Luhn test (and are not eight rising pairs, a sorted draw) or when the text calls
    /// them a card, and never beside draw or score words.
    /// </summary>
    private static void AddPairs(string text, List<TextSpan> found)
    {
        if (!HasEightPairs(text))
        {
            return;
        }
        Span<char> digits = stackalloc char[16];
        foreach (var match in Pairs().EnumerateMatches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (found.Exists(f => f.Overlaps(span)))
            {
                continue;
            }
            var length = 0;
            foreach (var c in text.AsSpan(match.Index, match.Length))
            {
                if (char.IsAsciiDigit(c))
                {
                    digits[length++] = c;
                }
            }
            // A bingo card, a score sheet: draw words beside the pairs say what they are, even where "card" is said.
            if (DrawWords.Any(Window(text, span)))
            {
                continue;
            }
            if ((ValidCard(text, match.Index, digits) && !Rising(digits)) || CalledACard(text, span.Start, span.End, digits))
            {
                found.Add(span);
            }
        }
    }

    /// <summary>
    /// Whether the text holds eight runs of exactly two ASCII digits in a row, each after the one before and one separator, the same
    /// space or dash throughout: what every <see cref="Pairs"/> match is made of (its look-arounds only narrow it). A scan of the
    /// digit runs, so that the regex, which tries every digit, runs only on texts that can hold a match.
    /// </summary>
    internal static bool HasEightPairs(ReadOnlySpan<char> text)
    {
        var count = 0;
        var separator = '\0';
        var previousEnd = -1;
        for (var at = text.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            var end = text[at..].IndexOfAnyExceptInRange('0', '9') is var length and >= 0 ? at + length : text.Length;
            if (end - at != 2)
            {
                count = 0;
            }
            else if (count > 0 && at == previousEnd + 1 && text[previousEnd] is ' ' or '-')
            {
                // Another separator than the chain's starts a new chain at the pair before it.
                count = count == 1 || text[previousEnd] == separator ? count + 1 : 2;
                separator = text[previousEnd];
                if (count == 8)
                {
                    return true;
                }
            }
            else
            {
                count = 1;
            }
            previousEnd = end;
            at = end < text.Length && text[end..].IndexOfAnyInRange('0', '9') is var skip and >= 0 ? end + skip : -1;
        }
        return false;
    }

    /// <summary>"bingo card 07 19 28 …": a number of one- and two-digit groups only, beside draw or score words.</summary>
    private static bool DrawPairs(string text, TextSpan span)
    {
        var run = 0;
        foreach (var c in text.AsSpan(span.Start, span.End - span.Start))
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run > 2)
            {
                return false;
            }
        }
        return DrawWords.Any(Window(text, span));
    }

    // Eight pairs each larger than the one before: a sorted draw or a list of counts, not a card.
    private static bool Rising(ReadOnlySpan<char> digits)
    {
        for (var i = 2; i < digits.Length; i += 2)
        {
            if (((digits[i] - '0') * 10) + digits[i + 1] - '0' <= ((digits[i - 2] - '0') * 10) + digits[i - 1] - '0')
            {
                return false;
            }
        }
        return true;
    }

    private static ReadOnlySpan<char> Window(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - 60);
        var to = Math.Min(text.Length, span.End + 30);
        return text.AsSpan(from, to - from);
    }

    private static readonly CueSet DrawWords = new(
        "lotto", "lottery", "draw", "draws", "drawn", "powerball", "bingo", "jackpot", "bonus ball", "score", "scores", "results", "彩票", "开奖", "号码", "比分");

    // Not one half of a hex dump's line ("00000000  7f 45 4c 46 …"): no standalone two-character hex group just before or after.
    [GeneratedRegex(@"(?<![0-9A-Za-z.,:/+-])(?<!(?:^|[^0-9A-Za-z])[0-9A-Fa-f]{2}[ -]{1,2})[0-9]{2}(?<s>[ -])[0-9]{2}(?:\k<s>[0-9]{2}){6}(?![0-9A-Za-z]|[ .,:/-][0-9]|[ -]{1,2}[0-9A-Fa-f]{2}(?![0-9A-Za-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex Pairs();
}
