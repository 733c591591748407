using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Cheap necessary conditions for the street-address patterns, so a pattern scans the text only where it could
/// match: each gate looks for the fixed words the pattern cannot match without, in the position the pattern needs
/// them. A gate may say yes where the pattern then finds nothing (its comparisons are looser), never the reverse.
/// </summary>
internal static class AddressGates
{
    // Street words as NumberThenStreet spells them (case-sensitive), each after white space.
    internal static readonly string[] StreetWordList =
    [
        "Street", "St", "Road", "Rd", "Avenue", "Ave", "Av", "Lane", "Ln", "Drive", "Dr", "Boulevard", "Blvd", "Court", "Ct", "Crescent",
        "Cres", "Place", "Pl", "Way", "Terrace", "Close", "Parkway", "Pkwy", "Highway", "Hwy", "Grove", "Row", "Circle", "Cir", "Trail",
        "Square", "Sq", "Mews", "Gardens", "Walk", "Hill", "Green", "Park", "Tce", "Crt", "Drv", "Gdns", "Pde",
    ];

    private static readonly SearchValues<string> StreetWordSearch = SearchValues.Create(StreetWordList, StringComparison.Ordinal);

    // NumberThenStreetAnyCase's words, in any case.
    internal static readonly string[] AnyCaseStreetWordList = [
        "street", "road", "avenue", "ave", "lane", "court", "boulevard", "blvd", "parkway", "highway", "crescent", "terrace", "strasse",
        "tce", "crt", "gdns", "grove", "mews",
        "straße", "straẞe",
    ];

    private static readonly SearchValues<string> AnyCaseStreetWordSearch = SearchValues.Create(AnyCaseStreetWordList, StringComparison.OrdinalIgnoreCase);

    // EuropeanStreet's word endings; the pattern needs one right before white space and a number.
    internal static readonly string[] EuropeanSuffixes =
    [
        "straße", "straẞe", "strasse", "str.", "weg", "gasse", "straat", "laan", "vej", "gatan", "gata", "vägen", "väg", "ulica", "utca",
        "katu", "tie", "allee", "platz", "ring", "damm", "plein", "gracht", "kade",
    ];

    // UnitOrBox's keywords; a number must follow (after ".", "#" and spaces).
    private static readonly SearchValues<string> UnitWords = SearchValues.Create(
        ["apt", "apartment", "suite", "ste", "unit", "flat", "box", "psc"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> HanUnitMarks = SearchValues.Create("号弄栋幢单楼");

    // Letters the case-insensitive patterns treat as one of the keywords' letters but OrdinalIgnoreCase does not
    // (Kelvin sign, long s, dotted and dotless i, capital sharp s): where one appears, the gates let the pattern run.
    private static readonly SearchValues<char> OddCaseForms = SearchValues.Create("\u212A\u017F\u0130\u0131\u1E9E");

    /// <summary>A letter that case-insensitive patterns match more loosely than OrdinalIgnoreCase does.</summary>
    public static bool HasOddCaseForms(ReadOnlySpan<char> text) => text.ContainsAny(OddCaseForms);

    /// <summary>A street word (as written) after white space and not followed by a letter or digit.</summary>
    public static bool HasStreetWord(ReadOnlySpan<char> text) => HasWord(text, StreetWordSearch, StreetWordList, StringComparison.Ordinal, null);

    /// <summary>One of the any-case street words after white space and not followed by a letter or digit.</summary>
    public static bool HasAnyCaseStreetWord(ReadOnlySpan<char> text) =>
        text.ContainsAny(OddCaseForms) || HasWord(text, AnyCaseStreetWordSearch, AnyCaseStreetWordList, StringComparison.OrdinalIgnoreCase, null);

    /// <summary>Where <see cref="HasStreetWord"/> finds its words: every such place, in text order.</summary>
    public static bool StreetWordPlaces(ReadOnlySpan<char> text, List<int> places) =>
        HasWord(text, StreetWordSearch, StreetWordList, StringComparison.Ordinal, places);

    /// <summary>
    /// Where <see cref="HasAnyCaseStreetWord"/> finds its words, for a text without the letters it cannot compare
    /// (<see cref="HasOddCaseForms"/>).
    /// </summary>
    public static bool AnyCaseStreetWordPlaces(ReadOnlySpan<char> text, List<int> places) =>
        HasWord(text, AnyCaseStreetWordSearch, AnyCaseStreetWordList, StringComparison.OrdinalIgnoreCase, places);

    // With places null: whether there is one; else every place, added in text order.
    private static bool HasWord(ReadOnlySpan<char> text, SearchValues<string> search, string[] words, StringComparison comparison, List<int>? places)
    {
        var any = false;
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAny(search);
            if (at < 0)
            {
                return any;
            }
            at += from;
            if (at > 0 && char.IsWhiteSpace(text[at - 1]))
            {
                foreach (var word in words)
                {
                    var end = at + word.Length;
                    if (text[at..].StartsWith(word, comparison) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                    {
                        if (places is null)
                        {
                            return true;
                        }
                        any = true;
                        places.Add(at);
                        break;
                    }
                }
            }
            from = at + 1;
        }
        return any;
    }

    /// <summary>A word ending the way a European street name does ("…strasse", "…weg"), then white space and a digit.</summary>
    public static bool HasEuropeanStreet(ReadOnlySpan<char> text)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAnyInRange('0', '9');
            if (at < 0)
            {
                return false;
            }
            at += from;
            var before = at;
            while (before > 0 && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }
            if (before < at && EndsWithSuffix(text[..before]))
            {
                return true;
            }
            from = at + 1;
            while (from < text.Length && char.IsAsciiDigit(text[from]))
            {
                from++;
            }
        }
        return false;
    }

