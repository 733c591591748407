using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Mainland driving licences named farther from their label (moved out of the main file for its length).</summary>
internal sealed partial class DriverLicenseDetector
{
    /// <summary>
    /// A mainland licence named farther from its label: 驾驶证, 驾照, 驾驶执照 or the licence's class field 准驾车型, then within a
    /// short clause a number word of the licence (证号, 档案编号, 档案号, 编号, 号码, 证件号) and the number — the 12-digit file
    /// number or the holder's ID number (10–18 digits, a final X): "准驾车型C1，证号…", "我的驾驶证，证号是…", "驾驶证副页上的档案编号为…".
    /// A clause about an exam, a fine or an order (考试, 报名, 准考证, 罚单, 决定书, 违章, 订单) names another number.
    /// </summary>
    private static void AddChineseLicences(string text, List<TextSpan> found)
    {
        foreach (var match in ChineseLicence().EnumerateMatches(text))
        {
            var value = ChineseLicenceValue(text.AsSpan(match.Index, match.Length));
            var span = new TextSpan(match.Index + match.Length - value, match.Index + match.Length);
            if (!found.Exists(f => f.Overlaps(span)) && !text.AsSpan(match.Index, match.Length - value).ContainsAny(ChineseOtherNumbers))
            {
                found.Add(span);
            }
        }
    }

    // The length of the number at the end of a match: digits, spaces, dashes and a final X back to the number word.
    private static int ChineseLicenceValue(ReadOnlySpan<char> match)
    {
        var i = match.Length;
        while (i > 0 && (char.IsAsciiDigit(match[i - 1]) || match[i - 1] is ' ' or '-' || (i == match.Length && match[i - 1] is 'X' or 'x')))
        {
            i--;
        }
        while (i < match.Length && !char.IsAsciiDigit(match[i]))
        {
            i++;
        }
        return match.Length - i;
    }

    private static readonly SearchValues<string> ChineseOtherNumbers =
        SearchValues.Create(["考试", "报名", "准考", "罚单", "决定书", "违章", "订单", "罚款", "学员", "预约"], StringComparison.Ordinal);

    [GeneratedRegex(@"(?:驾驶证|驾照|驾驶执照|准驾车型)[^。！？!?\n]{0,20}?(?:证号|档案编号|档案号|编号|号码|证件号)[\s:：#是为]{0,4}[0-9](?:[0-9]|[ -](?=[0-9])){8,21}(?:[0-9]|[Xx](?![A-Za-z]))(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseLicence();
}
