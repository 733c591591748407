using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Address forms the main patterns do not cover (fifth pass, issue 15): Chinese addresses in traditional characters or with
/// spaces around the numbers (長沙市…932號…12棟3單元, 漕溪北路 88 号), Indian house numbers (H.No. 4-12/3), Japanese block
/// numbers before a ward (2-14-5 Shibuya, Shibuya-ku), and British house and terrace names (3 Glebe Cottages, Rose Cottage,
/// Mill Lane). Sixth pass: Korean dong/ho units and -ro/-daero/-gil roads (101-dong 1503-ho, 45 Banpo-daero), Canadian rural
/// routes (RR 2, Box 118), Indian cross and main roads (No. 12, 3rd Cross, 5th Main) and Vietnamese ward lines (45 Le Loi, Ben
/// Nghe Ward). Each pattern runs only where a vectorised search finds the fixed word it cannot match without.
/// </summary>
internal static partial class StreetAddress
{
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,14}?(?:路|街|大街|大道|(?<![知频通跑航车赛轨味难隧管渠坡栈走过步食肠尿气说报地门称厚公霸王弯匝岔水河信])道|巷|弄|胡同|里|村|小区|小區|花园|花園|公寓|苑|园|園|广场|廣場|大厦|大廈)[\u4e00-\u9fff]{0,4}?[ \u3000]?\d{1,5}(?:-\d{1,5})?[ \u3000]?(?:号楼|號樓|号|號|弄|巷|栋|棟|幢)(?:[\u4e00-\u9fff \u3000A-Za-z]{0,8}?\d{1,5}[ \u3000]?(?:号楼|號樓|栋|棟|幢|单元|單元|门|門|层|層|楼|樓|室|号|號|户|戶|座|弄|巷))*(?:(?<=[栋棟幢元])[ \u3000]?\d{3,4}(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseStreetLoose();

    [GeneratedRegex(@"\d{1,4}(?:號樓|棟)\d{0,3}(?:單元)?\d{0,5}(?:室|號)?|\d{1,3}單元\d{2,5}(?:室|號)?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseBuildingTraditional();

    // Traditional house and building marks, or a space between a number and 号 or 栋 (eighteenth pass: "…小区 15 栋 2403", a building
    // and its flat number with no 号 or 室, as call sheets and notes space them; the flat number after 栋 or 单元 is taken in).
    // Lanes and alleys (巷, 弄) too: the personal-data detectors read traditional text folded to simplified (TraditionalChinese),
    // where a Taipei address keeps only its 巷/弄 to tell it from the main pattern's forms.
    private static readonly SearchValues<char> TraditionalMarks = SearchValues.Create("號棟單樓巷弄");

    // Hong Kong flats without a road (ninth pass): an estate or court, a block by number (第一城 38 座) or by name (禾輋邨豐和樓), an
    // optional floor and the flat (12 樓 F 室, 1203 室), read in the folded text (樓 as 楼).
    [GeneratedRegex(@"[\u4e00-\u9fff]{2,10}?(?:[ \u3000]?\d{1,3}[ \u3000]?座|邨[\u4e00-\u9fff]{1,4}[楼阁座])[ \u3000]?(?:\d{1,3}[ \u3000]?楼[ \u3000]?)?[A-Za-z\d]{1,5}[ \u3000]?室", RegexOptions.CultureInvariant)]
    private static partial Regex HongKongFlat();

    // A rural address without a house number (湖南省邵阳县白仓镇李家村三组): a town or township, a village and its group
    // (组, 社, 队) in digits or Chinese numerals.
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,12}?[镇乡][\u4e00-\u9fff]{1,6}?村[ \u3000]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[ \u3000]?(?:组|社|队)", RegexOptions.CultureInvariant)]
    private static partial Regex RuralVillageGroup();

    /// <summary>A village and its group (村…组): a rural address that has no digit, so the detectors' digit gate must let it by.</summary>
    internal static bool MayHaveVillageGroup(string text) =>
        text.AsSpan().IndexOfAny('组', '社', '队') >= 0 && text.AsSpan().IndexOf('村') >= 0;

    /// <summary>Rural village-group addresses only: what a text without digits can hold.</summary>
    internal static void FindVillageGroups(string text, List<TextSpan> found)
    {
        if (MayHaveVillageGroup(text))
        {
            Add(RuralVillageGroup(), text, found);
        }
    }

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

    [GeneratedRegex(@"\b\d{1,4}-?dong,?\s*\d{1,5}-?ho\b|\b\d{1,4}(?:-\d{1,4})?,?\s+\p{Lu}[\p{L}]+-(?:daero|ro|gil)\b(?:\s*\d{1,3}(?:beon)?-?gil\b)?|\b\p{Lu}[\p{L}]+-(?:daero|ro|gil)\s+\d{1,4}(?:-\d{1,4})?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KoreanAddress();

    private static readonly SearchValues<string> KoreanWords = SearchValues.Create(["-dong", "-daero", "-ro ", "-ro,", "-gil"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:RR|R\.R\.|Rural\s+Route)\s*#?\s*\d{1,3}(?:\s*,?\s*(?:Box|Site|Comp\.?)\s*#?\s*\d{1,5})*", RegexOptions.CultureInvariant)]
    private static partial Regex RuralRoute();

    private static readonly SearchValues<string> RuralRouteWords = SearchValues.Create(["RR ", "RR#", "R.R.", "Rural Route", "rural route"], StringComparison.Ordinal);

    private const string IndianRoadWords = "Cross|Main|Block|Stage|Phase|Sector";

    [GeneratedRegex(@"\b(?:No\.?\s*)?\d{1,4}[A-Za-z]?(?:/\d{1,3})?,\s*\d{1,2}(?:st|nd|rd|th)\s+(?:" + IndianRoadWords + @")\b(?:(?:\s+Road)?,\s*\d{1,2}(?:st|nd|rd|th)\s+(?:" + IndianRoadWords + @")\b)*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex IndianCrossRoad();

    // Its gate: IndianRoadMarkSearch (the suffixes st/nd/rd/th before one of the road words).

    [GeneratedRegex(@"\b\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+(?:\p{Lu}[\p{L}]+\s+){0,2}\p{Lu}[\p{L}]+,\s*(?:(?:\p{Lu}[\p{L}]+\s+){1,3}Ward\b|Ward\s+\d{1,2}\b|Phường\s+\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseWard();

    // Two words, searched one after the other: a SearchValues of them is an Aho-Corasick walk ("Phường" is not ASCII),
    // many times slower than two vectorised searches.
    private static bool HasVietnameseWardWord(ReadOnlySpan<char> span) =>
        span.Contains(" Ward", StringComparison.Ordinal) || span.Contains("Phường", StringComparison.Ordinal);

    // German streets named by a preposition and a field or place name ("Am Sonnenhang 12, 34119 Kassel", "In der Aue 3a, 50667
    // Köln"): only with the five-digit postcode and a town after the number, which sets them apart from prose ("Am Montag 12 …").
    [GeneratedRegex(@"\b(?:Am|Im|Zum|Zur|An\s+der|An\s+den|Auf\s+der|Auf\s+dem|In\s+der|In\s+den|Unter\s+den|Hinter\s+der|Hinter\s+dem|Vor\s+dem)\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\d{1,4}\s?[a-z]?,\s*\d{5}\s+\p{Lu}[\p{L}-]+", RegexOptions.CultureInvariant)]
    private static partial Regex GermanPrepositionStreet();

    private static readonly SearchValues<string> GermanPrepositionStarts = SearchValues.Create(
        ["Am ", "Im ", "Zum ", "Zur ", "An der ", "An den ", "Auf der ", "Auf dem ", "In der ", "In den ", "Unter den ", "Hinter d", "Vor dem "], StringComparison.Ordinal);

    private static bool HasGermanPrepositionStreet(ReadOnlySpan<char> span) =>
        span.ContainsAny(GermanPrepositionStarts) && span.IndexOfAnyInRange('0', '9') >= 0 && GermanPrepositionStreet().IsMatch(span);

    /// <summary>
    /// Whether the text holds a fixed word of the sixth pass's forms or a German street's ß ("Hauptstraße 5"): the person
    /// address detector's gate, for addresses that carry no English street, unit or delivery word.
    /// </summary>
    internal static bool HasOtherFormWords(string text)
    {
        var span = text.AsSpan();
        return span.Contains('ß') || span.ContainsAny(KoreanWords) || span.ContainsAny(RuralRouteWords) || IndianRoadMarkSearch.In(span)
            || HasVietnameseWardWord(span) || HasGermanPrepositionStreet(span) || HasWorldFormWords(span);
    }

    private static void AddMoreForms(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        if (HanText.Contains(text) && (span.ContainsAny(TraditionalMarks) || span.Contains(" 号", StringComparison.Ordinal) || span.Contains(" 號", StringComparison.Ordinal)
            || span.Contains(" 栋", StringComparison.Ordinal) || span.Contains(" 幢", StringComparison.Ordinal)))
        {
            Add(ChineseStreetLoose(), text, found);
            Add(ChineseBuildingTraditional(), text, found);
        }
        if (span.IndexOf('室') >= 0 && span.IndexOfAny('座', '邨') >= 0 && HanText.Contains(text))
        {
            Add(HongKongFlat(), text, found);
        }
        if (HanText.Contains(text))
        {
            FindHongKongBlockFloors(text, found);
            FindZoneBlockFlats(text, found);
        }
        FindVillageGroups(text, found);
        FindHanNumeralStreets(text, found);
        FindFlatFirstChineseAddresses(text, found);
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
        if (span.ContainsAny(KoreanWords))
        {
            Add(KoreanAddress(), text, found);
        }
        if (span.ContainsAny(RuralRouteWords))
        {
            Add(RuralRoute(), text, found);
        }
        if (IndianRoadMarkSearch.In(span))
        {
            Add(IndianCrossRoad(), text, found);
        }
        if (HasVietnameseWardWord(span))
        {
            Add(VietnameseWard(), text, found);
        }
        if (span.ContainsAny(GermanPrepositionStarts))
        {
            Add(GermanPrepositionStreet(), text, found);
        }
        AddWorldForms(text, found);
    }
}
