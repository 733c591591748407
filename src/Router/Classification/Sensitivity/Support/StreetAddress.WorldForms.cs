using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Address forms of other countries (ninth pass, issue 15): a street-type word before the street's name in Polish (al., os.,
/// pl.), Spanish (C/, Paseo, Camino…), Portuguese (Av., Travessa, Largo, Praça…), Italian (Corso, Largo…, and "in via …" in lower
/// case), Romanian (Str., Bd., Calea…) and Indonesian (Jl., Jalan, Gg.), then the number, with "No."/"nr." before it or not;
/// Turkish streets (Mah./Sok./Cad. and "No:"); Norwegian and Danish "Karl Johans gate 22"; Vietnamese house numbers before a
/// district (45 Lê Lợi, Quận 1); and a street name and number before a postcode of a distinctive shape and a town (Czech and
/// Swedish "120 00 Praha", Polish "00-640 Warszawa", Portuguese "1250-146 Lisboa", Dutch "1016 GV Amsterdam"). Like every
/// address, each counts only with an owner's name or a home or delivery context.
/// </summary>
internal static partial class StreetAddress
{
    // A street's name: one to four words (lower-case particles such as "da", "de", "di" among them), then an optional comma.
    private const string StreetNameThenNumber =
        @"\s*(?:[\p{L}][\p{L}.'’-]*\s+){0,3}?[\p{L}\d][\p{L}.'’-]*,?\s+(?:(?:No|no|NO|Nr|nr|Nº|nº|N°|n°)\.?\s*:?\s*)?\d{1,5}[A-Za-z]?\b";

    [GeneratedRegex(@"(?:(?<!\bet\s)\b[Aa]l\.|\b[Oo]s\.|\b[Pp]l\.|\bC/|\b(?:Paseo|Camino|Ronda|Travesía|Avinguda|Passeig|Ctra\.|Pza\.|Av\.|Travessa|Trav\.|Largo|Praça|Estrada|Alameda|Rodovia|Corso|Vicolo|Piazzale|Lungomare|Contrada|Str\.|Bd\.|Bdul\.?|Calea|Aleea|Bulevardul|Splaiul|Intrarea|Jl\.|JL\.|Jln\.?|Jalan|Gg\.)|(?<=\bin\s)(?:via|viale|corso|vicolo|largo|piazzale))"
        + StreetNameThenNumber, RegexOptions.CultureInvariant)]
    private static partial Regex WorldStreetThenNumber();

    // "Atatürk Mah. Gül Sok. No:12", "Bağdat Cad. No: 215": a Turkish street type, then the door number after "No".
    [GeneratedRegex(@"\b(?:(?:\p{Lu}[\p{L}'’]*\s+){1,2}(?:Mahallesi|Mah\.|Mh\.)\s*,?\s*)?(?:[\p{Lu}\d][\p{L}\d'’]*\.?\s+){1,3}(?:Sokak|Sokağı|Sok\.|Sk\.|Caddesi|Cadde|Cad\.|Cd\.|Bulvarı|Blv\.|Bulv\.)\s*,?\s*(?:No|NO)\s*[:.]?\s*\d{1,5}[A-Za-z]?", RegexOptions.CultureInvariant)]
    private static partial Regex TurkishStreet();

    private static readonly SearchValues<string> TurkishStreetWords = SearchValues.Create(
        [" Sokak", " Sokağı", " Sok.", " Sk.", " Cadde", " Cad.", " Cd.", " Bulvarı", " Blv.", " Bulv."], StringComparison.Ordinal);

