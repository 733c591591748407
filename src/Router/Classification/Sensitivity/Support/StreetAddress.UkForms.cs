using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A British address whose street has no street word ("15 Pendle View, Clitheroe BB7 1QT", "3 Maes y Llan, Rhayader LD6 5AB"):
/// a house number, one to four words of the street, a comma, a town and a full UK postcode (outward and inward code). The
/// postcode's shape sets it apart from prose, so no street word is needed (twelfth pass, issue 15). Read only where a postcode's
/// inward code (a digit and two capitals) stands in the text. The same for a Canadian address with its province and postal code
/// ("1840 Kingsway, Vancouver BC V5N 2S6"), read only where a postal code's shape (A1A 1A1) stands in the text.
/// </summary>
internal static partial class StreetAddress
{
    [GeneratedRegex(@"(?<![\p{L}\d/-])\d{1,4}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’-]*\s+|(?:y|yr|on|the|upon|de|la)\s+){0,3}\p{Lu}[\p{L}'’-]+,\s*(?:\p{Lu}[\p{L}'’-]+[ -]){0,2}\p{Lu}[\p{L}'’-]+,?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex UkPostcodeAddress();

    [GeneratedRegex(@"(?<![\p{L}\d/-])\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]+(?:\s+(?:E|W|N|S|NE|NW|SE|SW)\b)?,\s*(?:\p{Lu}[\p{L}'’-]+[ -]){0,2}\p{Lu}[\p{L}'’-]+,?\s+(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\b,?\s+[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex CanadianPostcodeAddress();

    /// <summary>Whether the text has a Canadian postal code's shape: capital, digit, capital, a space or none, digit, capital, digit.</summary>
    internal static bool MayHaveCanadianPostcode(ReadOnlySpan<char> span)
    {
        // The first digit stands between two capitals, so it is a run of one digit: longer runs are skipped whole.
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            var end = DigitRunEnd(span, at);
            if (end == at + 1 && at > 0 && at + 4 < span.Length && char.IsAsciiLetterUpper(span[at - 1]) && char.IsAsciiLetterUpper(span[at + 1]))
            {
                var inward = span[(at + 2)..];
                inward = inward[0] == ' ' ? inward[1..] : inward;
                if (inward.Length >= 3 && char.IsAsciiDigit(inward[0]) && char.IsAsciiLetterUpper(inward[1]) && char.IsAsciiDigit(inward[2]))
                {
                    return true;
                }
            }
            at = NextDigitRun(span, end);
        }
        return false;
    }

    /// <summary>Whether the text has a UK postcode's inward code: a digit and two capitals after a space ("… BB7 1QT").</summary>
    internal static bool MayHaveUkPostcode(ReadOnlySpan<char> span)
    {
        // The digit has a space before it and a capital after it, so it is a run of one digit: longer runs are skipped whole.
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            var end = DigitRunEnd(span, at);
            if (end == at + 1 && at + 2 < span.Length && char.IsAsciiLetterUpper(span[at + 1]) && char.IsAsciiLetterUpper(span[at + 2])
                && (at + 3 == span.Length || !char.IsLetterOrDigit(span[at + 3])) && at > 0 && span[at - 1] == ' ')
            {
                return true;
            }
            at = NextDigitRun(span, end);
        }
        return false;
    }

    // Where the run of ASCII digits at `at` ends, and where the next one starts after `end` (-1 if none).
    private static int DigitRunEnd(ReadOnlySpan<char> span, int at) =>
        span[at..].IndexOfAnyExceptInRange('0', '9') is var length and >= 0 ? at + length : span.Length;

    private static int NextDigitRun(ReadOnlySpan<char> span, int end) =>
        end < span.Length && span[end..].IndexOfAnyInRange('0', '9') is var skip and >= 0 ? end + skip : -1;

    internal static void AddUkForms(string text, List<TextSpan> found)
    {
        if (MayHaveUkPostcode(text))
        {
            Add(UkPostcodeAddress(), text, found);
        }
        if (MayHaveCanadianPostcode(text))
        {
            Add(CanadianPostcodeAddress(), text, found);
        }
    }
}
