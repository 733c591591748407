using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Address forms the main patterns do not cover (fifth pass, issue 15): Chinese addresses in traditional characters or with
/// spaces around the numbers (長沙市…932號…12棟3單元, 漕溪北路 88 号), Indian house numbers (H.No. 4-12/3), Japanese block
/// numbers before a ward (2-14-5 Shibuya, Shibuya-ku), and British house and terrace names (3 Glebe Cottages, Rose Cottage,
/// Mill Lane). Each pattern runs only where a vectorised search finds the fixed word it cannot match without.
/// </summary>
internal static partial class StreetAddress
{
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,14}?(?:路|街|大街|大道|巷|弄|胡同|里|村|小区|小區|花园|花園|公寓|苑|园|園|广场|廣場|大厦|大廈)[\u4e00-\u9fff]{0,4}?[ \u3000]?\d{1,5}(?:-\d{1,5})?[ \u3000]?(?:号楼|號樓|号|號|弄|栋|棟|幢)(?:[\u4e00-\u9fff \u3000A-Za-z]{0,8}?\d{1,5}[ \u3000]?(?:号楼|號樓|栋|棟|幢|单元|單元|层|層|楼|樓|室|号|號|户|戶|座))*", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseStreetLoose();

    [GeneratedRegex(@"\d{1,4}(?:號樓|棟)\d{0,3}(?:單元)?\d{0,5}(?:室|號)?|\d{1,3}單元\d{2,5}(?:室|號)?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseBuildingTraditional();

    // Traditional house and building marks, or a space between a number and 号.
    private static readonly SearchValues<char> TraditionalMarks = SearchValues.Create("號棟單樓");

    [GeneratedRegex(@"\b(?:H\.?\s?No|House\s+No|Flat\s+No|Plot\s+No|Door\s+No|D\.\s?No|Qtr\.?\s?No)\.?\s*[:#]?\s*\d{1,5}[A-Za-z]?(?:\s?[-/]\s?\d{1,5}[A-Za-z]?)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndianHouseNumber();

    private static readonly SearchValues<string> IndianHouseWords = SearchValues.Create(
        ["h.no", "h. no", "h no.", "house no", "flat no", "plot no", "door no", "d.no", "d. no", "qtr"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b\d{1,4}-\d{1,4}(?:-\d{1,4})?,?\s+(?:[\p{L}][\p{L}'’-]*\s*){1,3},\s*[\p{L}]+-(?:ku|shi|cho|machi|gun|mura)\b|\b\d{1,2}-?chome\b[\s,-]*\d{1,4}(?:-\d{1,4})?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex JapaneseBlock();

    private static readonly SearchValues<string> JapaneseWardWords = SearchValues.Create(["-ku", "-shi", "-cho", "-machi", "-gun", "-mura", "chome"], StringComparison.OrdinalIgnoreCase);

    private const string HouseNameWords = "Cottages?|Rise|Croft|Fold|Vale|Chase|Meadows?|Yard|Wynd|Brae|Heights|Villas|Buildings|Parade|Quay|Wharf|Orchard|Paddock|Dene|Garth|Nook";

    [GeneratedRegex(@"\b\d{1,4}[A-Za-z]?\s+(?:[\p{Lu}][\p{L}'’-]+\s+){1,2}(?:" + HouseNameWords + @")\b|\b[\p{Lu}][\p{L}'’-]+\s+(?:Cottage|House|Farm|Lodge|Barn|Manor|Villa),\s*(?:[\p{Lu}][\p{L}'’-]+\s+){1,2}(?:Street|Road|Lane|Avenue|Drive|Close|Way|Hill|Green|Row)\b", RegexOptions.CultureInvariant)]
    private static partial Regex BritishHouseName();

    private static readonly SearchValues<string> BritishHouseWords = SearchValues.Create(
        ["Cottage", "Rise", "Croft", "Fold", "Vale", "Chase", "Meadow", "Yard", "Wynd", "Brae", "Heights", "Villas", "Buildings", "Parade",
         "Quay", "Wharf", "Orchard", "Paddock", "Dene", "Garth", "Nook", "House,", "Farm,", "Lodge,", "Barn,", "Manor,", "Villa,"], StringComparison.Ordinal);

    private static void AddMoreForms(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        if (HanText.Contains(text) && (span.ContainsAny(TraditionalMarks) || span.Contains(" 号", StringComparison.Ordinal) || span.Contains(" 號", StringComparison.Ordinal)))
        {
            Add(ChineseStreetLoose(), text, found);
            Add(ChineseBuildingTraditional(), text, found);
        }
        if (span.ContainsAny(IndianHouseWords))
        {
            Add(IndianHouseNumber(), text, found);
        }
        if (span.ContainsAny(JapaneseWardWords))
        {
            Add(JapaneseBlock(), text, found);
        }
        if (span.ContainsAny(BritishHouseWords))
        {
            Add(BritishHouseName(), text, found);
        }
    }
}
