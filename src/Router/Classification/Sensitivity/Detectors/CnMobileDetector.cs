using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Mainland China mobiles: 1[3-9]x and eight more digits, optionally +86/0086, grouped 3-4-4.</summary>
internal sealed partial class CnMobileDetector : ISensitivityDetector
{
    public string Name => "cn_mobile";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "mainland mobile prefix";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 11)
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            if (!LabelContext.LabelledAs(input.Text, match.Index, LabelContext.BusinessLabels, LabelContext.PhoneLabels))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:(?:\+|00)86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
