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

    // Ukrainian (and Russian) streets in transliteration, whose house number follows the name without "d.": "vul. Franka 9, kv. 23",
    // "prosp. Peremohy 37, kv. 101", "bul. Shevchenka 22, bud. 4, kv. 9", "prov. Tykhyi 3"; and in Cyrillic (вул. Франка 9, кв. 23).
    [GeneratedRegex(@"(?:\b(?:[Vv]ul\.|[Vv]ulytsi[aä]|[Vv]ulytsya|[Pp]rov\.|[Pp]rovulok|[Pp]rosp\.|[Pp]rospekt|[Bb]ulv?\.|[Bb]ulvar|[Uu]litsa)|(?<![\p{L}])(?:[Вв]ул\.|[Вв]улиця|[Пп]ров\.|[Пп]ровулок|[Пп]росп\.|[Бб]ульв\.))[ ]?\p{Lu}[\p{L}'’-]*(?:[ ]\p{L}[\p{L}'’-]*){0,2},?[ ]*(?:(?:bud\.|d\.|буд\.|д\.)[ ]?)?\d{1,4}[A-Za-zА-Яа-я]?(?:/\d{1,3})?(?:,?[ ]*(?:kv\.|kv|bud\.|korp\.|k\.|кв\.|буд\.|корп\.)[ ]?\d{1,4}[A-Za-zА-Яа-я]?)*\b", RegexOptions.CultureInvariant)]
    private static partial Regex UkrainianStreet();

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

    private static readonly AsciiFirstSearch UkrainianWords = new(
        ["vul.", "vulyts", "prov.", "provulok", "prosp.", "prospekt", "bul.", "bulv.", "bulvar", "ulitsa", "вул.", "вулиця", "пров.",
         "провулок", "просп.", "бульв."],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PassageWords = SearchValues.Create(["Pasaje", "Psje.", "Pje."], StringComparison.Ordinal);

    private static readonly SearchValues<string> BuildingWords = SearchValues.Create(["Building", "Bldg"], StringComparison.Ordinal);

    private static readonly SearchValues<string> UnitStarts = SearchValues.Create(
        ["Villa", "Building", "Bldg", "Flat", "Apartment", "Apt", "House", "Hse", "Unit"], StringComparison.Ordinal);

    private static readonly SearchValues<char> HangulRoadEnds = SearchValues.Create("로길동");

    /// <summary>Whether the text holds a word these forms cannot match without (the address detector's gate).</summary>
    internal static bool MayHaveConventionForm(ReadOnlySpan<char> span) =>
        span.ContainsAny(VCardAdr) || span.ContainsAny(GridWords) || RussianWords.ContainsAny(span) || UkrainianWords.ContainsAny(span) || span.ContainsAny(PassageWords) || span.ContainsAny(BuildingWords)
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
        if (UkrainianWords.ContainsAny(span))
        {
            AddWhole(UkrainianStreet(), text, found);
        }
        if (span.ContainsAny(VCardAdr))
        {
            AddVCardStreets(text, found);
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

    // A vCard's ADR property ("ADR;TYPE=home:;;Długa 12;Gdańsk;;80-827;Poland", "item1.ADR;type=HOME:…", "ADR:;;…"): its third
    // component is the street line by the format's own definition, whatever words the street is written with (a Polish "Długa 12"
    // has no street word). The property must open its line (after an optional group "item1."); the street must hold a digit.
    private static void AddVCardStreets(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(VCardAdr);
            if (at < 0)
            {
                return;
            }
            at += from;
            from = at + 3;
            var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            var prefix = span[lineStart..at].TrimStart(" \t");
            if ((!prefix.IsEmpty && (prefix[^1] != '.' || prefix[..^1].ContainsAnyExcept(GroupNameChars))) || from >= span.Length
                || span[from] is not (';' or ':'))
            {
                continue;
            }
            var lineEnd = text.IndexOf('\n', from);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var colon = span[from..lineEnd].IndexOf(':');
            // Components: post office box; extended address; street; locality; region; postal code; country.
            var street = colon < 0 ? -1 : from + colon + 1;
            for (var c = 0; c < 2 && street >= 0; c++)
            {
                var semicolon = span[street..lineEnd].IndexOf(';');
                street = semicolon < 0 ? -1 : street + semicolon + 1;
            }
            if (street < 0)
            {
                continue;
            }
            var end = span[street..lineEnd].IndexOf(';') is var stop and >= 0 ? street + stop : lineEnd;
            while (street < end && char.IsWhiteSpace(text[street]))
            {
                street++;
            }
            while (end > street && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            var value = span[street..end];
            if (value.Length is >= 3 and <= 80 && value.IndexOfAnyInRange('0', '9') >= 0 && value.IndexOfAnyExcept(NotLetters) >= 0)
            {
                AddSpan(new TextSpan(street, end), found);
            }
        }
    }

    private static readonly SearchValues<string> VCardAdr = SearchValues.Create(["ADR;", "ADR:", "adr;", "adr:"], StringComparison.Ordinal);

    private static readonly SearchValues<char> GroupNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private static readonly SearchValues<char> NotLetters = SearchValues.Create("0123456789 ,.-/#\\");

    // A match replaces the shorter addresses inside it that other forms read from part of it ("Calle 85" of "Calle 85 # 11-53",
    // "23, Street" of "Villa 23, Street 14B"); one that overlaps a longer address is left out.
    private static void AddWhole(Regex regex, string text, List<TextSpan> found)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            AddSpan(new TextSpan(match.Index, match.Index + match.Length), found);
        }
    }

    private static void AddSpan(TextSpan span, List<TextSpan> found)
    {
        found.RemoveAll(f => f.Start >= span.Start && f.End <= span.End);
        if (!found.Exists(f => f.Overlaps(span)))
        {
            found.Add(span);
        }
    }
}
