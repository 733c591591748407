using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// House numbers written by a country's own convention, with no English street word before a number (fourteenth pass, issue 15):
/// Colombia's grid ("Calle 85 # 11-53", "Carrera 43A #1-50", "Cra. 7 No. 72-41": the street, then the cross street and the metres
/// after # or No.), Russia and the CIS in romanised or Cyrillic form ("ul. Lenina, d. 15, kv. 42", "ул. Ленина, д. 15, кв. 42"),
/// the Gulf's villas and buildings ("Villa 23, Street 14B", "Building 7421, Al Malqa District"), Korean road addresses in Hangul
/// ("마포구 월드컵북로 396", "101동 1203호"), an East African apartment in an estate on a named road ("Apartment 5C, Riverside
/// Gardens, Riverside Drive") and Chilean and Argentine passages ("Pasaje Los Aromos 456"). Like every address, each counts only
/// with an owner's name or a home or delivery context.
/// </summary>
internal static partial class StreetAddress
{
    [GeneratedRegex(@"\b(?:Calle|Cll?\.|Carrera|Cra\.?|Kra\.?|Kr\.|Avenida|Av\.|Ak\.|Ac\.|Diagonal|Dg\.|Transversal|Tv\.|Tr\.)[ ]?\d{1,3}[ ]?[A-Za-z]?(?:[ ]?(?:bis|Bis|BIS))?(?:[ ]?(?:Sur|Este|sur|este))?[ ]*(?:#|No\.?|N°|Nº|n\.?º)[ ]*\d{1,3}[ ]?[A-Za-z]?[ ]?-[ ]?\d{1,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex ColombianGrid();

    [GeneratedRegex(@"(?:\b(?:ul\.|ulitsa|pr\.|prospekt|pr-t|per\.|pereulok|bul\.|bulvar|sh\.|shosse|nab\.)|(?<![\p{L}])(?:ул\.|улица|пр\.|просп\.|проспект|пер\.|переулок|б-р|бульвар|ш\.|шоссе|наб\.))[ ]?\p{Lu}[\p{L}'’-]*(?:[ ]\p{L}[\p{L}'’-]*){0,2},?[ ]*(?:(?:d\.|dom|д\.|дом)[ ]?\d{1,4}[A-Za-zА-Яа-я]?(?:/\d{1,3})?)(?:,?[ ]*(?:kv\.|kv|korp\.|k\.|str\.|кв\.|корп\.|к\.|стр\.)[ ]?\d{1,4}[A-Za-zА-Яа-я]?)*", RegexOptions.CultureInvariant)]
    private static partial Regex RussianStreet();

    [GeneratedRegex(@"\b(?:Villa|Building|Bldg\.?|Flat|Apartment|Apt\.?|House)[ ]?(?:No\.?[ ]?)?\d{1,5}[A-Za-z]?,[ ]*(?:(?:Street|St\.?|Road|Rd\.?|Block|Blk\.?|Sikka|Way)[ ]?\d{1,4}[A-Za-z]?\b|(?:(?:Al|Al-|Ar|As|Ash|Az|El)[ -]?)?\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,2}[ ]District\b)", RegexOptions.CultureInvariant)]
    private static partial Regex GulfBuilding();

    // "서울특별시 마포구 월드컵북로 396", "해운대구 센텀중앙로 79", "101동 1203호": a district (구/군/시) before a road (로/길) and its
    // number, or a building and unit number.
    [GeneratedRegex(@"[\uAC00-\uD7A3]{1,6}(?:구|군|시)[ ]+[\uAC00-\uD7A3\d]{1,10}(?:로|길)[ ]?\d{1,4}(?:-\d{1,4})?|\b\d{1,4}동[ ]?\d{1,5}호", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanHangul();

    // "Apartment 5C, Riverside Gardens, Riverside Drive, Nairobi", "House 14, Kileleshwa Court, Othaya Road": a unit in a named estate on
    // a named road, no number on the road.
    [GeneratedRegex(@"\b(?:Apartment|Apt\.?|Flat|House|Hse\.?|Villa|Unit)[ ]?(?:No\.?[ ]?)?\d{1,4}[A-Za-z]?,[ ]*(?:\p{Lu}[\p{L}'’-]*[ ]){0,3}\p{Lu}[\p{L}'’-]*,[ ]*(?:\p{Lu}[\p{L}'’-]*[ ]){1,3}(?:Road|Rd|Drive|Street|Avenue|Lane|Way|Close|Crescent)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EstateOnRoad();

    // "Pasaje Los Aromos 456", "Psje. El Roble 1120": a Chilean or Argentine passage, its name, then the number.
    [GeneratedRegex(@"\b(?:Pasaje|Psje\.|Pje\.)[ ]+(?:\p{L}[\p{L}'’.-]*[ ]+){1,4}\d{1,5}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Passage();

    // Each family's words, so a pattern runs only where its own words are; the gate is their union and "Building"/"Bldg" (a villa,
    // flat, apartment or house on a named road already opens the address detector through its street word).
    private static readonly SearchValues<string> GridWords = SearchValues.Create(
        ["Calle", "Cll.", "Cl.", "Carrera", "Cra", "Kra", "Kr.", "Diagonal", "Dg.", "Transversal", "Tv.", "Tr.", "Av.", "Ak.", "Ac.", "Avenida"],
        StringComparison.Ordinal);

    // Romanised and Cyrillic: the Cyrillic words are searched only in a text with Cyrillic (AsciiFirstSearch).
    private static readonly AsciiFirstSearch RussianWords = new(
        ["ul.", "ulitsa", "pr.", "prospekt", "pr-t", "per.", "pereulok", "bul.", "bulvar", "sh.", "shosse", "nab.",
         "ул.", "улица", "пр.", "просп", "проспект", "пер.", "переулок", "б-р", "бульвар", "ш.", "шоссе", "наб."],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> PassageWords = SearchValues.Create(["Pasaje", "Psje.", "Pje."], StringComparison.Ordinal);

    private static readonly SearchValues<string> BuildingWords = SearchValues.Create(["Building", "Bldg"], StringComparison.Ordinal);

    private static readonly SearchValues<string> UnitStarts = SearchValues.Create(
        ["Villa", "Building", "Bldg", "Flat", "Apartment", "Apt", "House", "Hse", "Unit"], StringComparison.Ordinal);

    private static readonly SearchValues<char> HangulRoadEnds = SearchValues.Create("로길동");

    /// <summary>Whether the text holds a word these forms cannot match without (the address detector's gate).</summary>
    internal static bool MayHaveConventionForm(ReadOnlySpan<char> span) =>
        span.ContainsAny(GridWords) || RussianWords.ContainsAny(span) || span.ContainsAny(PassageWords) || span.ContainsAny(BuildingWords)
        || span.ContainsAny(HangulRoadEnds);

    private static void AddConventionForms(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        // The grid's cross street follows "#", "No", "N°" or "nº".
        if ((span.Contains('#') || span.Contains('N') || span.Contains('º')) && span.ContainsAny(GridWords))
        {
            AddWhole(ColombianGrid(), text, found);
        }
        if (RussianWords.ContainsAny(span))
        {
            AddWhole(RussianStreet(), text, found);
        }
        if (span.ContainsAny(PassageWords))
        {
            AddWhole(Passage(), text, found);
        }
        if (span.ContainsAny(UnitStarts))
        {
            AddWhole(GulfBuilding(), text, found);
            AddWhole(EstateOnRoad(), text, found);
        }
        if (span.ContainsAny(HangulRoadEnds))
        {
            AddWhole(KoreanHangul(), text, found);
        }
    }

    // A match replaces the shorter addresses inside it that other forms read from part of it ("Calle 85" of "Calle 85 # 11-53",
    // "23, Street" of "Villa 23, Street 14B"); one that overlaps a longer address is left out.
    private static void AddWhole(Regex regex, string text, List<TextSpan> found)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            found.RemoveAll(f => f.Start >= span.Start && f.End <= span.End);
            if (!found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
        }
    }
}
