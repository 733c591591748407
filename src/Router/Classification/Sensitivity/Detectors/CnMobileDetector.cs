using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Mainland China mobiles: 1[3-9]x and eight more digits, optionally +86/0086, grouped 3-4-4; not when
/// labelled as a business number, nor followed by a unit without a phone label ("13812345678 元" is an amount).</summary>
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
            // A unit after it makes the number an amount, unless a phone label says otherwise ("手机13812345678元旦…").
            var amount = LabelContext.FollowedByUnit(input.Text, match.Index + match.Length)
                && !LabelContext.HasLabel(input.Text, match.Index, LabelContext.PhoneLabels);
            if (!amount && !LabelContext.LabelledAs(input.Text, match.Index, LabelContext.BusinessLabels, LabelContext.PhoneLabels))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])(?:(?:\+|00)86[ -]?)?1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
