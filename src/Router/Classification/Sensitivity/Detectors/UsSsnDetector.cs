using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// US Social Security numbers AAA-GG-SSSS, excluding never-issued ranges (area 000, 666, 9xx; group 00;
/// serial 0000). Dashed numbers stand alone; spaced or unseparated ones, and any glued to a word before them, need an
/// SSN label nearby (SSN, SS#, soc. sec. no., my social…); so do numbers written with dots (123.45.6789).
/// </summary>
internal sealed partial class UsSsnDetector : ISensitivityDetector
{
    private static readonly LabelSet SsnLabels = new(
    [
        "ssn", "ssn#", "ss#", "ss number", "ss no", "ssn no", "ssnno", "ssn nr", "ssn number", "social security", "social-security", "soc sec", "soc. sec.", "social sec", "my social",
        // A form's field ("social:", "social #"): a bare "social" is too common a word.
        "social:", "social #", "social no",
        "社会安全", "社会保障号", "社安号", "社安號", "社會安全",
    ]);

    public string Name => "us_ssn";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "issuable SSN range";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount < 9)
        {
            return;
        }
        var text = input.Text;
        var first = found.Count;
        // Three-two-four groups or nine digits: a text with neither holds no match.
        if (input.Digits.MayHoldSsn)
        {
            AddMatches(text, found);
        }
        var before = found.Count;
        if (text.AsSpan().ContainsAny(SsnWords))
        {
            LabelledStretches(text, SsnLabel, 3, found);
            LabelledStretches(text, SocialSecurityLabel, 15, found);
            LabelledStretches(text, SocialLabel, 6, found, fieldOnly: true);
        }
        if (found.Count == before)
        {
            LooseLabels(text, found);
        }
        if (found.Count > first)
        {
            DropPlaceholders(text, found, first);
        }
    }

    private static void AddMatches(string text, List<TextSpan> found)
    {
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var span = text.AsSpan(match.Index, match.Length);
            // Glued to a word ("ssn123-45-6789", "myssnis123456789") only with an SSN label: part numbers look alike.
            var standsAlone = (span[3] == '-') && (match.Index == 0 || !char.IsAsciiLetter(text[match.Index - 1]));
            if (Issuable(span)
                && (standsAlone ? !LabelContext.LabelledAs(text, match.Index, LabelContext.BusinessLabels, SsnLabels)
                                : LabelContext.LabelledAs(text, match.Index, SsnLabels, LabelContext.BusinessLabels) || GluedLabel(text, match.Index)
                                  || OnWageForm(text, match.Index, span) || OnTaxForm(text, match.Index, span)))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    /// <summary>
    /// "myssnis512448021thanks", "hereismyssn512-44-8021": the letters glued before the number hold "ssn" (the label set finds
    /// labels at word starts only, and a run of glued words has none).
    /// </summary>
    private static bool GluedLabel(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < 24 && char.IsAsciiLetter(text[from - 1]))
        {
            from--;
        }
        return start - from > 3 && text.AsSpan(from, start - from).Contains("ssn", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "W-2 box a 512 44 8021", "my w2: 512 44 8021": on a W-2 (or W-2c, W-4) the one 3-2-4 number is the employee's SSN
    /// (box a), so a form name shortly before a spaced 3-2-4 run is its label. Not where an amount or a box number is nearer
    /// ("W-2 box 1 wages 412 55 1800" is no form's SSN field).
    /// </summary>
    private static bool OnWageForm(string text, int start, ReadOnlySpan<char> value)
    {
        if (value.Length != 11 || value[3] != ' ')
        {
            return false;
        }
        var from = Math.Max(0, start - LabelContext.Window);
        var before = text.AsSpan(from, start - from);
        var form = -1;
        foreach (var name in WageForms)
        {
            form = Math.Max(form, before.LastIndexOf(name, StringComparison.OrdinalIgnoreCase));
        }
        return form >= 0 && (form == 0 || !char.IsAsciiLetterOrDigit(before[form - 1]))
            && before[form..].IndexOfAny(AmountWords) < 0 && !BoxNumberBefore(before[form..]);
    }

    // "box 1", "box 12": numbered boxes hold amounts; box a holds the SSN.
    private static bool BoxNumberBefore(ReadOnlySpan<char> before)
    {
        var box = before.LastIndexOf("box", StringComparison.OrdinalIgnoreCase);
        return box >= 0 && before[(box + 3)..].TrimStart(' ') is { Length: > 0 } rest && char.IsAsciiDigit(rest[0]);
    }

    private static readonly string[] WageForms = ["w-2", "w2", "w-4"];

    private static readonly System.Buffers.SearchValues<string> AmountWords = System.Buffers.SearchValues.Create(
        ["wage", "tips", "withh", "compensation", "income", "salary", "amount", "total", "$", "usd", "dollars", "control number", "ein"],
        StringComparison.OrdinalIgnoreCase);

    // One label each, vectorised: IndexOf(label, OrdinalIgnoreCase) is a scalar loop under invariant globalization.
    private static readonly System.Buffers.SearchValues<string> SsnLabel = System.Buffers.SearchValues.Create(["ssn"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SocialSecurityLabel =
        System.Buffers.SearchValues.Create(["social security"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SocialLabel =
        System.Buffers.SearchValues.Create(["social"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> SsnWords =
        System.Buffers.SearchValues.Create(["ssn", "social"], StringComparison.OrdinalIgnoreCase);

    private const int LabelGap = 24;
    private const int MaxStretch = 24;

    /// <summary>
    /// After an SSN label, nine digits cut by any mix of separators ("828-_11-2_400", "82 8- 11 -2 40 0", line breaks): a
    /// reader skips them, and the label says what the digits are.
    /// </summary>
    private static void LabelledStretches(string text, System.Buffers.SearchValues<string> label, int labelLength, List<TextSpan> found, bool fieldOnly = false)
    {
        var i = 0;
        while (text.AsSpan(i).IndexOfAny(label) is var at and >= 0)
        {
            i += at + labelLength;
            if (fieldOnly && !SocialField(text, i - labelLength, i))
            {
                continue;
            }
            var first = i;
            while (first < text.Length && first - i < LabelGap && !char.IsAsciiDigit(text[first]) && text[first] != '\n')
            {
                first++;
            }
            if (!AddStretch(text, first, found))
            {
                AddSplitStretch(text, first, found);
            }
        }
    }

    /// <summary>The nine digits of an SSN from <paramref name="first"/>, cut by any mix of separators, added when issuable.</summary>
    private static bool AddStretch(string text, int first, List<TextSpan> found, int minSeparators = 1)
    {
        Span<char> digits = stackalloc char[9];
        var count = 0;
        var separators = 0;
        var end = first;
        while (end < text.Length && end - first < MaxStretch)
        {
            var c = text[end];
            if (char.IsAsciiDigit(c))
            {
                if (count == 9)
                {
                    count++;
                    break;
                }
                digits[count++] = c;
            }
            else if (c is ' ' or '\t' or '-' or '_' or '.' or '/' or '|' or ':' or '\u00B7' or '\n' or '\r')
            {
                separators++;
            }
            else
            {
                break;
            }
            end++;
        }
        end = text.AsSpan(first, end - first).LastIndexOfAnyInRange('0', '9') + first + 1;
        var span = new TextSpan(first, end);
        // One separator is enough ("512 384721", a number split over two messages); an unbroken run is AddMatches' to judge.
        if (count == 9 && separators >= minSeparators && Issuable(digits) && !found.Exists(f => f.Overlaps(span)))
        {
            found.Add(span);
            return true;
        }
        return false;
    }

    /// <summary>
    /// "social:", "Social #", "my social is": the bare word "social" as a form's field or "my social", then the digits (on the
    /// lines below too); "social media", "social: 12 posts" are not ("social" then words, or digits that are no SSN).
    /// </summary>
    private static bool SocialField(string text, int start, int end)
    {
        if (start > 0 && char.IsAsciiLetter(text[start - 1]) || end < text.Length && char.IsAsciiLetter(text[end]))
        {
            return false;
        }
        var after = text.AsSpan(end).TrimStart(' ');
        return after.StartsWith(':') || after.StartsWith('#') || after.StartsWith('=')
            || (after.StartsWith("is", StringComparison.OrdinalIgnoreCase) && text.AsSpan(0, start).TrimEnd(' ').EndsWith("my", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Issuable(ReadOnlySpan<char> ssn)
    {
        var separated = ssn.Length == 11;
        var area = ssn[..3];
        var group = separated ? ssn.Slice(4, 2) : ssn.Slice(3, 2);
        var serial = separated ? ssn.Slice(7, 4) : ssn.Slice(5, 4);
        // One digit nine times (111-11-1111, 555-55-5555) is a form's placeholder, never issued to anyone.
        return area is not "000" and not "666" && area[0] != '9' && group is not "00" && serial is not "0000"
            && !PlaceholderDigits.Is(ssn, minRun: 10);
    }

    [GeneratedRegex(@"(?<![0-9-])(?:[0-9]{3}(?<s>[- .])[0-9]{2}\k<s>[0-9]{4}|[0-9]{9})(?![0-9]|-[0-9])", RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();
}
