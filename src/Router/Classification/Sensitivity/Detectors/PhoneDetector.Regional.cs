using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>National mobiles without a country code, placed in a country by the sentence (seventeenth pass).</summary>
internal sealed partial class PhoneDetector
{
    /// <summary>
    /// "Estonian number 5123 4567", "my Georgian number 599 23 45 67", "Ooredoo number 9412 3378", "Maracaibo 0424-512.33.08 es mi
    /// celular", "my bmobile number is 7012 3456": a mobile written as its country writes it (no +country, often no trunk 0, and
    /// eight or nine digits that no shape of its own marks as a phone) in a sentence that names the country, a city of it or a
    /// mobile operator (<see cref="RegionCues"/>) and calls the digits a number, a phone or a celular. The cue sets the region
    /// for libphonenumber, and a number valid as a MOBILE of one of the cue's regions is a phone. Not where another document's
    /// word stands before the digits ("Latvian order number …", "my Georgian visa number …", "tax", "account", "population").
    /// Read only where the text holds a number word (cheap), then only the words around each digit group are looked up.
    /// </summary>
    private static void AddRegionalMobiles(string text, List<TextSpan> found)
    {
        if (text.AsSpan().IndexOfAny(NumberWordSearch) < 0)
        {
            return;
        }
        Span<char> digits = stackalloc char[16];
        foreach (var match in RegionalCandidate().EnumerateMatches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            var value = text.AsSpan(match.Index, match.Length);
            var count = PhoneShape.CountDigits(value);
            if (count is < 7 or > 12 || found.Exists(f => f.Overlaps(span)) || !PhoneShape.WellFormed(value)
                || CountsSomething(text, span.End))
            {
                continue;
            }
            var (from, to) = SentenceAround(text, span.Start, span.End);
            var before = text.AsSpan(from, span.Start - from);
            var sentence = text.AsSpan(from, to - from);
            if (!HasWordOf(sentence, NumberWordSearch, NumberWords) || HasWordOf(before[Math.Max(0, before.Length - 48)..], OtherDocumentSearch, OtherDocumentWords)
                || LabelContext.LabelledAs(text, span.Start, LabelContext.BusinessLabels, LabelContext.PhoneLabels))
            {
                continue;
            }
            var length = CopyDigits(value, digits);
            if (ValidInCuedRegion(text.AsSpan(Math.Max(from, span.Start - 80), Math.Min(to, span.End + 40) - Math.Max(from, span.Start - 80)), digits[..length]))
            {
                AddUnique(found, span);
            }
        }
    }

    // Every word (and pair of words one space apart: "port moresby", "south africa") of the window that names a region; true at
    // the first region whose plan holds the digits as a mobile.
    private static bool ValidInCuedRegion(ReadOnlySpan<char> window, ReadOnlySpan<char> digits)
    {
        var previousStart = -1;
        for (var i = 0; i < window.Length;)
        {
            if (!char.IsLetter(window[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < window.Length && (char.IsLetter(window[i]) || char.IsAsciiDigit(window[i])))
            {
                i++;
            }
            if (PhoneRegionCues.Lookup.TryGetValue(window[start..i], out var regions) || (previousStart >= 0 && start - 1 > previousStart
                && window[start - 1] == ' ' && PhoneRegionCues.Lookup.TryGetValue(window[previousStart..i], out regions)))
            {
                foreach (var region in regions)
                {
                    if (PhoneValidity.ValidMobileIn(digits, region))
                    {
                        return true;
                    }
                }
            }
            previousStart = i < window.Length && window[i] == ' ' ? start : -1;
        }
        return false;
    }

    private static (int From, int To) SentenceAround(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < 120 && !SentenceEnd(text, from - 1))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < 120 && !SentenceEnd(text, to))
        {
            to++;
        }
        return (from, to);
    }

    // '!', '?', a line break, or a full stop before a space or the end (a dot between digits is a separator: "0424-512.33.08").
    private static bool SentenceEnd(string text, int at) =>
        text[at] is '!' or '?' or '\n' or '。' or '！' or '？' || (text[at] == '.' && (at + 1 == text.Length || text[at + 1] == ' '));

    private static bool HasWordOf(ReadOnlySpan<char> text, SearchValues<string> search, string[] words)
    {
        for (var i = 0; text[i..].IndexOfAny(search) is var at and >= 0; i += at + 1)
        {
            var start = i + at;
            if (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                continue;
            }
            foreach (var word in words)
            {
                if (text[start..].StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (start + word.Length == text.Length || !char.IsLetter(text[start + word.Length])))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static readonly string[] NumberWords =
    [
        "number", "no", "nr", "num", "phone", "mobile", "mob", "cell", "cellphone", "celular", "cel", "móvil", "movil", "número", "numero",
        "numéro", "nummer", "numer", "telefon", "telefone", "teléfono", "telefono", "tel", "whatsapp", "handy", "mobil", "contact", "contacts",
    ];

    private static readonly SearchValues<string> NumberWordSearch = SearchValues.Create(NumberWords, StringComparison.OrdinalIgnoreCase);

    // Another document's or a count's word shortly before the digits: the sentence's number is that, not a phone.
    private static readonly string[] OtherDocumentWords =
    [
        "visa", "passport", "id", "account", "acct", "policy", "licence", "license", "registration", "tax", "vat", "customer", "member",
        "invoice", "order", "reference", "ref", "tracking", "shipment", "parcel", "ticket", "flight", "case", "iban", "postcode", "zip",
        "population", "revenue", "code", "pin", "serial", "model", "batch", "transaction", "bank", "card", "routing", "swift", "imei",
        "cédula", "cedula", "rut", "dni", "nie", "nif", "curp", "rfc", "ruc", "personal code", "isikukood", "company", "vehicle", "plate",
    ];

    private static readonly SearchValues<string> OtherDocumentSearch = SearchValues.Create(OtherDocumentWords, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<![0-9A-Za-z+.,/-])(?<![0-9][ ])\(?[0-9][0-9 ().-]{5,18}[0-9](?![0-9]|[.,-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex RegionalCandidate();
}
