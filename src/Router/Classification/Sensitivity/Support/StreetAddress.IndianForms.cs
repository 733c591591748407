using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Indian addresses (twelfth pass, issue 15): a house number ("12/3", "56/B", "No. 27", "H.No 314", "flat 3"), an ordinal cross
/// or main road ("4th Cross", "9th Main") or a named layout, nagar, colony, sector or phase, a locality and city, and a six-digit
/// PIN code ("Bengaluru 560003"). Street words of other countries (Road, Street) are often absent. The pieces are found from the
/// PIN back: an area word on the same line within reach of it, and the house number piece right before that area's piece. Like
/// every address, it counts only with an owner's name or a home or delivery context.
/// </summary>
internal static partial class StreetAddress
{
    private const int IndianReach = 110;

    // "4th Cross", "9th Main", "2nd Stage", "Sector 21", "HSR Layout", "Shanti Nagar", "Phase 2".
    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)\s+(?:Cross|Main|Block|Stage|Phase|Sector)\b|\b(?:Layout|Nagar|Colony|Sector|Phase|Extension|Enclave|Vihar|Puram|Marg)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IndianAreaWord();

    // A six-digit PIN code (first digit 1–9; "560 003" is written too), not part of a longer number.
    [GeneratedRegex(@"(?<![\d/.,-])[1-9]\d{2} ?\d{3}(?![\d/.,-]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IndianPin();

    /// <summary>Whether the text may hold an Indian area word (the gate of <see cref="AddIndianForms"/>).</summary>
    internal static bool MayHaveIndianArea(ReadOnlySpan<char> span) => IndianAreaWordSearch.In(span);

    internal static void AddIndianForms(string text, List<TextSpan> found)
    {
        if (!MayHaveIndianArea(text))
        {
            return;
        }
        foreach (var pin in IndianPin().EnumerateMatches(text))
        {
            var from = Math.Max(0, pin.Index - IndianReach);
            var line = text.LastIndexOf('\n', pin.Index, pin.Index - from);
            from = line >= 0 ? line + 1 : from;
            var area = IndianAreaWord().Match(text, from, pin.Index - from);
            if (!area.Success || text.AsSpan(area.Index, pin.Index - area.Index).IndexOfAny('?', '!') >= 0
                || text.AsSpan(area.Index, pin.Index - area.Index).IndexOf(',') < 0)
            {
                continue;
            }
            var span = new TextSpan(HouseStart(text, from, area.Index), pin.Index + pin.Length);
            if (!found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
        }
    }

    // Where the address starts: the words right before the area word that belong to it (a number, a capitalised locality word, a
    // house label), back to a comma; then the piece before that comma when it is a short house-number piece ("12/3 4th Cross"
    // starts at 12/3, "flat 3, Shanti Nagar Colony" at flat, "my aunty's place is 56/B 9th Main" at 56/B).
    private static int HouseStart(string text, int from, int area)
    {
        var start = WordsBefore(text, from, area);
        var comma = start - 1;
        while (comma > from && text[comma] == ' ')
        {
            comma--;
        }
        if (comma > from && text[comma] == ',')
        {
            var before = WordsBefore(text, from, comma);
            if (before < comma && comma - before <= 14 && text.AsSpan(before, comma - before).ContainsAnyInRange('0', '9'))
            {
                start = before;
            }
        }
        return start;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HouseLabels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "no", "no.", "h.no", "h.no.", "h.", "flat", "plot", "door", "house", "#",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The first of the address-like words (digits, capitalised, house labels) that run back from end to a comma or another word.
    private static int WordsBefore(string text, int from, int end)
    {
        var start = end;
        var at = end;
        while (at > from)
        {
            var wordEnd = at;
            while (wordEnd > from && text[wordEnd - 1] == ' ')
            {
                wordEnd--;
            }
            var wordStart = wordEnd;
            while (wordStart > from && text[wordStart - 1] is not (' ' or ',' or '\n' or ':' or '(' or '"'))
            {
                wordStart--;
            }
            if (wordStart == wordEnd)
            {
                break;
            }
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (!(word.ContainsAnyInRange('0', '9') || char.IsUpper(word[0]) || HouseLabels.Contains(word)))
            {
                break;
            }
            start = wordStart;
            at = wordStart;
        }
        return start;
    }
}
