using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A street of any country, with or without a street word the other forms know (eighteenth pass, issue 15): for five passes one
/// more country's street words were added per miss, and the next author's country was never among them. Read only right after a
/// home or delivery context (the detector's <c>HomeErrand</c> cues) or right after a person's name, so the shape can stay
/// country-neutral: capitalised words (any script's letters, particles such as "e", "il-", "San", "de la") and a house number in
/// either order ("Rruga e Kavajës 41", "14 Triq il-Kbira", "Avenida Las Palmas #41", a street type in lower case after the name:
/// "Niels Finsens gøta 7"), or building and flat numbers before a street
/// ("Building 9, Apartment 3, Sayat-Nova St"), then optional flat parts ("apt 22", "íbúð 4", "3ºA") and, after a comma, a town
/// with or without a postcode on either side ("Tirana", "101 Reykjavík", "Yerevan 0019", "Wakefield WF2 7QA"). The town is what
/// sets an address apart from a product or a model number ("Model 3") after the same words.
/// </summary>
internal static partial class StreetAddress
{
    // A capitalised word of any script, or one after a short lower-case particle joined by a hyphen ("il-Kbira", "al-Rashid").
    private const string HomeShapeName = @"(?:[a-z]{1,3}-)?\p{Lu}[\p{L}'’-]*\.?";

    private const string HomeShapeParticle = @"(?:e|i|y|de|del|della|di|da|do|dos|das|du|des|la|las|le|les|los|el|al|il|van|von|der|den|ter|ten)";

    private const string HomeShapeStreet = HomeShapeName + @"(?:\s+(?:" + HomeShapeParticle + @"\s+){0,2}" + HomeShapeName + "){0,3}";

    private const string HomeShapeNumber = @"#?\s?\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?";

    // A flat, unit or floor after the street: "apt 22", "íbúð 4", "3ºA", "flat 2".
    private const string HomeShapeUnit =
        @"(?:,?\s*(?:[Aa]pt\.?|[Aa]partment|[Ff]lat|[Uu]nit|[Ss]uite|íbúð|[Pp]iso|[Dd]oor|[Ee]ntrance)\s*#?\d{1,5}[A-Za-z]?\b|,\s*\d{1,2}\s?[ºª°]\s?[A-Za-z]?\b)";

    // Building, house or flat numbers before the street ("Building 9, Apartment 3, …").
    private const string HomeShapeLead = @"(?:(?:Building|Bldg\.?|House|Apartment|Apt\.?|Block|Flat|Unit|Entrance)\s+\d{1,5}[A-Za-z]?,\s*)";

    // A town, a postcode before it (4–5 digits, "917 01", "040 01") or after it (digits, or a UK postcode).
    private const string HomeShapeTown = @"(?:\d{3,5}(?:[ -]\d{2,3})?\s+)?" + HomeShapeName + @"(?:\s+(?:" + HomeShapeParticle + @"\s+)?" + HomeShapeName + "){0,2}"
        + @"(?:\s+(?:\d{3,5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b)?";

    private const string HomeShapePattern = @"\G(?:" + HomeShapeLead + "{1,3}" + HomeShapeStreet + @"(?:\s+" + HomeShapeNumber + @")?"
        + "|" + HomeShapeStreet + @"(?:\s+\p{Ll}{3,12})?\s+" + HomeShapeNumber + "|" + HomeShapeNumber + @",?\s+" + HomeShapeStreet + ")"
        + HomeShapeUnit + "{0,2}" + @",\s*" + HomeShapeTown + @"(?:,\s*" + HomeShapeTown + ")?";

    [GeneratedRegex(HomeShapePattern, RegexOptions.CultureInvariant)]
    private static partial Regex HomeShapeHere();

    /// <summary>
    /// The first home-shaped address that starts at a word in [<paramref name="from"/>, <paramref name="to"/>) (a word start: a
    /// capital, a digit or '#' after white space or punctuation), added to <paramref name="found"/>; whether one was found. Tried at
    /// each word start, so a name or a label between the context and the street is passed over. Right after a home cue
    /// (<paramref name="replace"/>) it replaces the spans it overlaps that start before <paramref name="from"/>, which read the cue
    /// into a street ("Manukyan and family moved to Building 9" as a given name and a street); it is added only where it overlaps
    /// no other span (one found by the other forms stays as they found it).
    /// </summary>
    internal static bool AddHomeShape(string text, int from, int to, List<TextSpan> found, bool replace = false)
    {
        to = Math.Min(to, text.Length);
        for (var at = Math.Max(0, from); at < to; at++)
        {
            var c = text[at];
            if (!(char.IsUpper(c) || char.IsAsciiDigit(c) || c == '#') || (at > 0 && char.IsLetterOrDigit(text[at - 1])))
            {
                continue;
            }
            var match = HomeShapeHere().Match(text, at);
            if (!match.Success)
            {
                continue;
            }
            // The street must hold a number somewhere (its own, or a building's or flat's before it).
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (text.AsSpan(span.Start, span.End - span.Start).IndexOfAnyInRange('0', '9') < 0)
            {
                continue;
            }
            if (replace)
            {
                // And a piece of it that a street word found on its own ("33, Baghramyan St" inside "Building 7, Apartment 33, Baghramyan
                // St, Kentron, …"), whose gap back to the cue would hold the building.
                found.RemoveAll(f => f.Overlaps(span) && (f.Start < from || (f.Start > span.Start && f.End <= span.End)));
            }
            if (!found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
            return true;
        }
        return false;
    }
}
