using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Chinese addresses said aloud or typed as spoken (eleventh pass, issue 15): a house, lane or building number in Chinese
/// numerals after a road or estate word (解放路二十七号三楼, 青山新村二十一号楼三单元五零二), as voice transcripts and chats write
/// them. The main patterns need ASCII digits, and the personal-data detectors' digit gate lets a text without any digit by
/// only where a Chinese numeral stands right before 号, 弄, 栋, 幢 or 单(元). And a Hong Kong estate's block and floor without a
/// flat (黄埔花园第8期5座15楼), which the flat pattern (ending in 室) does not take. And mainland and Hong Kong addresses written
/// in English order from the flat outwards with no house number (Room 1603, Bldg 5, Keyuan Rd, Nanshan District; Flat C, 18/F,
/// Block 3, Kornhill, Quarry Bay, Hong Kong), which the English patterns (a number before the street) do not take.
/// </summary>
internal static partial class StreetAddress
{
    private const string HanNumeralChars = "一二三四五六七八九十百零〇两";

    private static readonly SearchValues<char> HanNumerals = SearchValues.Create(HanNumeralChars);

    private static readonly SearchValues<char> HanHouseMarks = SearchValues.Create("号弄栋幢单");

    // The road or estate word, then up to four characters that are no date or time (not 村里三月五号), a number in Chinese
    // numerals and a house, lane or building mark (not 号线, 号店, 号位: a metro line, a shop, a seat), then units, floors
    // and rooms in numerals or digits, a room read digit by digit (五零一) last.
    [GeneratedRegex(@"[\u4e00-\u9fff]{1,14}?(?:路|街|大街|大道|(?<![知频通跑航车赛轨味难隧管渠坡栈走过步食肠尿气说报地门称厚公霸王弯匝岔水河信])道|巷|弄|胡同|新村|村|小区|花园|公寓|苑|园|广场|大厦)[\u4e00-\u9fff-[年月日号周天点时分期第]]{0,4}?[一二三四五六七八九十百零〇两]{1,6}(?:号楼|号(?![线店位机台窗口码令字种])|弄|栋|幢)(?:[\u4e00-\u9fff-[年月日号周天点时分期]]{0,4}?(?:[一二三四五六七八九十百零〇两]{1,5}|\d{1,5})(?:号楼|栋|幢|单元|门|座|层|楼|室|号|户)|[零〇一二三四五六七八九]{3,4}(?:室|号)?|\d{3,5})*", RegexOptions.CultureInvariant)]
    private static partial Regex HanNumeralStreet();

