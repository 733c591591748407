using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// South-East Asian addresses that carry no English street word (thirteenth pass, issue 15). Malaysia and Indonesia write the
/// house piece before a Malay street or estate word and end with a five-digit postcode and the town ("Lot 2231, Jalan Kebun
/// Sayur, Kampung Baru, 53100 Gombak"; "Jl. Kenanga No. 17, Kel. Sukajadi, Bandung 40162" is read by the world forms).
/// Singapore and Malaysian flats give a block and street, then the unit as #floor-unit ("Blk 208 Toa Payoh Lor 8 #05-12").
/// The Philippines name a barangay before the town ("Purok 4, Brgy. San Isidro, Tanauan City") or a subdivision's block and
/// lot ("Blk 9 Lot 14"). Like every address, each counts only with an owner's name or a home or delivery context.
/// </summary>
internal static partial class StreetAddress
{
    private const string MalayPlaceWords =
        @"Jalan|Jln\.?|Jl\.|JL\.|Lorong|Lrg\.?|Persiaran|Lebuh|Lebuhraya|Taman|Tmn\.?|Kampung|Kg\.|Desa|Bandar|Perumahan|Kelurahan|Kel\.|Kecamatan|Kec\.|Gang|Gg\.";

    // An optional house piece (No. 12, Lot 2231, 3A, 12-1), a Malay street or estate word, up to ten words, then a five-digit
    // postcode and a capitalised town, all on one line.
    [GeneratedRegex(@"(?:\b(?:(?:No|Lot|Blk|Unit)\.?\s*)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,4}[A-Za-z]?)?,?[ ]+)?\b(?:" + MalayPlaceWords + @")[ ]+(?:[\p{L}\d/.'’()-]+,?[ ]+){1,10}?\d{5}[ ]+\p{Lu}\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex MalayStreetPostcode();

    private static readonly SearchValues<string> MalayPlaceStarts = SearchValues.Create(
        ["Jalan ", "Jln", "Jl.", "JL.", "Lorong ", "Lrg", "Persiaran ", "Lebuh", "Taman ", "Tmn", "Kampung ", "Kg. ", "Desa ", "Bandar ",
         "Perumahan ", "Kel.", "Kelurahan ", "Kec.", "Kecamatan ", "Gang ", "Gg."], StringComparison.Ordinal);

    // "Blk 45 Bedok North Street 2, #11-208", "28 Jurong West Ave 5 #04-117", "Blk 746 #05-223": a block or house number, the
    // street (a block may go without), then the unit as #floor-unit (and the six-digit postcode when written).
    [GeneratedRegex(@"\b(?:(?:Blk|Block|Apt)\.?\s*\d{1,5}[A-Za-z]?(?:[ ]+(?:[\p{L}\d'’.-]+[ ]+){0,5}?)?|\d{1,5}[A-Za-z]?[ ]+(?:[\p{L}\d'’.-]+[ ]+){1,5}?)(?:\d{1,3}[A-Za-z]?[ ]*)?,?[ ]*#[ ]?\d{1,3}-\d{1,5}[A-Za-z]?\b(?:,?[ ]*(?:Singapore|S)[ ]*\(?\d{6}\)?)?", RegexOptions.CultureInvariant)]
    private static partial Regex BlockAndUnit();

    // "Purok 4, Brgy. San Isidro, Tanauan City", "Barangay Sto. Niño, Marikina": a barangay, its name and the town after a comma
    // (with a purok, sitio or zone before it); "Blk 9 Lot 14": a subdivision's block and lot.
    [GeneratedRegex(@"(?:\b(?:Purok|Sitio|Zone)[ ]+(?:\d{1,2}[A-Za-z]?|\p{Lu}\p{L}+),?[ ]*)?\b(?:Brgy\.?|Bgy\.?|Barangay)[ ]+(?:\p{Lu}[\p{L}.'’-]*[ ]*|\d{1,3}[ ]*){1,4},[ ]*\p{Lu}\p{L}+|\b(?:Blk|Block)\.?[ ]*\d{1,4}[A-Za-z]?[ ]*,?[ ]*Lot[ ]*\d{1,4}[A-Za-z]?\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhilippineBarangay();

    private static readonly SearchValues<string> PhilippineWords = SearchValues.Create(["Brgy", "Bgy", "Barangay", " Lot "], StringComparison.Ordinal);

    /// <summary>Whether the text holds a word or shape these forms cannot match without (the address detector's gate).</summary>
    internal static bool MayHaveSoutheastAsianForm(ReadOnlySpan<char> span) =>
        span.ContainsAny(MalayPlaceStarts) || span.ContainsAny(PhilippineWords) || HasUnitNumber(span);

    private static void AddSoutheastAsianForms(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(MalayPlaceStarts))
        {
            Add(MalayStreetPostcode(), text, found);
        }
        if (span.ContainsAny(PhilippineWords))
        {
            Add(PhilippineBarangay(), text, found);
        }
        if (HasUnitNumber(span))
        {
            Add(BlockAndUnit(), text, found);
        }
    }

    // "#07-03": a hash, one to three digits, a dash and a digit.
    private static bool HasUnitNumber(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOf('#'); at >= 0 && at + 3 < span.Length; at = span[(at + 1)..].IndexOf('#') is var next and >= 0 ? at + 1 + next : -1)
        {
            var k = at + 1;
            if (span[k] == ' ')
            {
                k++;
            }
            var digits = k;
            while (k < span.Length && k - digits < 4 && char.IsAsciiDigit(span[k]))
            {
                k++;
            }
            if (k > digits && k + 1 < span.Length && span[k] == '-' && char.IsAsciiDigit(span[k + 1]))
            {
                return true;
            }
        }
        return false;
    }
}
