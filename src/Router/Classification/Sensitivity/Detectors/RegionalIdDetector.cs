using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// National identity numbers of Pakistan, Indonesia, Saudi Arabia and Nigeria (fourteenth pass): the Pakistani CNIC
/// (NNNNN-NNNNNNN-N, first digit a province 1–7), the Indonesian NIK (16 digits: a province code, regency, district, the
/// birth day — plus 40 for women — and month, a serial), the Saudi Iqama and national ID (10 digits from 2 or 1) and the Nigerian NIN (11 digits).
/// <list type="bullet">
/// <item>After the scheme's label (CNIC, NIC, NADRA, NIK, KTP, Iqama, NIN, NIMC …) with only a connector between, the scheme's
/// shape is enough, as for the other national IDs.</item>
/// <item>Without a label only shapes that are unmistakable count, and only about a person: a dashed CNIC, or a NIK whose
/// province and birth date hold, right after a name ("Ayesha Khan 35202-…") or a name/form field, and no business label
/// before it (a parcel's tracking number can take either shape).</item>
/// </list>
/// </summary>
internal sealed partial class RegionalIdDetector : ISensitivityDetector
{
    private const int LabelGap = 20;
    private const int NameReach = 40;

    public string Name => "national_id";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "national ID label or shape";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 10)
        {
            return;
        }
        var text = input.Text;
        var first = found.Count;
        foreach (var match in RegionalIdCandidates.Find(text))
        {
            var value = text.AsSpan(match.Index, match.Length);
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (Scheme(value) is not { } scheme || found.Exists(f => f.Overlaps(span)))
            {
                continue;
            }
            if (LabelledAs(text, match.Index, scheme) || (Unmistakable(value, scheme) && AboutAPerson(text, match.Index)
                && LabelContext.BusinessLabels.NearestEnd(text, Math.Max(0, match.Index - LabelContext.Window), match.Index) < 0))
            {
                found.Add(span);
            }
        }
        if (found.Count > first)
        {
            PlaceholderDigits.DropFrom(text, found, first);
        }
    }

    private enum Id
    {
        Cnic,
        Nik,
        Iqama,
        Nin,
    }

    // The scheme a candidate's shape fits, if any.
    private static Id? Scheme(ReadOnlySpan<char> value)
    {
        var digits = ScanInput.CountDigits(value);
        var dashed = value.Contains('-');
        if (digits == 13 && (dashed ? value.Length == 15 && value[5] == '-' && value[13] == '-' : value.Length == 13) && value[0] is >= '1' and <= '7')
        {
            return Id.Cnic;
        }
        if (dashed)
        {
            return null;
        }
        return digits switch
        {
            16 when value.Length == 16 => Id.Nik,
            10 when value[0] is '1' or '2' && value.Length == 10 => Id.Iqama,
            11 when value.Length == 11 => Id.Nin,
            _ => null,
        };
    }

    // The unlabelled forms: a dashed CNIC (13 digits alone are too plain), a NIK whose province and date hold.
    private static bool Unmistakable(ReadOnlySpan<char> value, Id scheme) =>
        (scheme == Id.Cnic && value.Contains('-')) || (scheme == Id.Nik && NikShaped(value));

    /// <summary>A NIK: a province code in use, then (after regency and district) a day 01–31 or 41–71 and a month 01–12.</summary>
    private static bool NikShaped(ReadOnlySpan<char> value)
    {
        Span<int> d = stackalloc int[16];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (n == 16)
                {
                    return false;
                }
                d[n++] = c - '0';
            }
        }
        if (n != 16)
        {
            return false;
        }
        var province = (d[0] * 10) + d[1];
        var day = (d[6] * 10) + d[7];
        var month = (d[8] * 10) + d[9];
        return Provinces.Contains(province) && day is (>= 1 and <= 31) or (>= 41 and <= 71) && month is >= 1 and <= 12;
    }

    private static readonly HashSet<int> Provinces =
        [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96];

    // The scheme's label, then only a connector ("CNIC: ", "NIK saya ", "Iqama number ", "NIN is ") before the value.
    private static bool LabelledAs(string text, int start, Id scheme)
    {
        var from = Math.Max(0, start - LabelGap - 30);
        var window = text.AsSpan(from, start - from);
        // Most candidates (a phone number, an order number) have none of the labels before them: one search says so.
        if (!window.ContainsAny(LabelSearch(scheme)))
        {
            return false;
        }
        foreach (var label in Labels(scheme))
        {
            var at = window.LastIndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (from + at > 0 && char.IsAsciiLetter(text[from + at - 1])))
            {
                continue;
            }
            var end = at + label.Length;
            if (end < window.Length && char.IsAsciiLetter(window[end]) && char.IsAsciiLetter(label[^1]))
            {
                continue;
            }
            if (window.Length - end <= LabelGap && Connector().IsMatch(window[end..]))
            {
                return true;
            }
        }
        return false;
    }

    private static string[] Labels(Id scheme) => scheme switch
    {
        Id.Cnic => CnicLabels,
        Id.Nik => NikLabels,
        Id.Iqama => IqamaLabels,
        _ => NinLabels,
    };

    private static SearchValues<string> LabelSearch(Id scheme) => scheme switch
    {
        Id.Cnic => CnicSearch,
        Id.Nik => NikSearch,
        Id.Iqama => IqamaSearch,
        _ => NinSearch,
    };

    private static readonly string[] CnicLabels =
        ["cnic", "nic", "nicop", "nadra", "computerized national identity card", "computerised national identity card", "id card", "شناختی کارڈ"];

    private static readonly string[] NikLabels = ["nik", "ktp", "e-ktp", "nomor induk kependudukan", "no. ktp", "nomor ktp"];

    private static readonly string[] IqamaLabels = ["iqama", "iqamah", "muqeem", "residence permit", "resident id", "إقامة", "اقامة", "رقم الإقامة"];

    private static readonly string[] NinLabels = ["nin", "nimc", "national identification number", "national identity number", "national id number"];

    // Each scheme's labels as one search, ignoring case as the loop above compares them (a window without any needs no loop).
    private static readonly SearchValues<string> CnicSearch = SearchValues.Create(CnicLabels, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> NikSearch = SearchValues.Create(NikLabels, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> IqamaSearch = SearchValues.Create(IqamaLabels, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> NinSearch = SearchValues.Create(NinLabels, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^[\s:#.,=()\-]*(?:(?:no|number|num|nr|is|was|saya|ku|ko|mera|mine|my|adalah|nya|id|card|wali|ka|ki|:)[\s:#.,=()\-]*){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    /// <summary>
    /// A name right before the number on its line ("Ayesha Khan 35202-…", "Budi Santoso, 3273…"): two or more capitalised words,
    /// then at most a comma or colon; or a name field on the line before ("Nama: Siti Rahma" then "3174…").
    /// </summary>
    private static bool AboutAPerson(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var from = Math.Max(lineStart, start - NameReach);
        var before = text.AsSpan(from, start - from).TrimEnd(" ,:;-–(");
        var words = 0;
        var i = before.Length;
        while (i > 0 && words < 3)
        {
            var wordEnd = i;
            while (i > 0 && char.IsLetter(before[i - 1]))
            {
                i--;
            }
            if (i == wordEnd || !char.IsUpper(before[i]) || wordEnd - i < 2)
            {
                break;
            }
            words++;
            while (i > 0 && before[i - 1] == ' ')
            {
                i--;
            }
        }
        if (words >= 2)
        {
            return true;
        }
        var previous = lineStart >= 2 ? text.LastIndexOf('\n', lineStart - 2) + 1 : 0;
        var window = text.AsSpan(previous, start - previous);
        return window.ContainsAny(NameFields);
    }

    private static readonly SearchValues<string> NameFields =
        SearchValues.Create(["nama:", "nama :", "name:", "name :", "nama lengkap", "full name", "applicant", "pemohon", "naam:"], StringComparison.OrdinalIgnoreCase);
}
