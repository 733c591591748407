using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Street-level addresses: a building number with a street word ("418 Maple Grove Road", "Kasnéti 290",
/// "14 Rue des Lilas"), an apartment, suite or PO box line, a number-words-number line followed by a town
/// line (international formats), or a Chinese road/building number (张杨路1588号, 412号楼1单元801). Cities and
/// countries alone are not addresses. Only texts with digits are searched.
/// </summary>
internal static partial class StreetAddress
{
    private const string StreetWords =
        "Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Crescent|Cres|Place|Pl|Way|Terrace|Close|Parkway|Pkwy|"
        + "Highway|Hwy|Grove|Row|Circle|Cir|Trail|Square|Sq|Mews|Gardens|Walk|Hill|Green|Park|"
        // Delivery notes' and Irish/UK abbreviations ("Fairview Tce", "Meadow Crt", "Oakfield Drv", "Elm Gdns", "Marine Pde").
        + "Tce|Crt|Drv|Gdns|Pde";

    // A number, up to four words (none holds white space), then a street word: NumberThenStreetWords is the four.
    private const string NumberThenStreetPattern =
        @"\b\d{1,6}[A-Za-z]?(?:[-/]\d{1,5})?,?\s+(?:[\p{L}][\p{L}.'’-]*\s+){0,4}?(?:" + StreetWords + @")\b\.?";

    private const int NumberThenStreetWords = 4;

    [GeneratedRegex(NumberThenStreetPattern, RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenStreet();

    [GeneratedRegex(@"\G(?:" + NumberThenStreetPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenStreetHere();

    private const string NumberThenStreetAnyCasePattern =
        @"\b\d{1,6}[A-Za-z]?,?\s+(?:[\p{L}][\p{L}.'’-]*\s+){0,3}?(?:street|road|avenue|ave|lane|court|boulevard|blvd|parkway|highway|crescent|terrace|strasse|straße|tce|crt|gdns|grove|mews)\b";

    private const int NumberThenStreetAnyCaseWords = 3;

    [GeneratedRegex(NumberThenStreetAnyCasePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberThenStreetAnyCase();

    [GeneratedRegex(@"\G(?:" + NumberThenStreetAnyCasePattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberThenStreetAnyCaseHere();

    // "Via", "Viale", "Plaza" and "Boulevard" only capitalised: "sent 3 via email and 2 by post" is prose.
    internal const string StreetThenNumberPattern = @"\b(?:[Rr]ue|RUE|Via|VIA|Viale|[Cc]alle|CALLE|[Aa]venida|AVENIDA|[Aa]vda|[Rr]ua|RUA|[Pp]iazza|PIAZZA|Plaza|PLAZA|[Uu]lica|ULICA|[Uu]l\.|UL\.|Boulevard|BOULEVARD|[Cc]hemin|CHEMIN|[Ss]trada|STRADA|[Cc]arrer|CARRER)\s+(?:[\p{L}][\p{L}.'’-]*\s+){0,4}?(?:[\p{L}][\p{L}.'’-]*,\s)?\d{1,5}[A-Za-z]?\b";

    [GeneratedRegex(StreetThenNumberPattern, RegexOptions.CultureInvariant)]
    private static partial Regex StreetThenNumber();

    // The same pattern, matching only where the search starts: tried where one of its street words starts.
    [GeneratedRegex(@"\G(?:" + StreetThenNumberPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex StreetThenNumberHere();

    // What every StreetThenNumber match starts with, as written (a street word added to the pattern needs its start here:
    // FastSearchTests checks every alternative has one).
    internal static readonly SearchValues<string> StreetThenNumberStarts = SearchValues.Create(
        ["Rue", "rue", "RUE", "Via", "VIA", "Calle", "calle", "CALLE", "Avenida", "avenida", "AVENIDA", "Avda", "avda", "Rua", "rua",
            "RUA", "Piazza", "piazza", "PIAZZA", "Plaza", "PLAZA", "Ulica", "ulica", "ULICA", "Ul.", "ul.", "UL.", "Boulevard",
            "BOULEVARD", "Chemin", "chemin", "CHEMIN", "Strada", "strada", "STRADA", "Carrer", "carrer", "CARRER"], StringComparison.Ordinal);

    // StreetThenNumber's street words, as letters alone (what StreetScan looks for at word starts; "Ul." is "Ul").
    internal static readonly string[] StreetThenNumberWords =
        ["Rue", "Via", "Viale", "Calle", "Avenida", "Avda", "Rua", "Piazza", "Plaza", "Ulica", "Ul", "Boulevard", "Chemin", "Strada", "Carrer"];

    // The street word may also stand as a word of its own after the name ("Mariahilfer Straße 101", "Karl Marx Allee 90").
    [GeneratedRegex(@"\b[\p{L}]{2,}(?:straße|strasse|str\.|weg|gasse|straat|laan|vej|gatan|gata|vägen|väg|ulica|utca|katu|tie|allee|platz|ring|damm|plein|gracht|kade|[ -](?:straße|strasse|str\.|gasse|allee|platz))\s+\d{1,5}[A-Za-z]?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EuropeanStreet();

    [GeneratedRegex(@"\b(?:Apt|Apartment|Suite|Ste|Unit|Flat)\.?\s*#?\s*\d{1,5}[A-Za-z]?\b|\bP\.?\s?O\.?\s?Box\s+\d{1,6}\b|\bPSC\s+\d{3,5}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UnitOrBox();

    // "58 Kvaløyvågvegen 140\n Kvaløysletta", "37 Parva Domus 6896, Pesconuovo": number, words, number, then a town.
    // Not a range ("cards start with 2200 to 2204, and …"), nor a date ("born 3 March 2007, from Recife"), nor a metric a queue,
    // log or monitor reports ("lag 91233 on partition 7, consumer group billing-v2": seventeenth pass, a log exemption).
    private const string NumberWordsNumberTownPattern = @"(?<!\b(?i:lag|offset|depth|latency|backlog|pid|port|partition|shard|epoch|seq|queue|retries)[ \t=:]+)\b\d{1,5}\s+(?!(?:to|and|or|through|thru|till|until|by|x|of|per|from|vs|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d)(?:[\p{L}][\p{L}.'’-]*\s+){1,3}\d{1,5}[A-Za-z]?\s*(?:\r?\n|,)\s*[\p{L}]";

    // Its words: the first number lies in one of the pieces this far before the second.
    private const int NumberWordsNumberTownWords = 3;

    [GeneratedRegex(NumberWordsNumberTownPattern, RegexOptions.CultureInvariant)]
    private static partial Regex NumberWordsNumberTown();

    [GeneratedRegex(@"\G(?:" + NumberWordsNumberTownPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NumberWordsNumberTownHere();

    // presidio-research's generator writes some streets as "<given name> and <street> <number>" ("Lauren and Sorlaskeid 32",
    // "Ries and Κασνέτη 290"); like every address it counts only with an owner's name or a home or delivery context.
    private const string GivenNameAndStreetPattern = @"\b\p{Lu}\p{Ll}+\s+and\s+(?:[\p{L}][\p{L}.'’-]*\s+){1,4}\d{1,5}[A-Za-z]?\b";

    [GeneratedRegex(GivenNameAndStreetPattern, RegexOptions.CultureInvariant)]
    private static partial Regex GivenNameAndStreet();

    [GeneratedRegex(@"\G(?:" + GivenNameAndStreetPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex GivenNameAndStreetHere();

    /// <summary>
    /// GivenNameAndStreet's hits (tests: anchored or enumerated over the whole text). A match holds "and" with white space
    /// on both sides right after its first word, an upper-case letter and lower-case ones: anchored, the pattern is tried
    /// only at that upper-case letter before each such "and", the one place a match with that "and" can start.
    /// </summary>
    internal static void AddGivenNameAndStreet(string text, List<TextSpan> found, bool anchored)
    {
        if (!anchored)
        {
            Add(GivenNameAndStreet(), text, found);
            return;
        }
        var starts = t_starts ??= [];
        starts.Clear();
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var and = span[from..].IndexOf("and", StringComparison.Ordinal);
            if (and < 0)
            {
                break;
            }
            and += from;
            from = and + 1;
            if (and == 0 || and + 3 >= span.Length || !char.IsWhiteSpace(span[and - 1]) || !char.IsWhiteSpace(span[and + 3]))
            {
                continue;
            }
            var space = and - 1;
            while (space > 0 && char.IsWhiteSpace(span[space - 1]))
            {
                space--;
            }
            var lower = space;
            while (lower > 0 && char.GetUnicodeCategory(span[lower - 1]) == UnicodeCategory.LowercaseLetter)
            {
                lower--;
            }
            if (lower < space && lower > 0 && char.GetUnicodeCategory(span[lower - 1]) == UnicodeCategory.UppercaseLetter)
            {
                starts.Add(lower - 1);
            }
        }
        starts.Sort();
        AddAt(GivenNameAndStreetHere(), text, starts, found);
    }

    // US military mail (ship names, APO/FPO/DPO with AA/AE/AP, "Unit 1234 Box 5678"), in any case.
    internal const string MilitaryPattern = @"\b(?:USNS|USNV|USS|USCGC)\s+\p{L}+|\b[ADF]PO\s+A[AEP]\s+\d{5}\b|\bUnit\s+\d{4}\s+Box\s+\d{4}\b";

    // Military's first words, as letters alone (what StreetScan looks for at word starts).
    internal static readonly string[] MilitaryWords = ["USNS", "USNV", "USS", "USCGC", "APO", "DPO", "FPO", "Unit"];

    [GeneratedRegex(MilitaryPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Military();

    [GeneratedRegex(@"\G(?:" + MilitaryPattern + ")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MilitaryHere();

    // What every Military match starts with, ignoring case (checked against the pattern like StreetThenNumberStarts).
    internal static readonly SearchValues<string> MilitaryStarts = SearchValues.Create(
        ["usn", "uss", "usc", "apo", "dpo", "fpo", "unit"], StringComparison.OrdinalIgnoreCase);

    // After an explicit address label any "words number" is taken as the address: "his address: 85 Trg revolucije 12"; not
    // a phrase that opens with an article or possessive ("moved to the new Acme building at 91 …": the pattern behind finds 91 …).
    internal const string AfterAddressLabelPattern = @"(?:address(?:es)?\s*(?:is|:)|here they are:|return to|ship(?:ped)? to|send (?:it |them )?to|deliver(?:ed)? to|mail (?:it )?to|(?:lives?|living|resides?|residing|stays?|staying) at|moved to|(?:place|house|flat|home|apartment)(?: is(?: at)?|['’]s at))\s*(?:the\s+corner\s+of\s+)?(?!(?:the|a|an|our|my|his|her|their|new)\s)((?:[\p{L}][\p{L}.'’-]*\s+|\d{1,5}\s+){1,5}\d{1,5}[A-Za-z]?)\b";

    [GeneratedRegex(AfterAddressLabelPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterAddressLabel();

    // The same pattern, matching only where the search starts (\G): tried at the places AddressLabelStarts finds.
    [GeneratedRegex(@"\G" + AfterAddressLabelPattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AfterAddressLabelHere();

    // Number first, then a French, Italian, Spanish or Portuguese street type: "6 Rue Hsine Eloued", "12, avenue Foch".
    internal const string RomanceStreetWords = @"Rue|rue|Avenue|Boulevard|Chemin|chemin|Allée|allée|Impasse|impasse|Quai|quai|Route|Via|Viale|Calle|calle|Rua|rua|Avenida|avenida|Avda\.?";

    [GeneratedRegex(@"\b\d{1,5}[A-Za-z]?,?\s+(?:" + RomanceStreetWords + @")\s+(?:(?:de|du|des|la|le|del|da|do|dos|della)\s+|[dl]['’])?[\p{L}][\p{L}'’-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenRomanceStreet();

    // What every NumberThenRomanceStreet match holds after its number, as written (a street type added to the pattern needs
    // its start here: PersonPathSpeedTests checks every alternative has one).
    internal static readonly string[] RomanceStreetStarts =
        ["Rue", "rue", "Avenue", "Boulevard", "Chemin", "chemin", "Allée", "allée", "Impasse", "impasse", "Quai", "quai", "Route", "Via",
            "Calle", "calle", "Rua", "rua", "Avenida", "avenida", "Avda"];

    private static readonly SearchValues<char> RomanceStreetFirsts = SearchValues.Create([.. RomanceStreetStarts.Select(w => w[0]).Distinct()]);

    /// <summary>
    /// What NumberThenRomanceStreet cannot match without: a number, then at most one ASCII letter and a comma, white
    /// space, and one of its street types.
    /// </summary>
    internal static bool HasNumberThenRomanceStreetType(ReadOnlySpan<char> text)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = AddressGates.IndexOfDigit(text, from);
            if (at < 0)
            {
                return false;
            }
            var k = at + 1;
            while (k < text.Length && CharTable.IsDigit(text[k]))
            {
                k++;
            }
            from = k;
            if (RomanceStreetTypeAfter(text, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The test of <see cref="HasNumberThenRomanceStreetType"/> after one digit run, which ends at <paramref name="k"/>.</summary>
    internal static bool RomanceStreetTypeAfter(ReadOnlySpan<char> text, int k)
    {
        if (k < text.Length && char.IsAsciiLetter(text[k]))
        {
            k++;
        }
        if (k < text.Length && text[k] == ',')
        {
            k++;
        }
        var space = k;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }
        if (k == space || k == text.Length || !RomanceStreetFirsts.Contains(text[k]))
        {
            return false;
        }
        foreach (var word in RomanceStreetStarts)
        {
            if (word[0] == text[k] && text[k..].StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // Hungarian street types after the name, then the number with its full stop: "Király u. 23.", "Dózsa György út 78.",
    // "Erzsébet tér 92.", "Bem rakpart 79.".
    [GeneratedRegex(@"\b[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,3}?\s+(?:u\.|utca|út|útja|tér|tere|körút|krt\.|rakpart|köz|sétány|fasor)\s*\d{1,4}\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex HungarianStreet();

    private static readonly CaseInsensitiveWords HungarianStreetWords = new(
        [" u. ", "utca", "út ", "útja", "tér ", "tere ", "körút", "krt.", "rakpart", "köz ", "sétány", "fasor"]);

    private static readonly SearchValues<string> CornerOf = SearchValues.Create(["corner of"], StringComparison.OrdinalIgnoreCase);

    // What every AfterAddressLabel match starts with (its label alternatives, shortened to common starts). A label added
    // to the pattern needs its start here (FastSearchTests checks every alternative of the pattern has one).
    internal static readonly SearchValues<string> AddressLabelStarts = SearchValues.Create(
        ["address", "here they are:", "return to", "ship", "send ", "deliver", "mail ", "liv", "resid", "stay", "moved to", "place",
            "house", "flat", "home", "apartment"], StringComparison.OrdinalIgnoreCase);

    // A street corner: "the corner of Elm Street and 5th Avenue", "corner of Auenweg 85 and Kesä Street".
    [GeneratedRegex(@"\bcorner\s+of\s+[\p{L}\d][\p{L}\d.'’-]*(?:\s+[\p{L}\d][\p{L}\d.'’-]*){0,4}?\s+and\s+[\p{L}\d][\p{L}\d.'’-]*(?:\s+[\p{L}\d][\p{L}\d.'’-]*){0,3}?\s+(?:" + StreetWords + @")\b\.?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetCorner();

    // A large estate's building may be numbered with 楼 alone when the flat number follows straight on (…三区207楼1403, …院3楼1208):
    // 楼 after one digit is a floor (广场3楼) unless an estate part (区, 期, 院) stands before it.
    // Hong Kong and Tianjin roads end in 道 alone (英皇道, 鞍山西道), but so do words that a number and 号 may follow (通道2号,
    // 频道5号, 跑道3号): those are kept out by the character before 道. A building's 门 (entrance) and 座 (block) chain on too.
    private const string ChineseStreetPattern = @"[\u4e00-\u9fff]{1,14}?(?:路|街|大街|大道|(?<![知频通跑航车赛轨味难隧管渠坡栈走过步食肠尿气说报地门称厚公霸王弯匝岔水河信])道|巷|弄|胡同|里|村|小区|花园|公寓|苑|园|广场|大厦)[\u4e00-\u9fff]{0,4}?\d{1,5}(?:-\d{1,5})?(?:号|弄|栋|幢|号楼|(?<=[区期院]\d{1,4}|\d\d)楼(?=\d{3,4}(?!\d)))(?:[\u4e00-\u9fff]{0,8}?\d{1,5}(?:号楼|栋|幢|单元|门|座|层|楼|室|号|户))*";

    [GeneratedRegex(ChineseStreetPattern, RegexOptions.CultureInvariant)]
    private static partial Regex ChineseStreet();

    [GeneratedRegex(@"\G(?:" + ChineseStreetPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseStreetHere();

    // The most Han characters before ChineseStreet's first digit: 14, a two-character street word and 4.
    private const int ChineseStreetReach = 14 + 2 + 4;

    /// <summary>
    /// ChineseStreet's hits (tests: anchored or enumerated over the whole text). Everything a match holds before its first
    /// digit is Han (U+4E00-U+9FFF, its street words too), 2 to 20 characters: anchored, the pattern is tried only at the
    /// last 20 characters of each Han run that a digit follows.
    /// </summary>
    internal static void AddChineseStreet(string text, List<TextSpan> found, bool anchored)
    {
        if (!anchored)
        {
            Add(ChineseStreet(), text, found);
            return;
        }
        var starts = t_starts ??= [];
        starts.Clear();
        var span = text.AsSpan();
        for (var from = 1; from < span.Length;)
        {
            var digit = AddressGates.IndexOfDigit(span, from);
            if (digit < 0)
            {
                break;
            }
            from = digit + 1;
            var start = digit;
            while (start > 0 && digit - start < ChineseStreetReach && span[start - 1] is >= '\u4e00' and <= '\u9fff')
            {
                start--;
            }
            for (var s = start; s <= digit - 2; s++)
            {
                starts.Add(s);
            }
        }
        AddAt(ChineseStreetHere(), text, starts, found);
    }

    [GeneratedRegex(@"\d{1,4}(?:号楼|栋|幢)\d{0,3}(?:单元)?\d{0,5}(?:室|号)?|\d{1,3}单元\d{2,5}(?:室|号)?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseBuilding();

    /// <summary>
    /// Address shapes that hold no street, unit or label word (a cheap cue gate cannot see them): a number-words-number
    /// line before a town ("18 Zona Estação 75, Rogers") or a Hungarian street type.
    /// </summary>
    public static bool HasWordlessShape(string text) => HasNumberWordsNumberTown(text, anchored: true) || HungarianStreetWords.In(text);

    /// <summary>
    /// Whether NumberWordsNumberTown matches (tests: anchored or over the whole text). Anchored, it is tried only at the
    /// numbers in the pieces before a second number its gate finds (<see cref="AddressGates.NumbersBeforeTownLine"/>).
    /// </summary>
    internal static bool HasNumberWordsNumberTown(string text, bool anchored)
    {
        if (!anchored)
        {
            return NumberWordsNumberTown().IsMatch(text);
        }
        var places = t_places ??= [];
        places.Clear();
        if (!AddressGates.NumbersBeforeTownLine(text, places))
        {
            return false;
        }
        foreach (var start in StartsBefore(text, places, NumberWordsNumberTownWords))
        {
            if (NumberWordsNumberTownHere().IsMatch(text, start))
            {
                return true;
            }
        }
        return false;
    }

    public static void Find(string text, int digitCount, List<TextSpan> found)
    {
        if (digitCount == 0)
        {
            FindVillageGroups(text, found);
            AddIrishForms(text, found);
            AddSpokenForms(text, found);
            FindHanNumeralStreets(text, found);
            return;
        }
        Find(text, found, shared: true);
    }

    /// <summary>
    /// The addresses in <paramref name="text"/>. Each pattern runs only where its gate finds what it cannot match without
    /// (see <see cref="AddressGates"/>): with <paramref name="shared"/>, the word and number gates come from one
    /// <see cref="StreetScan"/>; without (tests), each gate runs its own search.
    /// </summary>
    internal static void Find(string text, List<TextSpan> found, bool shared)
    {
        if (shared)
        {
            var scan = StreetScan.Of(text);
            if (scan.StreetWords.Count > 0)
            {
                AddBeforePlaces(NumberThenStreetHere(), text, scan.StreetWords, NumberThenStreetWords, found);
            }
            if (scan.OddCaseForms)
            {
                Add(NumberThenStreetAnyCase(), text, found);
            }
            else if (scan.AnyCaseStreetWords.Count > 0)
            {
                AddBeforePlaces(NumberThenStreetAnyCaseHere(), text, scan.AnyCaseStreetWords, NumberThenStreetAnyCaseWords, found);
            }
            AddAt(StreetThenNumberHere(), text, scan.StreetThenNumberStarts, found);
            if (scan.RomanceStreetType)
            {
                Add(NumberThenRomanceStreet(), text, found);
            }
            if (scan.EuropeanStreet)
            {
                Add(EuropeanStreet(), text, found);
            }
            if (scan.NumbersBeforeTownLine.Count > 0)
            {
                AddBeforePlaces(NumberWordsNumberTownHere(), text, scan.NumbersBeforeTownLine, NumberWordsNumberTownWords, found);
            }
            if (AddressGates.HasUnitOrBox(text))
            {
                Add(UnitOrBox(), text, found);
            }
            if (scan.OddCaseForms)
            {
                Add(Military(), text, found);
            }
            else
            {
                AddAt(MilitaryHere(), text, scan.MilitaryStarts, found);
            }
        }
        else
        {
            AddNumberThenStreet(text, found, anchored: true);
            AddWhereStarts(StreetThenNumber(), StreetThenNumberHere(), StreetThenNumberStarts, text, found, exactCase: true);
            if (HasNumberThenRomanceStreetType(text))
            {
                Add(NumberThenRomanceStreet(), text, found);
            }
            if (AddressGates.HasEuropeanStreet(text))
            {
                Add(EuropeanStreet(), text, found);
            }
            AddNumberWordsNumberTown(text, found, anchored: true);
            if (AddressGates.HasUnitOrBox(text))
            {
                Add(UnitOrBox(), text, found);
            }
            AddWhereStarts(Military(), MilitaryHere(), MilitaryStarts, text, found, exactCase: false);
        }
        if (text.Contains(" and ", StringComparison.Ordinal))
        {
            AddGivenNameAndStreet(text, found, anchored: shared);
        }
        if (HungarianStreetWords.In(text))
        {
            Add(HungarianStreet(), text, found);
        }
        if (text.AsSpan().ContainsAny(CornerOf))
        {
            Add(StreetCorner(), text, found);
        }
        AddAfterAddressLabel(text, found);
        if (HanText.Contains(text) && AddressGates.HasHanHouseNumber(text))
        {
            AddChineseStreet(text, found, anchored: true);
            Add(ChineseBuilding(), text, found);
        }
        AddMoreForms(text, found);
    }

    // The same matches as enumerating AfterAddressLabel over the whole text, but the pattern is tried only where one of
    // its labels starts (its own search stops at every letter a label may begin with). Where a character the pattern's
    // case-insensitivity treats more loosely than OrdinalIgnoreCase appears, the pattern runs over the text as before.
    private static void AddAfterAddressLabel(string text, List<TextSpan> found)
    {
        if (AddressGates.HasOddCaseForms(text))
        {
            foreach (Match match in AfterAddressLabel().Matches(text))
            {
                AddLabelled(match, found);
            }
            return;
        }
        for (var from = 0; from < text.Length;)
        {
            var next = text.AsSpan(from).IndexOfAny(AddressLabelStarts);
            if (next < 0)
            {
                return;
            }
            var match = AfterAddressLabelHere().Match(text, from + next);
            if (match.Success)
            {
                AddLabelled(match, found);
                from = match.Index + Math.Max(1, match.Length);
            }
            else
            {
                from += next + 1;
            }
        }
    }

    private static void AddLabelled(Match match, List<TextSpan> found)
    {
        var group = match.Groups[1];
        var span = new TextSpan(group.Index, group.Index + group.Length);
        if (!found.Exists(f => f.Overlaps(span)))
        {
            found.Add(span);
        }
    }

    // The Chinese pattern starts at the first Han character it can: drop "请寄到" from "请寄到南京市…".
    private static TextSpan TrimLeadingVerb(string text, TextSpan span)
    {
        if (!HanText.IsHan(text[span.Start]))
        {
            return span;
        }
        var region = text.AsSpan(span.Start, span.End - span.Start);
        var place = region.IndexOfAny("省市区县州镇乡村路街道區縣鎮鄉邨座");
        var cut = place > 0 ? region[..place].LastIndexOfAny("到往至在住是为址寄送于") : -1;
        return cut >= 0 ? new TextSpan(span.Start + cut + 1, span.End) : span;
    }

    /// <summary>
    /// What <see cref="Add"/> adds for <paramref name="regex"/>, trying its anchored form <paramref name="here"/> only
    /// where one of <paramref name="starts"/> begins (every match of the pattern starts with one), leftmost first and
    /// never inside a previous match, as the enumeration over the whole text does. A case-insensitive pattern runs over
    /// the whole text where a letter its case-insensitivity treats more loosely than OrdinalIgnoreCase appears.
    /// </summary>
    private static void AddWhereStarts(Regex regex, Regex here, SearchValues<string> starts, string text, List<TextSpan> found, bool exactCase)
    {
        if (!exactCase && AddressGates.HasOddCaseForms(text))
        {
            Add(regex, text, found);
            return;
        }
        for (var from = 0; from < text.Length;)
        {
            var next = text.AsSpan(from).IndexOfAny(starts);
            if (next < 0)
            {
                return;
            }
            from += next;
            var matched = false;
            foreach (var match in here.EnumerateMatches(text, from))
            {
                AddMatch(text, match.Index, match.Length, found);
                from = match.Index + Math.Max(1, match.Length);
                matched = true;
                break;
            }
            if (!matched)
            {
                from++;
            }
        }
    }

    [ThreadStatic]
    private static List<int>? t_places;

    [ThreadStatic]
    private static List<int>? t_starts;

    /// <summary>
    /// NumberThenStreet's and NumberThenStreetAnyCase's hits (tests: anchored or enumerated over the whole text). Anchored,
    /// each is tried only where its gate finds a street word, at the digit-run starts of the few white-space-separated
    /// pieces before it that its number and words can span: the same matches, without a try at every number in the text.
    /// </summary>
    internal static void AddNumberThenStreet(string text, List<TextSpan> found, bool anchored)
    {
        if (!anchored)
        {
            Add(NumberThenStreet(), text, found);
            Add(NumberThenStreetAnyCase(), text, found);
            return;
        }
        var places = t_places ??= [];
        places.Clear();
        if (AddressGates.StreetWordPlaces(text, places))
        {
            AddBeforePlaces(NumberThenStreetHere(), text, places, NumberThenStreetWords, found);
        }
        if (AddressGates.HasOddCaseForms(text))
        {
            Add(NumberThenStreetAnyCase(), text, found);
            return;
        }
        places.Clear();
        if (AddressGates.AnyCaseStreetWordPlaces(text, places))
        {
            AddBeforePlaces(NumberThenStreetAnyCaseHere(), text, places, NumberThenStreetAnyCaseWords, found);
        }
    }

    private static void AddBeforePlaces(Regex here, string text, List<int> places, int words, List<TextSpan> found) =>
        AddAt(here, text, StartsBefore(text, places, words), found);

    /// <summary>
    /// Where a match that reaches a place over at most <paramref name="words"/> words may start: a pattern's number and each
    /// of its words end at white space and hold none, so its first number starts at a digit (after a non-digit) inside one of
    /// the words + 1 white-space-separated pieces before the place. In text order, each once.
    /// </summary>
    private static List<int> StartsBefore(string text, List<int> places, int words)
    {
        var starts = t_starts ??= [];
        starts.Clear();
        foreach (var place in places)
        {
            var k = place;
            for (var piece = 0; piece <= words && k > 0; piece++)
            {
                while (k > 0 && char.IsWhiteSpace(text[k - 1]))
                {
                    k--;
                }
                var end = k;
                while (k > 0 && !char.IsWhiteSpace(text[k - 1]))
                {
                    k--;
                }
                for (var i = k; i < end; i++)
                {
                    if (CharTable.IsDigit(text[i]) && (i == k || !CharTable.IsDigit(text[i - 1])))
                    {
                        starts.Add(i);
                    }
                }
            }
        }
        starts.Sort();
        var distinct = 0;
        for (var i = 0; i < starts.Count; i++)
        {
            if (distinct == 0 || starts[i] != starts[distinct - 1])
            {
                starts[distinct++] = starts[i];
            }
        }
        starts.RemoveRange(distinct, starts.Count - distinct);
        return starts;
    }

    // The anchored pattern tried at each start (every place a match of it can start, in text order), leftmost first and never
    // inside a previous match, as the enumeration over the whole text finds them.
    private static void AddAt(Regex here, string text, List<int> starts, List<TextSpan> found)
    {
        var from = 0;
        foreach (var start in starts)
        {
            if (start < from)
            {
                continue;
            }
            foreach (var match in here.EnumerateMatches(text, start))
            {
                AddMatch(text, match.Index, match.Length, found);
                from = match.Index + Math.Max(1, match.Length);
                break;
            }
        }
    }

    /// <summary>The anchored patterns' hits alone, tried where their starts are or enumerated over the whole text (tests).</summary>
    internal static void AddStartAnchored(string text, List<TextSpan> found, bool anchored)
    {
        if (anchored)
        {
            AddWhereStarts(StreetThenNumber(), StreetThenNumberHere(), StreetThenNumberStarts, text, found, exactCase: true);
            AddWhereStarts(Military(), MilitaryHere(), MilitaryStarts, text, found, exactCase: false);
        }
        else
        {
            Add(StreetThenNumber(), text, found);
            Add(Military(), text, found);
        }
    }

    /// <summary>The gated patterns' hits alone, behind their gates or over the whole text (tests).</summary>
    internal static void AddGated(string text, List<TextSpan> found, bool gated)
    {
        if (!gated || HasNumberThenRomanceStreetType(text))
        {
            Add(NumberThenRomanceStreet(), text, found);
        }
        AddNumberWordsNumberTown(text, found, gated);
    }

    private static void AddNumberWordsNumberTown(string text, List<TextSpan> found, bool anchored)
    {
        if (!anchored)
        {
            Add(NumberWordsNumberTown(), text, found);
            return;
        }
        var places = t_places ??= [];
        places.Clear();
        if (AddressGates.NumbersBeforeTownLine(text, places))
        {
            AddAt(NumberWordsNumberTownHere(), text, StartsBefore(text, places, NumberWordsNumberTownWords), found);
        }
    }

    private static void AddMatch(string text, int index, int length, List<TextSpan> found)
    {
        var span = TrimLeadingVerb(text, new TextSpan(index, index + length));
        if (!found.Exists(f => f.Overlaps(span)))
        {
            found.Add(span);
        }
    }

    private static void Add(Regex regex, string text, List<TextSpan> found)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            var span = TrimLeadingVerb(text, new TextSpan(match.Index, match.Index + match.Length));
            if (!found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
        }
    }
}