    /// <summary>A Chinese numeral right before 号, 弄, 栋, 幢 or 单: what <see cref="HanNumeralStreet"/> cannot match without.</summary>
    internal static bool MayHaveHanNumeralHouse(string text)
    {
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(HanHouseMarks); at >= 0;)
        {
            if (at > 0 && HanNumerals.Contains(span[at - 1]))
            {
                return true;
            }
            var next = span[(at + 1)..].IndexOfAny(HanHouseMarks);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>Addresses with their house number in Chinese numerals (see <see cref="HanNumeralStreet"/>).</summary>
    internal static void FindHanNumeralStreets(string text, List<TextSpan> found)
    {
        if (MayHaveHanNumeralHouse(text))
        {
            Add(HanNumeralStreet(), text, found);
        }
    }

    // An estate, court or garden, its phase (第8期), a block (5座) and a floor (15楼), with a flat letter or number after it or not.
    [GeneratedRegex(@"[\u4e00-\u9fff]{2,10}?(?:花园|苑|邨|城|村|阁|中心|广场|大厦|山庄)[ \u3000]?(?:第?\d{1,2}期)?[ \u3000]?\d{1,3}[ \u3000]?座[ \u3000]?\d{1,3}[ \u3000]?楼(?:[ \u3000]?[A-Za-z](?![A-Za-z])|[ \u3000]?[A-Za-z\d]{1,4}室)?", RegexOptions.CultureInvariant)]
    private static partial Regex HongKongBlockFloor();

    /// <summary>Hong Kong estate blocks and floors (see <see cref="HongKongBlockFloor"/>): only where 座 and 楼 both are; and a
    /// mainland estate's lettered or numbered block and flat (see <see cref="EstateBlockFlat"/>) where 座, 栋 or 幢 is.</summary>
    internal static void FindHongKongBlockFloors(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        if (span.IndexOf('座') >= 0 && span.IndexOf('楼') >= 0)
        {
            Add(HongKongBlockFloor(), text, found);
        }
        if (span.IndexOfAny('座', '栋', '幢') >= 0)
        {
            Add(EstateBlockFlat(), text, found);
        }
    }

    // An estate's zone by letter, number or side (C 区, 三区, 西区), a block and its flat, spaced or not (nineteenth pass: 金阳 C 区 9 栋
    // 1203, 望京西园三区 311 楼 1706, 万柳中路 西区 205 楼 1102, as call sheets and informants' notes write them). The zone and a
    // 3–4 digit flat after the block are what an office or a shop address has not.
    [GeneratedRegex(@"[\u4e00-\u9fff]{2,14}?[ \u3000]?(?:[A-Z]|\d{1,2}|[一二三四五六七八九十东西南北中])[ \u3000]?区[ \u3000]?\d{1,4}[ \u3000]?(?:号楼|栋|幢|楼)[ \u3000]?(?:\d{1,2}[ \u3000]?单元[ \u3000]?)?\d{3,4}(?!\d)(?:[ \u3000]?室)?", RegexOptions.CultureInvariant)]
    private static partial Regex EstateZoneBlockFlat();

    /// <summary>Estate zones' blocks and flats (see <see cref="EstateZoneBlockFlat"/>): only where 区 and a block mark both are.</summary>
    internal static void FindZoneBlockFlats(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        if (span.IndexOf('区') >= 0 && span.IndexOfAny('栋', '幢', '楼') >= 0)
        {
            Add(EstateZoneBlockFlat(), text, found);
        }
    }

    // A residential estate's block by letter or number and the flat straight after it, with no road or house number
    // (…桃源街道龙联花园C座1108, 翠湖家园B栋2203室): not an office tower's (广场, 大厦, 中心) or park's (科技园), which a company gives.
    [GeneratedRegex(@"[\u4e00-\u9fff]{2,12}?(?:花园|花苑|苑|(?<![技业件工校公])园|小区|公寓|山庄|家园|新村|府|庭|湾|邸)(?:第?\d{1,2}期)?[A-Za-z\d]{1,3}(?:座|栋|幢)\d{3,5}(?:室|房)?", RegexOptions.CultureInvariant)]
    private static partial Regex EstateBlockFlat();

    // A room or flat, then a floor (18/F) or a building, block or tower (one or two), then up to three capitalised places and a
    // district (…Nanshan District, …Chaoyang Qu) or Hong Kong, Kowloon or the New Territories.
    private const string BuildingPart = @"(?:Unit|Building|Bldg|Block|Blk|Tower)\.?\s*[A-Za-z\d]{1,4}\b,\s*";

    [GeneratedRegex(@"\b(?:Room|Rm|Flat|Unit|Apt|Suite)\.?\s*(?:[A-Za-z]?\d{1,5}[A-Za-z]?|[A-Z])\b,\s*(?:\d{1,2}\s?/\s?F\b,\s*(?:" + BuildingPart + ")?|" + BuildingPart + "(?:" + BuildingPart + @")?)(?:[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,3},\s*){0,3}(?:[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){0,2}\s+(?:District|Qu)\b|Hong\s+Kong\b|Kowloon\b|New\s+Territories\b)", RegexOptions.CultureInvariant)]
    private static partial Regex FlatFirstChineseAddress();

    private static readonly SearchValues<string> FlatFirstEnds = SearchValues.Create(["District", " Qu", "Hong Kong", "Kowloon", "New Territories"], StringComparison.Ordinal);

    /// <summary>English-ordered Chinese addresses (see <see cref="FlatFirstChineseAddress"/>): only where a district or Hong Kong is named.</summary>
    internal static void FindFlatFirstChineseAddresses(string text, List<TextSpan> found)
    {
        if (text.AsSpan().ContainsAny(FlatFirstEnds))
        {
            Add(FlatFirstChineseAddress(), text, found);
        }
    }
}
