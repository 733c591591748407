using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// IBANs: a known country code, exactly that country's length (contiguous or in groups of four), and the
/// ISO 13616 mod-97 check; also glued to a word before or after it ("ibanDE89…", "xxgb29nwbk…yy").
/// </summary>
internal sealed partial class IbanDetector : ISensitivityDetector
{
    public string Name => "iban";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "mod-97 valid";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 6)
        {
            return;
        }
        var text = input.Text;
        Span<char> iban = stackalloc char[IbanLengths.Max];
        foreach (var match in Start().EnumerateMatches(text))
        {
            var start = match.Index - 2; // the pattern matches the check digits; the country code precedes them
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
    /// Reads exactly target.Length alphanumerics, allowing one space or dash between groups of four. When
    /// <paramref name="wordAfter"/>, letters may follow a final digit ("…3000ok"): the mod-97 check is the evidence.
    /// </summary>
    private static int Collect(string text, int start, Span<char> target, bool wordAfter)
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
            else if (c is ' ' or '-' && count % 4 == 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
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

    // Anchored on the check digits so the engine's vectorised search skips to digits, not to every letter.
    [GeneratedRegex(@"(?<=[A-Za-z]{2})[0-9]{2}(?=[ -]?[A-Za-z0-9]{4})", RegexOptions.CultureInvariant)]
    private static partial Regex Start();
}
