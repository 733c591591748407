using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Money amounts in Latin text that the cue sets cannot find as words (thirteenth pass, issue 15): a currency sign before or
/// after digits ("£90", "₦25,000", "₱1,500", "1 200 €"), the South African rand's "R" glued to an amount ("R1,240", "R 980"),
/// and the rupiah's and Kenyan shilling's codes glued to one ("Rp500.000", "KSh2,000"). Church tithes, club dues, savings
/// circles and shared bills are written this way in the countries that use these currencies.
/// </summary>
internal static class CurrencyAmounts
{
    private static readonly SearchValues<char> Signs = SearchValues.Create("£€₹₦₱₵₺₴₫₩");

    private static readonly SearchValues<string> GluedCodes = SearchValues.Create(["Rp", "KSh", "Ksh"], StringComparison.Ordinal);

    /// <summary>Whether <paramref name="c"/> is one of the currency signs other than the dollar's.</summary>
    public static bool IsSign(char c) => Signs.Contains(c);

    /// <summary>Whether the text holds a currency sign, a rand amount or a code glued to digits (cheap: vectorised searches).</summary>
    public static bool Has(string text)
    {
        var span = text.AsSpan();
        return span.IndexOfAny(Signs) >= 0 || NextRand(text, 0) >= 0 || NextGlued(text, 0) >= 0;
    }

    /// <summary>Each currency sign, and the letters of each rand amount or glued code, as a cue span; null when none.</summary>
    public static List<TextSpan>? Find(string text)
    {
        List<TextSpan>? found = null;
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(Signs); at >= 0;)
        {
            (found ??= []).Add(new TextSpan(at, at + 1));
            var next = span[(at + 1)..].IndexOfAny(Signs);
            at = next < 0 ? -1 : at + 1 + next;
        }
        for (var at = NextRand(text, 0); at >= 0; at = NextRand(text, at + 1))
        {
            (found ??= []).Add(new TextSpan(at, at + 1));
        }
        for (var at = NextGlued(text, 0); at >= 0; at = NextGlued(text, at + 1))
        {
            (found ??= []).Add(new TextSpan(at, at + (text[at] == 'R' ? 2 : 3)));
        }
        return found;
    }

    /// <summary>Whether an amount starts at <paramref name="at"/>: a sign or glued code, an optional space, then a digit.</summary>
    public static bool AmountAt(string text, int at)
    {
        if (at >= text.Length)
        {
            return false;
        }
        var length = text[at] is '$' || Signs.Contains(text[at]) ? 1
            : text.AsSpan(at).StartsWith("Rp", StringComparison.Ordinal) ? 2
            : text.AsSpan(at).StartsWith("KSh", StringComparison.OrdinalIgnoreCase) ? 3
            : text[at] == 'R' && RandAt(text, at) ? 1 : 0;
        var digit = at + length;
        if (length > 0 && digit < text.Length && text[digit] == ' ')
        {
            digit++;
        }
        return length > 0 && digit < text.Length && char.IsAsciiDigit(text[digit]);
    }

    /// <summary>Whether an amount with a currency sign or code starts between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool Near(string text, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        for (var at = from; at < to; at++)
        {
            var c = text[at];
            if ((c is '$' or 'R' or 'K' || Signs.Contains(c)) && AmountAt(text, at))
            {
                return true;
            }
            // "25,000 naira" / "1 200 €": the sign after the digits.
            if (Signs.Contains(c) && at > 1 && (char.IsAsciiDigit(text[at - 1]) || (text[at - 1] == ' ' && char.IsAsciiDigit(text[at - 2]))))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether an amount of millions or billions stands between <paramref name="from"/> and <paramref name="to"/>: digits then
    /// "million", "billion", "bn", "mn" or "m" ("$270 million", "€1.2bn", "£3.4m a week"): the scale of a star's or a
    /// billionaire's money, which no payslip or savings circle is written in.
    /// </summary>
    public static bool FortuneNear(string text, int from, int to)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Length, to);
        // Currencies whose everyday pay runs to millions ("38 million VND", "Rp 8 juta", "₩3,200,000"): no fortune.
        if (text.AsSpan(from, to - from).ContainsAny(SmallUnitCurrencies))
        {
            return false;
        }
        for (var at = from; at < to; at++)
        {
            if (!char.IsAsciiDigit(text[at]) || (at + 1 < text.Length && (char.IsAsciiDigit(text[at + 1]) || text[at + 1] is '.' or ',')))
            {
                continue;
            }
            var rest = text.AsSpan(at + 1, Math.Min(10, text.Length - at - 1));
            var spaced = rest.StartsWith(' ') ? rest[1..] : rest;
            if (spaced.StartsWith("million", StringComparison.OrdinalIgnoreCase) || spaced.StartsWith("billion", StringComparison.OrdinalIgnoreCase)
                || ScaleLetters(rest, "bn") || ScaleLetters(rest, "mn") || ScaleLetters(rest, "m"))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly SearchValues<string> SmallUnitCurrencies = SearchValues.Create(
        ["VND", "dong", "đồng", "₫", "Rp", "IDR", "rupiah", "₩", "KRW", "won", "UGX", "TZS", "naira", "₦", "IRR", "rial"], StringComparison.OrdinalIgnoreCase);

    // "3bn", "3.4m", "56B" glued to the digits and ending there (not "3 months", "5mg", "10 min").
    private static bool ScaleLetters(ReadOnlySpan<char> rest, string letters) =>
        rest.StartsWith(letters, StringComparison.OrdinalIgnoreCase) && (rest.Length == letters.Length || !char.IsLetterOrDigit(rest[letters.Length]));

    // A rand amount: "R" standing alone before one to three digits and a thousands group, or three or more digits ("R1,240",
    // "R980", "R 15 000"); not "R2" (a score, a road), "R2D2" or a word's capital.
    private static int NextRand(string text, int from)
    {
        for (var at = text.IndexOf('R', from); at >= 0; at = text.IndexOf('R', at + 1))
        {
            if (RandAt(text, at))
            {
                return at;
            }
        }
        return -1;
    }

    private static bool RandAt(string text, int at)
    {
        if (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '-' or '_'))
        {
            return false;
        }
        var start = at + 1 < text.Length && text[at + 1] == ' ' ? at + 2 : at + 1;
        var end = start;
        var digits = 0;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is ',' or ' ' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]) && digits > 0)))
        {
            digits += char.IsAsciiDigit(text[end]) ? 1 : 0;
            end++;
        }
        return digits >= 3 && (end == text.Length || !char.IsLetter(text[end]));
    }

    // "Rp500.000", "KSh2,000": the code glued to its digits, not inside a word.
    private static int NextGlued(string text, int from)
    {
        var span = text.AsSpan();
        var at = from;
        while (at < span.Length)
        {
            var hit = span[at..].IndexOfAny(GluedCodes);
            if (hit < 0)
            {
                return -1;
            }
            var start = at + hit;
            var end = start + (span[start] == 'R' ? 2 : 3);
            if ((start == 0 || !char.IsLetterOrDigit(span[start - 1])) && end < span.Length && char.IsAsciiDigit(span[end]))
            {
                return start;
            }
            at = start + 1;
        }
        return -1;
    }
}
