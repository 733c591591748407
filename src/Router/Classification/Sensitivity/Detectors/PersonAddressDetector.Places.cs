using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Nineteenth pass (issue 15). A place's address asked about ("Is the Eiffel Tower's address 5 Avenue Anatole France?",
/// 台北 101 的地址是 信义路五段 7 号 吗？): a yes/no question whose address belongs to a landmark, a building or a place (no
/// person, pronoun or relative owns it) is a traveller's lookup, not anyone's home; "我家地址是 …吗？" and "her address is …" keep
/// firing. And an address with no house number, as Pacific and African towns write one (suburb or village, town, country): after
/// a parcel or delivery cue and a private person's name, two or more comma-set place names ending in a country are that
/// person's address ("Parcel for Tevita Fifita, Fasi-moe-Afi, Nuku'alofa, Tonga").
/// </summary>
internal sealed partial class PersonAddressDetector
{
    // en: "the <Capitalised words>'s address" or "the address of the <Capitalised>" right before the address in its sentence; a
    // person's name takes no article, so "the" is what says a place owns it ("the Louvre's address", "the Shard's address").
    [GeneratedRegex(@"\bthe\s+(?:\p{Lu}[\p{L}\d.&-]*\s+){0,3}\p{Lu}[\p{L}\d.&-]*['’]s\s+(?:(?:street|postal|official|exact|full)\s+)?address\b|\baddress\s+of\s+the\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOwnsAddress();

    // zh: who owns the 地址 asked about; any of these makes it a person's (我家, 他, 我朋友, 张伟的…: names are checked apart).
    private static readonly SearchValues<char> HanPersonMarks = SearchValues.Create("我你您他她家妈爸姐哥弟妹爷奶婆叔姨舅伯友事户");

    /// <summary>Whether <paramref name="address"/> is asked about in a yes/no question as a place's address (see the summary).</summary>
    private static bool PlaceAddressAsked(string text, PersonScan person, TextSpan address)
    {
        var start = address.Start;
        while (start > 0 && text[start - 1] is not ('.' or '?' or '!' or '。' or '？' or '！' or '\n'))
        {
            start--;
        }
        var end = address.End;
        while (end < text.Length && text[end] is not ('.' or '?' or '!' or '。' or '？' or '！' or '\n' or ';' or '；'))
        {
            end++;
        }
        if (end >= text.Length || text[end] is not ('?' or '？') || end - address.End > 40)
        {
            return false;
        }
        var before = text.AsSpan(start, address.Start - start);
        foreach (var name in person.NamesBetween(start, address.Start))
        {
            if (name.Start >= start && name.End <= address.Start)
            {
                return false;
            }
        }
        if (HanText.IsHan(text[address.Start]))
        {
            var label = before.LastIndexOf("地址");
            return label > 0 && before[..label].IndexOfAny(HanPersonMarks) < 0 && !before[..label].IsWhiteSpace()
                && before[(label + 2)..].Trim(" \u3000是为：:").IsEmpty;
        }
        // "Is the Eiffel Tower's address 5 Avenue …?": the question's owner phrase right before the address.
        return !Personal.Any(before) && PlaceOwnsAddress().Match(before.ToString()) is { Success: true } owner
            && owner.Index + owner.Length >= before.Length - 4;
    }

    // The delivery cue right before the name: "parcel for", "package to", "deliver to", "send it to", "addressed to", "ship to".
    private static readonly CueSet ParcelCue = new(
        "parcel*", "package*", "deliver*", "delivery", "courier*", "ship", "ship it", "shipping", "send", "send it", "post", "post it",
        "mail", "mail it", "letter", "letters", "addressed", "box", "gift");

    private static readonly SearchValues<string> ParcelWords = SearchValues.Create(
        ["parcel", "package", "deliver", "courier", "ship", "send", "post", "mail", "letter", "addressed", "box for", "gift for"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a numberless place line may follow a parcel cue: a cue word and at least three commas.</summary>
    private static bool MayHavePlaceLine(string text) =>
        text.AsSpan().ContainsAny(ParcelWords) && text.AsSpan().Count(',') >= 3;

    // After the name: two to four comma-set place names (one to three capitalised words each, any script's letters, with
    // apostrophes and hyphens: "Fasi-moe-Afi", "Nuku'alofa"), then the country.
    [GeneratedRegex(@"\G,\s*(?<places>(?:\p{Lu}[\p{L}'’ʻ-]*(?:\s+\p{Lu}[\p{L}'’ʻ-]*){0,2},\s*){2,4})(?<country>\p{Lu}\p{L}+(?:\s+(?:and\s+)?\p{Lu}\p{L}+){0,2})(?![\p{L}'’-])", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceLine();

    /// <summary>
    /// The numberless place lines after a parcel or delivery cue and a private person's name (see the summary), added to
    /// <paramref name="addresses"/> from the first place to the country.
    /// </summary>
    private static void AddPlaceLines(string text, PersonScan person, List<TextSpan> addresses)
    {
        if (!MayHavePlaceLine(text))
        {
            return;
        }
        foreach (var name in person.Names)
        {
            if (name.End >= text.Length || text[name.End] != ',' || !ParcelCueBefore(text, name))
            {
                continue;
            }
            var match = PlaceLine().Match(text, name.End);
            if (!match.Success || !Countries.Contains(match.Groups["country"].ValueSpan))
            {
                continue;
            }
            var places = match.Groups["places"];
            var span = new TextSpan(places.Index, match.Index + match.Length);
            if (!addresses.Exists(a => a.Overlaps(span)) && !Venue.Any(text.AsSpan(span.Start, span.End - span.Start)))
            {
                addresses.Add(span);
            }
        }
    }

    // A parcel cue, then at most "for"/"to"/"it to"/a colon, right before the name.
    private static bool ParcelCueBefore(string text, TextSpan name)
    {
        var from = Math.Max(0, name.Start - 30);
        var hits = new List<TextSpan>();
        ParcelCue.FindAll(text[from..name.Start], hits);
        if (hits.Count == 0)
        {
            return false;
        }
        var between = text.AsSpan(from + hits[^1].End, name.Start - from - hits[^1].End).Trim(" :：\t");
        return between is "for" or "to" or "it to" or "them to" or "addressed to" or "" || between.Equals("For", StringComparison.Ordinal)
            || between.Equals("To", StringComparison.Ordinal);
    }

    // Countries (and a few territories) as their English names are written at the end of an address.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Countries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan",
        "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Botswana",
        "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
        "Colombia", "Comoros", "Congo", "Croatia", "Cuba", "Cyprus", "Czechia", "Denmark", "Djibouti", "Dominica", "Ecuador", "Egypt",
        "El Salvador", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia",
        "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
        "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
        "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Lithuania", "Luxembourg",
        "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Micronesia",
        "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands",
        "New Zealand", "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa",
        "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
        "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan",
        "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia", "Turkey", "Türkiye",
        "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "UAE", "UK", "USA", "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela",
        "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Cook Islands", "Niue", "Tokelau", "New Caledonia", "French Polynesia",
        "Wallis and Futuna", "American Samoa", "Guam", "Marshall Islands", "Cameroun", "Sénégal", "Côte d'Ivoire", "Ivory Coast",
    }.GetAlternateLookup<ReadOnlySpan<char>>();
}