    // The suffixes' last characters as Loose() sees them: a word ending in none of them ends in no suffix.
    private static readonly SearchValues<char> SuffixEnds = SearchValues.Create([.. EuropeanSuffixes.Select(s => Loose(s[^1])).Distinct()]);

    // The same test for an ASCII last character, as one load.
    private static readonly bool[] AsciiSuffixEnds = [.. Enumerable.Range(0, 128).Select(c => SuffixEnds.Contains(Loose((char)c)))];

    private static readonly string[][] AsciiSuffixesByEnd =
        [.. Enumerable.Range(0, 128).Select(c => EuropeanSuffixes.Where(s => Loose(s[^1]) == Loose((char)c)).ToArray())];

    internal static bool EndsWithSuffix(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || (text[^1] < 128 ? !AsciiSuffixEnds[text[^1]] : !SuffixEnds.Contains(Loose(text[^1]))))
        {
            return false;
        }
        // A suffix can only end in a character its own last one is loosely equal to.
        foreach (var suffix in text[^1] < 128 ? AsciiSuffixesByEnd[text[^1]] : EuropeanSuffixes)
        {
            if (text.Length >= suffix.Length && LooseEquals(text[^suffix.Length..], suffix))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// What <c>StreetAddress.NumberWordsNumberTown</c> cannot match without (its second number): a run of digits after
    /// white space, itself after a word's last character (a letter or . ' ’ -), then at most one ASCII letter, and then white
    /// space holding a line break, or white space and a comma.
    /// </summary>
    public static bool HasNumberBeforeTownLine(ReadOnlySpan<char> text) => NumbersBeforeTownLine(text, null);

    /// <summary>Where <see cref="HasNumberBeforeTownLine"/> finds such a number: every such run's start, in text order.</summary>
    public static bool NumbersBeforeTownLine(ReadOnlySpan<char> text, List<int>? places)
    {
        var any = false;
        for (var from = 0; from < text.Length;)
        {
            var at = IndexOfDigit(text, from);
            if (at < 0)
            {
                return any;
            }
            var end = at + 1;
            while (end < text.Length && CharTable.IsDigit(text[end]))
            {
                end++;
            }
            from = end;
            var before = at;
            while (before > 0 && char.IsWhiteSpace(text[before - 1]))
            {
                before--;
            }
            if (TownLineAfter(text, at, end, before))
            {
                if (places is null)
                {
                    return true;
                }
                any = true;
                places.Add(at);
            }
        }
        return any;
    }

    /// <summary>
    /// Whether the digit run from <paramref name="at"/> to <paramref name="end"/> (white space before it back to
    /// <paramref name="before"/>) is such a second number: the test of <see cref="NumbersBeforeTownLine"/> at one run.
    /// </summary>
    internal static bool TownLineAfter(ReadOnlySpan<char> text, int at, int end, int before)
    {
        if (before == at || before == 0 || !(CharTable.IsLetter(text[before - 1]) || text[before - 1] is '.' or '\'' or '’' or '-'))
        {
            return false;
        }
        if (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }
        var lineBreak = false;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            lineBreak |= text[end] == '\n';
            end++;
        }
        return lineBreak || (end < text.Length && text[end] == ',');
    }

    // Decimal digits of every script: what \d matches.
    private static readonly SearchValues<char> Digits = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit)]);

    internal static int IndexOfDigit(ReadOnlySpan<char> text, int from) => text[from..].IndexOfAny(Digits) is var at and >= 0 ? from + at : -1;

    /// <summary>An apartment, suite, unit, flat, box or PSC word followed by a number.</summary>
    public static bool HasUnitOrBox(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(OddCaseForms))
        {
            return true;
        }
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAny(UnitWords);
            if (at < 0)
            {
                return false;
            }
            at += from;
            // No word-start check: "POBox" runs the box word on.
            var next = at;
            while (next < text.Length && char.IsAsciiLetter(text[next]))
            {
                next++;
            }
            while (next < text.Length && (text[next] is '.' or '#' || char.IsWhiteSpace(text[next])))
            {
                next++;
            }
            if (next < text.Length && char.IsAsciiDigit(text[next]))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    /// <summary>A digit right before 号, 弄, 栋, 幢 or 单(元): what the Chinese street and building patterns need.</summary>
    public static bool HasHanHouseNumber(ReadOnlySpan<char> text)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAny(HanUnitMarks);
            if (at < 0)
            {
                return false;
            }
            at += from;
            // 楼 only between two numbers: a building and its flat (207楼1403), not a floor (3楼).
            if (at > 0 && char.IsAsciiDigit(text[at - 1]) && (text[at] != '楼' || (at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]))))
            {
                return true;
            }
            from = at + 1;
        }
        return false;
    }

    // Case-insensitive, counting every case form the regular expressions treat as equal (Kelvin sign, long s,
    // dotted and dotless i) as the plain letter: looser than the patterns, as a gate must be.
    private static bool LooseEquals(ReadOnlySpan<char> text, string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (Loose(text[i]) != Loose(word[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static char Loose(char c) => c switch
    {
        '\u212A' => 'k',
        '\u017F' => 's',
        '\u0130' or '\u0131' => 'i',
        '\u1E9E' => 'ß',
        _ => char.ToLowerInvariant(c),
    };
}
