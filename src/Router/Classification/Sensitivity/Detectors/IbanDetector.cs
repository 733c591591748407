using System.Buffers;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// IBANs: a known country code, exactly that country's length (contiguous or in groups of four), and the
/// ISO 13616 mod-97 check; also glued to a word before or after it ("ibanDE89…", "xxgb29nwbk…yy").
/// </summary>
internal sealed class IbanDetector : ISensitivityDetector
{
    public string Name => "iban";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "mod-97 valid";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        // Only the two check digits are sure to be digits: a BBAN may be letters where the country's format says so (a
        // Saudi, Pakistani or Azerbaijani account part can hold one or two digits), so few digits do not rule an IBAN out.
        if (input.DigitCount < 2)
        {
            return;
        }
        var text = input.Text;
        Span<char> iban = stackalloc char[IbanLengths.Max];
        var before = found.Count;
        for (var at = NextStart(text, 0); at >= 0; at = NextStart(text, at + 2))
        {
            var start = at - 2; // the pattern matches the check digits; the country code precedes them
            var length = IbanLengths.For(text.AsSpan(start, 2));
            var glued = start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]);
            if (length == 0 || (glued && !GluedToWord(text, start)))
            {
                continue;
            }
            var end = Collect(text, start, iban[..length], glued || char.IsAsciiLetter(text[start]));
            if (end > 0 && Checksums.IbanMod97(iban[..length]))
            {
                found.Add(new(start, end));
            }
        }
        if (found.Count == before && text.AsSpan().ContainsAny(IbanWord))
        {
            AddSpacedCountryCodes(text, iban, found);
            if (found.Count == before && text.Contains('\n'))
            {
                AddBrokenAcrossLines(text, iban, found);
            }
        }
    }

    /// <summary>
    /// In a text that says IBAN, one typed over two messages or lines with the cut inside a group ("DE89 3704 00" then
    /// "44 0532 0130 00") or marked by an ellipsis ("… 0532"): the groups are read across the line break; mod-97 decides.
    /// </summary>
    private static void AddBrokenAcrossLines(string text, Span<char> iban, List<TextSpan> found)
    {
        for (var at = 2; at + 1 < text.Length; at++)
        {
            at = text.AsSpan(at).IndexOfAnyInRange('0', '9') is var d and >= 0 ? at + d : text.Length;
            if (at + 1 >= text.Length)
            {
                return;
            }
            var start = at - 2;
            if (!char.IsAsciiLetter(text[start]) || !char.IsAsciiLetter(text[start + 1]) || !char.IsAsciiDigit(text[at + 1])
                || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])))
            {
                continue;
            }
            var length = IbanLengths.For(text.AsSpan(start, 2));
            if (length == 0)
            {
                continue;
            }
            var end = Collect(text, start, iban[..length], wordAfter: false, brokenGroups: true);
            if (end > 0 && text.AsSpan(start, end - start).Contains('\n') && Checksums.IbanMod97(iban[..length]))
            {
                found.Add(new(start, end));
                return;
            }
        }
    }

    /// <summary>
    /// "IBAN DE 89 3704 0044 …", "iban gb 82 west …": the country code set off from its check digits by a space, in a text that
    /// says IBAN (a two-letter word before two digits is common prose otherwise). The mod-97 check is the evidence.
    /// </summary>
    private static void AddSpacedCountryCodes(string text, Span<char> iban, List<TextSpan> found)
    {
        for (var at = text.IndexOfAny(' ', '\n'); at > 1 && at + 3 < text.Length; at = text.IndexOfAny(SpaceOrBreak, at + 1))
        {
            var start = at - 2;
            if (!char.IsAsciiDigit(text[at + 1]) || !char.IsAsciiDigit(text[at + 2]) || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
                || !(char.IsAsciiLetterUpper(text[start]) && char.IsAsciiLetterUpper(text[start + 1])
                     || char.IsAsciiLetterLower(text[start]) && char.IsAsciiLetterLower(text[start + 1])))
            {
                continue;
            }
            var length = IbanLengths.For(text.AsSpan(start, 2));
            if (length == 0)
            {
                continue;
            }
            iban[0] = text[start];
            iban[1] = text[start + 1];
            var end = Collect(text, at + 1, iban[2..length], wordAfter: false, offset: 2);
            if (end > 0 && Checksums.IbanMod97(iban[..length]))
            {
                found.Add(new(start, end));
            }
        }
    }

    /// <summary>
    /// "zzDE89…", "ibanGB29…", "xxgb29nwbk…": a word glued before a country code of one case. Hashes and base64 are
    /// letters and digits mixed throughout, so only letters may stand before it in its token.
    /// </summary>
    private static bool GluedToWord(string text, int start)
    {
        var upper = char.IsAsciiLetterUpper(text[start]) && char.IsAsciiLetterUpper(text[start + 1]);
        if (!upper && !(char.IsAsciiLetterLower(text[start]) && char.IsAsciiLetterLower(text[start + 1])))
        {
            return false;
        }
        var from = start;
        while (from > 0 && char.IsAsciiLetterOrDigit(text[from - 1]))
        {
            from--;
            if (!char.IsAsciiLetter(text[from]) || start - from > 12)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Reads exactly target.Length alphanumerics, allowing a gap (<see cref="GapLength"/>) between groups of four
    /// ("DE89.3704.0044…", "DE89  3704…", "DE89\t3704…", an IBAN wrapped over lines). When
    /// <paramref name="wordAfter"/>, letters may follow a final digit ("…3000ok"): the mod-97 check is the evidence. With
    /// <paramref name="brokenGroups"/>, a line break may also cut a group ("DE89 3704 00" / "44 0532 …": a second message).
    /// </summary>
    private static int Collect(string text, int start, Span<char> target, bool wordAfter, int offset = 0, bool brokenGroups = false)
    {
        var count = 0;
        var i = start;
        while (count < target.Length && i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                target[count++] = c;
                i++;
            }
            else if (GapLength(text, i, acrossLines: true) is > 0 and var gap && ((count + offset) % 4 == 0 || (brokenGroups && text.AsSpan(i, gap).Contains('\n'))))
            {
                i += gap;
            }
            else
            {
                return -1;
            }
        }
        var ends = i == text.Length || !char.IsAsciiLetterOrDigit(text[i])
            || (wordAfter && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiLetter(text[i]));
        return count == target.Length && ends ? i : -1;
    }

    /// <summary>
    /// Where the next match of <see cref="StartPattern"/> at or after <paramref name="from"/> starts (the check digits),
    /// or -1: what the regex enumeration finds, trying each run of digits once at its first digit (a later digit of a
    /// run has a digit, not a letter, before it).
    /// </summary>
    internal static int NextStart(ReadOnlySpan<char> text, int from)
    {
        var at = from;
        while (at < text.Length - 1)
        {
            var digit = text[at..].IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return -1;
            }
            at += digit;
            if (at >= 2 && char.IsAsciiLetter(text[at - 1]) && char.IsAsciiLetter(text[at - 2]) && at + 1 < text.Length
                && char.IsAsciiDigit(text[at + 1]) && Alphanumerics4(text, at + 2 + GapLength(text, at + 2)))
            {
                return at;
            }
            at++;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
            }
        }
        return -1;
    }

    /// <summary>
    /// The length of the gap between two groups at <paramref name="at"/>: one to three spaces, tabs, dashes, dots or line
    /// breaks before a letter or digit (a table's tab or a doubled space between the groups, eighth pass), else 0.
    /// </summary>
    private static int GapLength(ReadOnlySpan<char> text, int at, bool acrossLines = false)
    {
        var end = at;
        while (end < text.Length && end - at < MaxGap && text[end] is ' ' or '\t' or '-' or '.' or '\n')
        {
            end++;
        }
        // Only where groups are collected: the start search (NextStart) stays the pattern's StartPattern.
        if (acrossLines && end < text.Length && text[end] is '…' or '.' or ' ' or '\n' && text.Slice(at, Math.Min(MaxBrokenGap, text.Length - at)).Contains('\n'))
        {
            end = at;
            while (end < text.Length && end - at < MaxBrokenGap && text[end] is ' ' or '\t' or '-' or '.' or '\n' or '…')
            {
                end++;
            }
        }
        return end > at && end < text.Length && char.IsAsciiLetterOrDigit(text[end]) ? end - at : 0;
    }

    private const int MaxGap = 3;

    // Across a line break a gap may be longer: "0044 …" then "… 0532", the cut marked on both sides.
    private const int MaxBrokenGap = 8;

    private static readonly char[] SpaceOrBreak = [' ', '\n'];

    private static bool Alphanumerics4(ReadOnlySpan<char> text, int at) =>
        at + 4 <= text.Length && !text.Slice(at, 4).ContainsAnyExcept(Alphanumerics);

    private static readonly SearchValues<char> Alphanumerics = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // The label's gate: as Contains("iban", OrdinalIgnoreCase), which walks a text at 3-8 µs/KB; this vectorised search at 0.1-0.3.
    private static readonly SearchValues<string> IbanWord = SearchValues.Create(["iban"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Two check digits after two letters, before a group of four (the regex <see cref="NextStart"/> follows; tests compare).</summary>
    internal const string StartPattern = @"(?<=[A-Za-z]{2})[0-9]{2}(?=[ \t.\n-]{0,3}[A-Za-z0-9]{4})";
}
