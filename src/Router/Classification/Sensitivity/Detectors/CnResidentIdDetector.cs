using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Mainland resident identity numbers, in one run or split by spaces, dashes, dots or a line break (6-8-4 and any
/// other grouping), glued to letters or not. 18 characters with a real province, a non-zero city code, a valid birth
/// date and the ISO 7064 MOD 11-2 check character; first-generation 15-digit numbers (yymmdd birth date, no check
/// digit) with a real province and date. After an ID label (身份证, 证件号, ID card…) any 18-character (17 digits and a
/// digit or X) or 15-digit number counts, whatever its check digit: the text says it is an ID.
/// </summary>
internal sealed class CnResidentIdDetector : ISensitivityDetector
{
    private static readonly int[] Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83];

    private static readonly LabelSet IdLabels = new(
    [
        "身份证", "身份证号", "身份证号码", "证件", "证件号", "公民身份号码", "id card", "identity", "resident", "id no", "id number", "id:", "id#",
        // Traditional spellings, and Taiwan's 身分證 written before a mainland number (身分證號碼, 身分證字號, 證件號碼).
        "身份證", "身分證", "身分证", "證件", "證件號",
    ]);

    /// <summary>Labels that name the document itself: after one, a wrong check digit does not clear the number.</summary>
    private static readonly LabelSet DocumentLabels = new(
    [
        "身份证", "身份证号", "身份证号码", "证件号", "证件号码", "公民身份号码", "身份号码", "身份证件", "居民身份", "id card", "identity card",
        "identity number", "resident id", "national id", "citizen id", "chinese id", "prc id", "id number", "id no", "id no.",
        "身份證", "身份證號", "身份證號碼", "身分證", "身分證號", "身分證號碼", "身分證字號", "身分证", "身分证号", "身分证号码", "居民身份證",
        "證件號", "證件號碼", "公民身份號碼", "身份號碼",
    ]);

    /// <summary>
    /// Identity checks that do not name the document (实名认证, 实名登记, 核验): the number they are about must have a real region
    /// and birth date, but a wrong check digit does not clear it — the user is checking their own (mistyped) ID.
    /// </summary>
    private static readonly LabelSet IdentityChecks = new(
    [
        "实名认证", "实名登记", "实名核验", "实名验证", "实名制", "实名信息", "身份核验", "身份验证", "身份认证", "人证核验", "核验", "实名",
    ]);

    // The ISO 7064 weights of the seventeen digits (7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) as an explanation or code lists
    // them: read as one digit run it is no one's number.
    private const string WeightDigits = "79105842163791058427910584216379105842";

    [ThreadStatic]
    private static List<TextSpan>? t_groups;

    public string Name => "cn_resident_id";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "MOD 11-2 valid, or labelled as an ID";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 15)
        {
            return;
        }
        var text = input.Text;
        DigitChains.Find(text, t_groups ??= [], groups => Candidates(text, groups, found));
    }

    private static void Candidates(string text, List<TextSpan> groups, List<TextSpan> found)
    {
        Span<char> id = stackalloc char[18];
        for (var first = 0; first < groups.Count; first++)
        {
            if (!DigitChains.MayStartAt(text, groups, first))
            {
                continue;
            }
            for (var last = first; last < groups.Count; last++)
            {
                var length = DigitChains.Digits(text, groups, first, last, id);
                if (length < 0)
                {
                    break;
                }
                var start = groups[first].Start;
                var end = groups[last].End;
                if (length == 17 && end < text.Length && text[end] is 'X' or 'x' && (end + 1 == text.Length || !char.IsAsciiDigit(text[end + 1])))
                {
                    // The check character X is glued to the last group (or the chain ended because of it).
                    id[17] = 'X';
                    length = 18;
                    end++;
                }
                if (length == 15 && MaskFollows(text, end))
                {
                    // "320102198805123XXX", "440106199001012***": an 18-character ID with its tail masked, not a first-generation
                    // one (those are digits throughout); the number shown identifies no one.
                    break;
                }
                if (length is 15 or 18 && IsId(text, start, id[..length])
                    && !IdSampleText.Says(text, new TextSpan(start, end), length == 18 ? Valid(id[..length]) : ValidFirstGeneration(id[..length])))
                {
                    found.Add(new TextSpan(start, end));
                    first = last;
                    break;
                }
            }
        }
    }

    private static bool MaskFollows(string text, int end) =>
        end + 1 < text.Length && IsMask(text[end]) && IsMask(text[end + 1]);

    private static bool IsMask(char c) => c is 'X' or 'x' or '*' or '×' or '•' or '#';

    private static bool IsId(string text, int start, ReadOnlySpan<char> id)
    {
        if (WeightDigits.AsSpan().IndexOf(id) >= 0)
        {
            return false;
        }
        if (LabelContext.HasLabel(text, start, DocumentLabels) && !LabelContext.HasLabel(text, start, LabelContext.BusinessLabels))
        {
            return true;
        }
        if (id.Length == 18 && id[..17].IndexOfAnyExceptInRange('0', '9') < 0 && Region(id) && Date(int.Parse(id.Slice(6, 4)), id.Slice(10, 4))
            && LabelContext.HasLabel(text, start, IdentityChecks) && !LabelContext.HasLabel(text, start, LabelContext.BusinessLabels))
        {
            return true;
        }
        return (id.Length == 18 ? Valid(id) : ValidFirstGeneration(id))
            && !LabelContext.LabelledAs(text, start, LabelContext.BusinessLabels, IdLabels);
    }

    internal static bool Valid(ReadOnlySpan<char> id) =>
        Region(id) && Date(int.Parse(id.Slice(6, 4)), id.Slice(10, 4)) && Checksums.Iso7064Mod11_2(id[..17]) == id[17];

    /// <summary>15 digits: region, yymmdd (19yy), three sequence digits.</summary>
    private static bool ValidFirstGeneration(ReadOnlySpan<char> id) =>
        Region(id) && Date(1900 + int.Parse(id.Slice(6, 2)), id.Slice(8, 4));

    private static bool Region(ReadOnlySpan<char> id)
    {
        var province = (id[0] - '0') * 10 + (id[1] - '0');
        var city = (id[2] - '0') * 10 + (id[3] - '0');
        return Array.IndexOf(Provinces, province) >= 0 && city != 0;
    }

    private static bool Date(int year, ReadOnlySpan<char> monthDay)
    {
        if (!char.IsAsciiDigit(monthDay[0]) || !char.IsAsciiDigit(monthDay[3]))
        {
            return false;
        }
        var month = int.Parse(monthDay[..2]);
        var day = int.Parse(monthDay[2..]);
        return year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }
}
