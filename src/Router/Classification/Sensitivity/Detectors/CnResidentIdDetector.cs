using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Mainland resident identity numbers: 18 characters (optionally spaced 6-8-4), a real province and a
/// non-zero city code, a valid birth date, and the ISO 7064 MOD 11-2 check character.
/// </summary>
internal sealed partial class CnResidentIdDetector : ISensitivityDetector
{
    private static readonly int[] Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];

    public string Name => "cn_resident_id";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "MOD 11-2 valid";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 17)
        {
            return;
        }
        Span<char> id = stackalloc char[18];
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            var length = 0;
            foreach (var c in input.Text.AsSpan(match.Index, match.Length))
            {
                if (c != ' ')
                {
                    id[length++] = char.ToUpperInvariant(c);
                }
            }
            if (length == 18 && Valid(id)
                && !LabelContext.LabelledAs(input.Text, match.Index, LabelContext.BusinessLabels, IdLabels))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    private static readonly LabelSet IdLabels = new(["身份证", "证件", "id card", "identity", "resident", "id no", "id:"]);

    internal static bool Valid(ReadOnlySpan<char> id)
    {
        var province = (id[0] - '0') * 10 + (id[1] - '0');
        var city = (id[2] - '0') * 10 + (id[3] - '0');
        if (Array.IndexOf(Provinces, province) < 0 || city == 0)
        {
            return false;
        }
        var year = int.Parse(id.Slice(6, 4));
        var month = int.Parse(id.Slice(10, 2));
        var day = int.Parse(id.Slice(12, 2));
        if (year is < 1900 or > 2099 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        return Checksums.Iso7064Mod11_2(id[..17]) == id[17];
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])[1-9][0-9]{5}[ ]?(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[ ]?[0-9]{3}[0-9Xx](?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
