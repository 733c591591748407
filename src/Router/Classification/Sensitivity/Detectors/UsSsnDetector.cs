using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// US Social Security numbers AAA-GG-SSSS, excluding never-issued ranges (area 000, 666, 9xx; group 00;
/// serial 0000). Dashed numbers stand alone; spaced or unseparated ones, and any glued to a word before them, need an
/// SSN label nearby.
/// </summary>
internal sealed partial class UsSsnDetector : ISensitivityDetector
{
    private static readonly LabelSet SsnLabels = new(["ssn", "social security", "social-security", "社会安全", "社会保障号"]);

    public string Name => "us_ssn";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "issuable SSN range";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 9)
        {
            return;
        }
        var text = input.Text;
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var span = text.AsSpan(match.Index, match.Length);
            // Glued to a word ("ssn123-45-6789", "myssnis123456789") only with an SSN label: part numbers look alike.
            var standsAlone = (span[3] == '-') && (match.Index == 0 || !char.IsAsciiLetter(text[match.Index - 1]));
            if (Issuable(span)
                && (standsAlone ? !LabelContext.LabelledAs(text, match.Index, LabelContext.BusinessLabels, SsnLabels)
                                : LabelContext.LabelledAs(text, match.Index, SsnLabels, LabelContext.BusinessLabels)))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    private static bool Issuable(ReadOnlySpan<char> ssn)
    {
        var separated = ssn.Length == 11;
        var area = ssn[..3];
        var group = separated ? ssn.Slice(4, 2) : ssn.Slice(3, 2);
        var serial = separated ? ssn.Slice(7, 4) : ssn.Slice(5, 4);
        return area is not "000" and not "666" && area[0] != '9' && group is not "00" && serial is not "0000";
    }

    [GeneratedRegex(@"(?<![0-9-])(?:[0-9]{3}(?<s>[- ])[0-9]{2}\k<s>[0-9]{4}|[0-9]{9})(?![0-9]|-[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
