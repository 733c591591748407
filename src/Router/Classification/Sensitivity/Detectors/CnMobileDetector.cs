using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Mainland China mobiles: 1[3-9]x and eight more digits, optionally +86/0086, grouped 3-4-4 by spaces, dashes or dots; not when
/// labelled as a business number (glued to words is fine: "tel13812345678", unless inside a hash), nor followed by a unit or next to an arithmetic operator without a phone label
/// ("13812345678 元" is an amount, "13812345678 * 2" a calculation).
/// Also spelled in Chinese digits, as people do to slip past filters: 一三八一二三四五六七八, 幺三九….</summary>
internal sealed partial class CnMobileDetector : ISensitivityDetector
{
    public string Name => "cn_mobile";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "mainland mobile prefix";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (HasChineseDigits(input.Text, atLeast: 11))
        {
            foreach (var match in ChineseDigits().EnumerateMatches(input.Text))
            {
                if (!LabelContext.LabelledAs(input.Text, match.Index, LabelContext.BusinessLabels, LabelContext.PhoneLabels))
                {
                    found.Add(new(match.Index, match.Index + match.Length));
                }
            }
        }
        if (input.DigitCount < 11)
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            // A unit after it makes the number an amount, unless a phone label says otherwise ("手机13812345678元旦…").
            var end = match.Index + match.Length;
            if (UnallocatedSegment(input.Text.AsSpan(match.Index, match.Length)))
            {
                continue;
            }
            var amount = (LabelContext.FollowedByUnit(input.Text, end) || LabelContext.InArithmetic(input.Text, match.Index, end))
                && !LabelContext.HasLabel(input.Text, match.Index, LabelContext.PhoneLabels);
            var glued = (match.Index > 0 && char.IsAsciiLetter(input.Text[match.Index - 1])) || (end < input.Text.Length && char.IsAsciiLetter(input.Text[end]));
            if (glued && DigitChains.HashLike(input.Text, match.Index, end))
            {
                continue;
            }
            // "13800000000", "139 0000 0000": a placeholder in test data or a form hint, no one's mobile.
            if (!amount && !LabelContext.LabelledAs(input.Text, match.Index, LabelContext.BusinessLabels, LabelContext.PhoneLabels)
                && !LabelContext.LabelledAs(input.Text, match.Index, FreightLabels, LabelContext.PhoneLabels)
                && !PlaceholderDigits.Is(input.Text.AsSpan(match.Index, match.Length), minRun: int.MaxValue))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    /// <summary>
    /// An air waybill ("AWB 176-48213957": a 3-digit airline prefix, then an 8-digit serial whose last digit is a mod-7 check),
    /// a sea or road consignment note or bill of lading: freight numbers a 1[3-9]x airline prefix can make read as a
    /// mobile. As for the business labels, a phone word nearer the number than the freight label keeps it a phone.
    /// </summary>
    private static readonly LabelSet FreightLabels = new(
        "waybill", "air waybill", "airway bill", "air-waybill", "awb", "mawb", "hawb", "consignment", "consignment note", "con note",
        "bill of lading", "b/l", "bol", "cmr", "manifest", "空运单", "主单", "分单", "提单", "托运单", "航空运单");

    /// <summary>
    /// 140–144 and 160, 161, 163, 164, 168, 169 open no mainland mobile (no carrier holds those segments; 145–149 and 162,
    /// 165–167 are data and virtual-operator ranges that do): such a 3-4-4 number is a part or account number
    /// ("gasket kit … and 161-2300-3658 (filter)"). A phone word before it still makes it a phone (PhoneDetector).
    /// </summary>
    private static bool UnallocatedSegment(ReadOnlySpan<char> number)
    {
        var at = number.IndexOf('1');
        if (number.StartsWith("+86") || number.StartsWith("0086"))
        {
            at = number[(number.StartsWith("+86") ? 3 : 4)..].IndexOf('1') + (number.StartsWith("+86") ? 3 : 4);
        }
        if (at < 0 || at + 2 >= number.Length)
        {
            return false;
        }
        var (second, third) = (number[at + 1], number[at + 2]);
        return (second == '4' && third is >= '0' and <= '4') || (second == '6' && third is '0' or '1' or '3' or '4' or '8' or '9');
    }

    private static readonly SearchValues<char> ChineseDigitChars = SearchValues.Create("〇零一二三四五六七八九幺");

    /// <summary>Whether the text holds at least <paramref name="atLeast"/> Chinese digits, so most Chinese prose skips the regex.</summary>
    private static bool HasChineseDigits(string text, int atLeast)
    {
        var rest = text.AsSpan();
        for (var seen = 0; seen < atLeast; seen++)
        {
            var at = rest.IndexOfAny(ChineseDigitChars);
            if (at < 0)
            {
                return false;
            }
            rest = rest[(at + 1)..];
        }
        return true;
    }

    /// <summary>幺 is how 1 is read aloud in phone numbers; a 十/百/千/万 after the run makes it a quantity.</summary>
    [GeneratedRegex(@"(?<![〇零一二三四五六七八九幺])[一幺][三四五六七八九][〇零一二三四五六七八九幺](?:[ -]?[〇零一二三四五六七八九幺]{4}){2}(?![〇零一二三四五六七八九幺十百千万亿])", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDigits();

    // The 3-4-4 groups may also sit on three lines of their own ("158\n7346\n0921"), as a card's groups may (sixth attack
    // round); not three lines cut from a longer column of numbers (readings, counts).
    [GeneratedRegex(@"(?<![0-9])(?:(?:\+|00)86[ -]?)?1[3-9][0-9](?:[ .-]?[0-9]{4}){2}(?![0-9])|(?<![0-9][ ]*\r?\n[ ]*)(?<![0-9])1[3-9][0-9][ ]*\r?\n[ ]*[0-9]{4}[ ]*\r?\n[ ]*[0-9]{4}(?![0-9])(?![ ]*\r?\n[ ]*[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
