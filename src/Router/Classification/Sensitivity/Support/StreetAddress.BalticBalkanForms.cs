using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Address forms of the Baltic states, the former Yugoslavia and southern Africa (seventeenth pass, issue 15): a Latvian,
/// Lithuanian or Estonian street type after the street's name, then the house and flat ("Elizabetes iela 41-7", "Vilniaus g.
/// 18-3", "Pärnu mnt 45", "Estonia pst 5"); a Bosnian, Croatian or Serbian street type before it (Trg, Bulevar, Obala, Cesta)
/// or "bb" (no number) after it; a street named first with its English type and the number after it, then a suburb ("Sam Nujoma
/// Ave 22, Klein Windhoek", "Kipling Str 9, Eros"); and a street with no street word at all ("Ferhadija 12, Sarajevo") where a
/// visit or a delivery to a named person puts it right after the name. Like every address, each counts only with an owner's
/// name or a home or delivery context.
/// </summary>
internal static partial class StreetAddress
{
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}?[\p{L}'’-]+){0,2}?\s+(?:iela|gatvė|gatve|g\.|prospektas|pr\.|prospekts|bulvāris|bulvaris|laukums|aleja|tänav|tanav|tn\.?|maantee|mnt\.?|puiestee|pst\.?|põik|plentas)\s*\d{1,4}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex BalticStreet();

    private static readonly SearchValues<string> BalticStreetWords = SearchValues.Create(
        [" iela ", " gatvė ", " gatve ", " g. ", " pr. ", " prospekt", " bulvāris ", " bulvaris ", " laukums ", " aleja ", " tänav ",
            " tanav ", " tn ", " tn.", " maantee ", " mnt", " puiestee ", " pst", " põik ", " plentas "], StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:Trg|trg|Bulevar|bulevar|Obala|obala|Cesta|cesta|Šetalište|Setaliste)\s+(?:[\p{L}][\p{L}.'’-]*\s+){0,3}?(?:\d{1,4}[A-Za-z]?|bb)\b|\b\p{Lu}[\p{L}'’-]+(?:\s+(?:od|na|u|\p{Lu}[\p{L}'’-]+)){0,3}\s+bb,\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex BalkanStreet();

    private static readonly SearchValues<string> BalkanStreetWords = SearchValues.Create(
        ["Trg ", "trg ", "Bulevar ", "bulevar ", "Obala ", "obala ", "Cesta ", "cesta ", "Šetalište ", "Setaliste ", " bb,", " bb "], StringComparison.Ordinal);

    // The name, its English street type, the number (not a year) and a capitalised suburb or town after a comma.
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+(?:Ave|Avenue|Str|Street|St|Rd|Road|Drive|Dr|Lane|Crescent|Cres)\.?\s+\d{1,3}[A-Za-z]?(?!\d),\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex NameFirstStreet();

    private static readonly SearchValues<string> NameFirstStreetWords = SearchValues.Create(
        [" Ave ", " Ave. ", " Avenue ", " Str ", " Str. ", " Street ", " St ", " St. ", " Rd ", " Rd. ", " Road ", " Drive ", " Dr ", " Dr. ",
            " Lane ", " Crescent ", " Cres "], StringComparison.Ordinal);

    // A visit or a delivery to a named person, then "at" or a comma and the street: the street needs no street word there.
    [GeneratedRegex(@"(?:[Vv]isit(?:s|ing)?(?:\s+to)?|[Dd]eliver(?:y)?\s+to|(?:[Ss]end|[Ss]hip|[Pp]ost|[Mm]ail)\s+(?:\p{Ll}+\s+){0,3}?to|addressed\s+to)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s+at\s+|,\s*)(?<street>\p{Lu}[\p{L}'’.-]*(?:\s+(?:od|na|u|\p{Lu}[\p{L}'’.-]*)){0,3}\s+\d{1,4}[A-Za-z]?(?:[-/]\d{1,4})?)(?!\d),\s*\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex StreetAfterNamedVisit();

    private static readonly SearchValues<string> VisitOrDeliveryWords = SearchValues.Create(
        ["visit", "deliver", "send", "ship", "post", "mail", "addressed"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the text holds a word one of these forms cannot match without (the detector's gate).</summary>
    internal static bool MayHaveBalticOrBalkanForm(ReadOnlySpan<char> span) =>
        span.ContainsAny(BalticStreetWords) || span.ContainsAny(BalkanStreetWords) || span.ContainsAny(NameFirstStreetWords);

    private static void AddBalticAndBalkanForms(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(BalticStreetWords))
        {
            Add(BalticStreet(), text, found);
        }
        if (span.ContainsAny(BalkanStreetWords))
        {
            Add(BalkanStreet(), text, found);
        }
        if (span.ContainsAny(NameFirstStreetWords))
        {
            AddTrimmed(NameFirstStreet(), text, found);
        }
        if (span.ContainsAny(VisitOrDeliveryWords))
        {
            foreach (Match match in StreetAfterNamedVisit().Matches(text))
            {
                var street = match.Groups["street"];
                var found1 = new TextSpan(street.Index, street.Index + street.Length);
                if (!found.Exists(f => f.Overlaps(found1)))
                {
                    found.Add(found1);
                }
            }
        }
    }

    // A match that ends with ", X" (the town's first letter, which the pattern needs after it): the street and number alone.
    private static void AddTrimmed(Regex regex, string text, List<TextSpan> found)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            var end = text.LastIndexOf(',', match.Index + match.Length - 1, match.Length);
            var span = new TextSpan(match.Index, end > match.Index ? end : match.Index + match.Length);
            if (!found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
        }
    }
}