    // "Karl Johans gate 22", "Thorvald Meyers gate 5", "Kongens Gade 12": a genitive name, the street word, then the number.
    [GeneratedRegex(@"\b(?:\p{Lu}[\p{L}]+\s+)?\p{Lu}[\p{L}]+s\s+(?:gate|gata|vei|veg|plass|gade|Gade|vej|Vej|allé|Allé|Plass|Plads|plads)\s+\d{1,4}[A-Za-z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex NordicGenitiveStreet();

    private static readonly SearchValues<string> NordicStreetWords = SearchValues.Create(
        ["s gate ", "s gata ", "s vei ", "s veg ", "s plass ", "s gade ", "s Gade ", "s vej ", "s Vej ", "s allé ", "s Allé ", "s Plass ", "s Plads ", "s plads "],
        StringComparison.Ordinal);

    // "45 Lê Lợi, Quận 1", "12/3 Nguyễn Trãi, P. 7": a house number and a street before a Vietnamese ward or district.
    [GeneratedRegex(@"\b\d{1,4}[A-Za-z]?(?:/\d{1,4})?\s+(?:\p{Lu}[\p{L}]*\s+){0,3}\p{Lu}[\p{L}]*,\s*(?:Phường|Quận|Huyện|Xã|P\.|Q\.)\s*[\p{L}\d]+", RegexOptions.CultureInvariant)]
    private static partial Regex VietnameseDistrict();

    private static readonly SearchValues<string> VietnameseDistrictWords = SearchValues.Create(["Quận", "Huyện", "Phường", ", P.", ", Q."], StringComparison.Ordinal);

    // "Heol y Bont, Aberystwyth SY23 1PZ", "3 Ffordd Penrhos, Bangor LL57 2AX": a Welsh street word, the street's name, a town and a
    // UK postcode (often no house number: a house name stands before the street).
    [GeneratedRegex(@"\b(?:\d{1,4}[A-Za-z]?,?\s+)?(?:Heol|Ffordd|Stryd|Lôn|Rhodfa|Cilgant|Teras|Maes|Llwyn|Bryn|Cae)\s+(?:[\p{L}][\p{L}'’-]*\s+){0,3}?[\p{L}][\p{L}'’-]*,\s*(?:[\p{Lu}][\p{L}'’-]+[\s-]+){1,3}?[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex WelshStreet();

    private static readonly SearchValues<string> WelshStreetWords = SearchValues.Create(
        ["Heol ", "Ffordd ", "Stryd ", "Lôn ", "Rhodfa ", "Cilgant ", "Teras ", "Maes ", "Llwyn ", "Bryn ", "Cae "], StringComparison.Ordinal);

    // "4418 e saguaro dr unit 4, mesa az 85205", "77 pine ridge ct unit 9 boise id": a US address typed in lower case, read only in a
    // text that hardly uses capitals. A full street word ("a 30 min drive to austin tx") counts only with a unit or a ZIP code.
    [GeneratedRegex(@"\b\d{1,6}[a-z]?\s+(?:[nsew]\.?\s+)?(?:[a-z][a-z'’-]*\s+){1,3}?(?:(?<abbr>st|rd|ave|ln|dr|blvd|ct|cir|pl|pkwy|hwy|trl|ter)|street|road|avenue|lane|drive|boulevard|court|circle|way|place|parkway|highway|trail|terrace|loop)\b\.?(?<unit>,?\s+(?:unit|apt|suite|ste|#)\.?\s*#?\s*[a-z0-9-]{1,5}\b)?,?\s+(?!(?:to|from|in|at|on|near|by|and|then|the)\s)(?:[a-z][a-z'’-]*\s+){1,3}?(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy|dc)\b(?<zip>\s+\d{5}(?:-\d{4})?\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseUsStreet();

    private static void AddLowerCaseUsStreets(string text, List<TextSpan> found)
    {
        foreach (Match match in LowerCaseUsStreet().Matches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if ((match.Groups["abbr"].Success || match.Groups["unit"].Success || match.Groups["zip"].Success) && !found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
        }
    }

    /// <summary>Whether the text holds a word or shape one of these forms cannot match without (the detector's gate).</summary>
    internal static bool HasWorldFormWords(ReadOnlySpan<char> span) =>
        WorldStreetWordSearch.In(span) || span.ContainsAny(TurkishStreetWords) || span.ContainsAny(NordicStreetWords)
        || span.ContainsAny(VietnameseDistrictWords) || span.ContainsAny(WelshStreetWords) || HasPostcodeAfterNumber(span, null)
        || MayHaveIrishCounty(span) || MayHaveIndianArea(span) || MayHaveUkPostcode(span) || MayHaveCanadianPostcode(span)
        || MayHaveSoutheastAsianForm(span) || MayHaveConventionForm(span) || MayHaveBalticOrBalkanForm(span);

    private static void AddWorldForms(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        if (WorldStreetWordSearch.In(span))
        {
            Add(WorldStreetThenNumber(), text, found);
        }
        if (span.ContainsAny(TurkishStreetWords))
        {
            Add(TurkishStreet(), text, found);
        }
        if (span.ContainsAny(NordicStreetWords))
        {
            Add(NordicGenitiveStreet(), text, found);
        }
        if (span.ContainsAny(VietnameseDistrictWords))
        {
            Add(VietnameseDistrict(), text, found);
        }
        if (span.ContainsAny(WelshStreetWords))
        {
            Add(WelshStreet(), text, found);
        }
        AddIrishForms(text, found);
        AddIndianForms(text, found);
        AddUkForms(text, found);
        AddSoutheastAsianForms(text, found);
        AddConventionForms(text, found);
        AddBalticAndBalkanForms(text, found);
        AddSpokenForms(text, found);
        if (LowerCaseNames.MayHave(text))
        {
            AddLowerCaseUsStreets(text, found);
        }
        HasPostcodeAfterNumber(span, spans =>
        {
            if (!found.Exists(f => f.Overlaps(spans)))
            {
                found.Add(spans);
            }
        });
    }

    /// <summary>
    /// "Vinohradská 12, 120 00 Praha", "Długa 17, 00-640 Warszawa", "Rua X 45, 1250-146 Lisboa", "Prinsengracht 263, 1016 GV
    /// Amsterdam": a capitalised street name, a house number (12, 12a, 731/12, 263-1), a comma and a postcode of a shape that
    /// belongs to addresses (NNN NN, NN-NNN, NNNN-NNN, NNNN AA) before a capitalised town. Each street and number found is passed
    /// to <paramref name="add"/> (none: the first one found answers).
    /// </summary>
    private static bool HasPostcodeAfterNumber(ReadOnlySpan<char> text, Action<TextSpan>? add)
    {
        var any = false;
        for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma >= 0;
            comma = text[(comma + 1)..].IndexOf(", ", StringComparison.Ordinal) is var next and >= 0 ? comma + 1 + next : -1)
        {
            var at = comma + 2;
            if (at >= text.Length || !char.IsAsciiDigit(text[at]) || !IsPostcodeThenTown(text[at..]) || StreetAndNumberBefore(text, comma) is not { } street)
            {
                continue;
            }
            any = true;
            if (add is null)
            {
                return true;
            }
            add(street);
        }
        return any;
    }

    private static bool IsPostcodeThenTown(ReadOnlySpan<char> rest)
    {
        static bool Digits(ReadOnlySpan<char> s, int from, int count)
        {
            if (s.Length < from + count)
            {
                return false;
            }
            for (var i = from; i < from + count; i++)
            {
                if (!char.IsAsciiDigit(s[i]))
                {
                    return false;
                }
            }
            return true;
        }

        static bool Town(ReadOnlySpan<char> s, int from) => s.Length > from + 1 && s[from] == ' ' && char.IsUpper(s[from + 1]);

        // NN-NNN (Poland), NNN NN (Czechia, Slovakia, Sweden, Greece), NNNN-NNN (Portugal), NNNN AA (the Netherlands).
        return (Digits(rest, 0, 2) && rest.Length > 2 && rest[2] == '-' && Digits(rest, 3, 3) && Town(rest, 6))
            || (Digits(rest, 0, 3) && rest.Length > 3 && rest[3] == ' ' && Digits(rest, 4, 2) && Town(rest, 6))
            || (Digits(rest, 0, 4) && rest.Length > 4 && rest[4] == '-' && Digits(rest, 5, 3) && Town(rest, 8))
            || (Digits(rest, 0, 4) && rest.Length > 7 && rest[4] == ' ' && char.IsAsciiLetterUpper(rest[5]) && char.IsAsciiLetterUpper(rest[6])
                && Town(rest, 7));
    }

    // The street name and house number ending at the comma: the number (digits first, then digits, letters, '/' or '-'), a space,
    // and the words before it back to the first capitalised one (short lower-case particles between: "Rua das Flores 5").
    private static TextSpan? StreetAndNumberBefore(ReadOnlySpan<char> text, int comma)
    {
        var start = comma;
        while (start > 0 && comma - start < 10 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '/' or '-'))
        {
            start--;
        }
        if (start == comma || start == 0 || text[start - 1] != ' ' || !char.IsAsciiDigit(text[start]))
        {
            return null;
        }
        var first = -1;
        var end = start - 1;
        for (var words = 0; words < 4 && end > 0; words++)
        {
            var from = end;
            while (from > 0 && (CharTable.IsLetter(text[from - 1]) || text[from - 1] is '.' or '-' or '’' or '\''))
            {
                from--;
            }
            if (from == end || !CharTable.IsLetter(text[from]))
            {
                break;
            }
            if (char.IsUpper(text[from]))
            {
                first = from;
            }
            else if (end - from > 3)
            {
                break;
            }
            if (from == 0 || text[from - 1] != ' ')
            {
                break;
            }
            end = from - 1;
        }
        return first < 0 ? null : new TextSpan(first, comma);
    }
}
