using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Licence shapes strict enough that a plain licence cue names them (fourteenth pass).</summary>
internal sealed partial class DriverLicenseDetector
{
    /// <summary>
    /// A Philippine LTO licence: an office letter, two digits, two digits and six digits joined by dashes ("N03-17-004512"),
    /// after a licence cue in the same sentence or anywhere after an LTO cue ("LTO license no.", "lisensya", "DL", "LTMS"). The
    /// driving labels of the general search need "driver's" or "driving"; Filipino forms and chats write "License No." or
    /// "lisensya" alone. The shape alone is no licence (an order or part number can take it), so the cue is required.
    /// </summary>
    private static void AddPhilippineLicences(string text, List<TextSpan> found)
    {
        foreach (var match in PhilippineLicence().EnumerateMatches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (!found.Exists(f => f.Overlaps(span)) && PhilippineCueBefore(text, match.Index) && !OtherNumberRightBefore(text, match.Index))
            {
                found.Add(span);
            }
        }
    }

    // A licence cue shortly before the number with no question or exclamation between, or an LTO cue anywhere before it.
    private static bool PhilippineCueBefore(string text, int start)
    {
        if (text.AsSpan(0, start).IndexOfAny(PhilippineOfficeCues) >= 0)
        {
            return true;
        }
        var from = Math.Max(0, start - LabelReach);
        var window = text.AsSpan(from, start - from);
        var cue = window.LastIndexOf("DL", StringComparison.Ordinal);
        foreach (var word in (ReadOnlySpan<string>)["licen", "lisensya", "lisensiya"])
        {
            cue = Math.Max(cue, window.LastIndexOf(word, StringComparison.OrdinalIgnoreCase));
        }
        return cue >= 0 && window[cue..].IndexOfAny('?', '!') < 0;
    }

    // "order no. N03-17-004512", "part no.": a business label right before the value names another number.
    private static bool OtherNumberRightBefore(string text, int start)
    {
        var from = Math.Max(0, start - 16);
        var window = text.AsSpan(from, start - from);
        foreach (var word in (ReadOnlySpan<string>)["order", "part", "invoice", "sku", "item", "ref", "tracking", "model", "serial", "ticket"])
        {
            if (window.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // Texts with a cue other than "licen" (which the caller has looked for): "LTO", "LTMS", "DL", "lisensya".
    private static bool MayNamePhilippineLicence(string text) =>
        text.AsSpan().ContainsAny(PhilippineOfficeCues) || text.Contains("DL", StringComparison.Ordinal) || text.AsSpan().ContainsAny(PhilippineCues);

    /// <summary>
    /// "License: QWRTY-714233-ZX9PL — the product key is invalid": a software key cut 5-6-5 takes the UK licence's shape, and a
    /// bare "License:" names it. A UK number's six digits hold the birth month (01–12, 51–62 for women) and day (01–31); where
    /// they do not and the text speaks of software (key, activation, product, serial, install…), the value is a key.
    /// </summary>
    private static bool SoftwareKeyInUkShape(string text, ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[6];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 6)
                {
                    break;
                }
                digits[count++] = c;
            }
            else if (count > 0)
            {
                break;
            }
        }
        if (count < 6)
        {
            return false;
        }
        var month = ((digits[1] - '0') * 10) + (digits[2] - '0');
        var day = ((digits[3] - '0') * 10) + (digits[4] - '0');
        var born = month is (>= 1 and <= 12) or (>= 51 and <= 62) && day is >= 1 and <= 31;
        return !born && text.AsSpan().ContainsAny(SoftwareWords);
    }

    private static readonly SearchValues<string> SoftwareWords = SearchValues.Create(
        ["product key", "activation", "activate", "software", "serial", "install", "plugin", "plug-in", "subscription", "windows", "office 365",
            "adobe", "licence key", "license key", "download", "app store", "keygen", "crack", "registration code", "unlock code"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PhilippineOfficeCues =
        SearchValues.Create(["LTO", "LTMS", "Land Transportation Office"], StringComparison.Ordinal);

    private static readonly SearchValues<string> PhilippineCues =
        SearchValues.Create(["lisensya", "lisensiya"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z][0-9]{2}-[0-9]{2}-[0-9]{6}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex PhilippineLicence();
}
