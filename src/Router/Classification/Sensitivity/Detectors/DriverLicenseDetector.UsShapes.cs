using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>US state licence numbers cut by dashes, named by a bare licence word (seventeenth pass).</summary>
internal sealed partial class DriverLicenseDetector
{
    /// <summary>
    /// "licence number S530-4417-2096", "license no. W426-7719-5530-12", "licence # B612-448-57-301-2": the letter-led shapes of
    /// Illinois (A999-9999-9999), Wisconsin (A999-9999-9999-99), Florida (A999-999-99-999-9), Minnesota and Michigan
    /// (A999-999-999-999), Maryland (A-999-999-999-999): one letter (the surname's Soundex initial), then 11–14 digits in
    /// three to five dash or space groups. No order, part or key number takes that shape after a plain "licence" word (one
    /// that no other kind — "software", "liquor", "business" — qualifies), so the label alone names it, as it names a UK
    /// number. A text about software (activation, product key, install) reads it as a key.
    /// </summary>
    private static void AddUsDashedLicences(string text, List<TextSpan> found)
    {
        foreach (var match in UsDashedLicence().EnumerateMatches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            var digits = ScanInput.CountDigits(text.AsSpan(match.Index, match.Length));
            if (digits is >= 11 and <= 14 && !found.Exists(f => f.Overlaps(span)) && PlainLicenceBefore(text, match.Index)
                && !text.AsSpan().ContainsAny(SoftwareWords))
            {
                found.Add(span);
            }
        }
    }

    // A bare licence word ("licence", "license", "lic.") shortly before, only a connector between, no other kind before it.
    private static bool PlainLicenceBefore(string text, int start) =>
        LicenceWordBefore(text, start, out var at) && (PlainLicenceWord(text, at) || StateBefore(text, at));

    // "Minnesota license number …", "Illinois licence #": a state's name right before the licence word names a driving licence.
    private static bool StateBefore(string text, int label)
    {
        var before = text.AsSpan(0, label).TrimEnd(' ');
        if (before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal))
        {
            before = before[..^2];
        }
        foreach (var state in UsStates)
        {
            if (before.EndsWith(state, StringComparison.OrdinalIgnoreCase)
                && (before.Length == state.Length || !char.IsAsciiLetter(before[before.Length - state.Length - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] UsStates =
    [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii",
        "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
        "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
        "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    ];

    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z]-?[0-9]{3,4}(?<s>[- ])[0-9]{2,5}(?:\k<s>[0-9]{1,5}){1,3}(?![A-Za-z0-9]|-[0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex UsDashedLicence();
}
