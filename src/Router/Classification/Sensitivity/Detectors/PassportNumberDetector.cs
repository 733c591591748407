using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Passport numbers: a passport label (passport, 护照…) within a few words before a document-number shape (one or
/// two letters and 6–8 digits, as Chinese E/G numbers; or 8–9 digits, as US ones). Passport numbers carry no check
/// digit outside the machine-readable zone, so the label is what tells one from any other code.
/// </summary>
internal sealed partial class PassportNumberDetector : ISensitivityDetector
{
    private const int LabelWindow = 24;

    private static readonly LabelSet PassportLabels = new(["passport", "护照", "護照"]);

    public string Name => "passport_number";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "passport label";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 6 || PassportLabels.NearestEnd(input.Text) < 0)
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            var from = Math.Max(0, match.Index - LabelWindow);
            if (PassportLabels.NearestEnd(input.Text.AsSpan(from, match.Index - from)) >= 0)
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9]{6,8}|[0-9]{8,9})(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
