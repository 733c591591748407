using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Driver's licence numbers: a licence label (driver's license or lic., driving licence, DL, DLN, CDL, 驾驶证, 驾照) shortly before a
/// document-number shape (letters and digits with at least five digits, possibly in groups joined by dashes, dots or
/// spaces: "123-456-789", "D123-4567-8901"; any case). Formats vary by
/// state and country and carry no public check digit, so the label is the evidence.
/// </summary>
internal sealed partial class DriverLicenseDetector : ISensitivityDetector
{
    /// <summary>Room for "number is", "no.:", "#" between the label and the number (see <see cref="Connector"/>).</summary>
    private const int Gap = 24;

    private const int LabelReach = 48;

    public string Name => "driver_license";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "driver's licence label";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount < 5 || !MayHaveLabel(text))
        {
            return;
        }
        foreach (var match in Number().EnumerateMatches(text))
        {
            if (ScanInput.CountDigits(text.AsSpan(match.Index, match.Length)) >= 5 && LabelledBefore(text, match.Index))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    private static readonly SearchValues<string> LicenceWord = SearchValues.Create(["lic"], StringComparison.OrdinalIgnoreCase);

    private static bool MayHaveLabel(string text) =>
        text.AsSpan().ContainsAny(LicenceWord) || text.Contains("DL", StringComparison.OrdinalIgnoreCase)
        || text.Contains("驾驶证", StringComparison.Ordinal) || text.Contains("驾照", StringComparison.Ordinal);

    private static bool LabelledBefore(string text, int start)
    {
        var from = Math.Max(0, start - LabelReach);
        foreach (var label in Label().EnumerateMatches(text.AsSpan(from, start - from)))
        {
            var end = from + label.Index + label.Length;
            if (start - end <= Gap && Connector().IsMatch(text.AsSpan(end, start - end)))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?i:driv(?:er|ing)(?:['’]?s)?[ -]lic(?:en[cs]e|\.|\b))|\bC?DLN?\b|\bdl ?(?:#|no\b|number\b|:)|驾驶证|驾照", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    /// <summary>What may stand between the label and the number: "number is", "no.:", "(CA)", "档案编号", not a whole clause.</summary>
    [GeneratedRegex(@"^[\s:#.,：，-]*(?:(?:number|num|no|nr|id|is|was|reads|of|\([A-Za-z]{2}\)|档案编号|号码|编号|号|为|是)[\s:#.,：，-]*){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    /// <summary>
    /// A document number: letters and digits holding a digit, possibly in groups joined by '-', '.' or a space, each
    /// later group holding a digit too ("D123-4567-8901", "123-456-789", "S530 4626 1234 5", "MORGA753116SM9IJ"), and
    /// possibly led by a short letter group ("S-530-462-612-345", "WDL-ABC1234-5", "MORGA 753116 SM9IJ 35").
    /// </summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?:[A-Za-z]{1,3}[-.]|[A-Z]{1,5} (?=[0-9]))?[A-Za-z0-9]{0,17}[0-9][A-Za-z0-9]{0,17}(?:[-. ](?=[A-Za-z]{0,5}[0-9])[A-Za-z0-9]{1,12}){0,5}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
