using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Irish addresses (eleventh pass, issue 15): rural ones have no house number and no street word, only a townland, a town and
/// "Co." with the county ("Knockbrack, Kilmallock, Co. Limerick"), often with an Eircode after it (V94 X2K7). A capitalised
/// piece and a comma, "Co" and one of the 32 counties, then an optional Eircode. The span is the town line
/// before the county (one piece), so a name or townland before it stays outside it and can own it ("Aoife …, Cloonfad,
/// Ballyhaunis, Co. Mayo"). A county without a piece and a comma before it ("It's in Co. Clare") is no address. Like every
/// address, it counts only with an owner's name or a home or delivery context.
/// </summary>
internal static partial class StreetAddress
{
    private const string IrishCounties =
        "Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|"
        + "Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow";

    // An Eircode: a routing key (a letter and two digits, or D6W) and four characters of the same alphabet, one space or none.
    private const string Eircode = @"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}";

    [GeneratedRegex(@"(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|na|an|de|of)){0,3},\s*(?i:Co\.?|County)\s+(?i:" + IrishCounties + @")\b(?:,?\s+" + Eircode + @"\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex IrishCountyAddress();

    private static readonly SearchValues<string> IrishCountyWords = SearchValues.Create([", Co. ", ", Co ", ", CO. ", ", CO ", ", County "], StringComparison.Ordinal);

    /// <summary>Whether the text may hold an Irish county line (", Co. " and the like): no digit is needed for one.</summary>
    internal static bool MayHaveIrishCounty(ReadOnlySpan<char> span) => span.ContainsAny(IrishCountyWords);

    internal static void AddIrishForms(string text, List<TextSpan> found)
    {
        if (MayHaveIrishCounty(text))
        {
            Add(IrishCountyAddress(), text, found);
        }
    }
}
