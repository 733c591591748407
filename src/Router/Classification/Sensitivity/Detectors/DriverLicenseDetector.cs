using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Driver's licence numbers: a licence label (driver's license or lic., driving licence, DL, DLN, CDL, 驾驶证, 驾照, in
/// either order, permits and other languages: see <see cref="Label"/>) shortly before a
/// document-number shape (letters and digits with at least five digits, possibly in groups joined by dashes, dots,
/// slashes or spaces: "123-456-789", "D123-4567-8901", "MORGA-753116-SM9IJ", "123/456/789"; any case). Formats vary by
/// state and country and carry no public check digit, so the label is the evidence.
/// </summary>
internal sealed partial class DriverLicenseDetector : ISensitivityDetector
{
    /// <summary>Room for "number is", "no.:", "#" between the label and the number (see <see cref="Connector"/>).</summary>
    private const int Gap = 24;

    private const int LabelReach = 48;

    public string Name => "driver_license";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "driver's licence label";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount < 2)
        {
            return;
        }
        var oddCaseForms = HasOddCaseForms(text);
        if (oddCaseForms)
        {
            DetectEverywhere(text, found);
        }
        else
        {
            DetectNearLabels(text, found);
        }
        var licence = input.DigitCount >= 7 && MentionsLicence(text);
        if (licence)
        {
            AddUkLicences(text, found);
            AddUsDashedLicences(text, found);
        }
        if (input.DigitCount >= 10 && (licence || MayNamePhilippineLicence(text)))
        {
            AddPhilippineLicences(text, found);
        }
        if (input.DigitCount >= 10 && text.Contains('驾'))
        {
            AddChineseLicences(text, found);
        }
        if (input.DigitCount >= 5 && MayNameProfessionalLicence(text))
        {
            AddProfessionalLicences(text, found);
        }
    }

    /// <summary>
    /// A UK (DVLA) licence number after a bare "licence" or "license" (only a connector between): five letters of the
    /// surname (padded with 9s), six digits (birth decade, month, day, year; not checked: written examples often hold no
    /// real date), two initials (or 9s), a digit and two letters, also with dashes or spaces between its parts
    /// ("VLBLP-541064-JJ1XM"). The 16-character shape is strict enough that a plain licence word names it.
    /// </summary>
    private static void AddUkLicences(string text, List<TextSpan> found)
    {
        foreach (var match in UkLicence().EnumerateMatches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (!found.Exists(f => f.Overlaps(span)) && UkLabelledBefore(text, match.Index)
                && !SoftwareKeyInUkShape(text, text.AsSpan(match.Index, match.Length)))
            {
                found.Add(span);
            }
        }
    }

    private static bool UkLabelledBefore(string text, int start) => LicenceWordBefore(text, start, out _);

    // A "licen…" word (licence, license, licensed…) within the label reach before start, only a connector after it.
    private static bool LicenceWordBefore(string text, int start, out int licenceAt)
    {
        var from = Math.Max(0, start - LabelReach);
        var window = text.AsSpan(from, start - from);
        var at = window.LastIndexOf("licen", StringComparison.OrdinalIgnoreCase);
        licenceAt = from + at;
        if (at < 0)
        {
            return false;
        }
        var end = at + 5;
        while (end < window.Length && char.IsAsciiLetter(window[end]))
        {
            end++;
        }
        return Connector().IsMatch(window[end..]);
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][A-Za-z9]{4}[- ]?[0-9]{6}[- ]?[A-Za-z9]{2}[0-9][ ]?[A-Za-z]{2}(?:[ -]?[0-9]{2})?(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex UkLicence();

    /// <summary>The plain search: every number shape in the text, kept where a label comes shortly before it.</summary>
    internal static void DetectEverywhere(string text, List<TextSpan> found)
    {
        if (!MayHaveLabel(text))
        {
            return;
        }
        foreach (var match in Number().EnumerateMatches(text))
        {
            Keep(text, match, found);
        }
    }

    /// <summary>
    /// What <see cref="DetectEverywhere"/> finds, reading number shapes only where one may start within
    /// <see cref="LabelReach"/> after a label's literal core ("lic", "DL", "dl", <see cref="WordCores"/>, 驾驶证, 驾照, 運転免許, 운전면허): every label holds one.
    /// The shapes are enumerated from a place no shape can straddle (<see cref="NoShapeAcross"/>), so they are the
    /// same matches the enumeration over the whole text reaches there. Not for texts with odd case forms of 'i'
    /// (dotted or dotless I), which the label's case-insensitive "lic" may match.
    /// </summary>
    internal static void DetectNearLabels(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        int windowStart = -1, windowEnd = -1, previousEnd = 0;
        for (var from = 0; ;)
        {
            var core = NextLabelCore(span, from);
            if (core < 0 || windowEnd < 0 || core + 1 > windowEnd)
            {
                if (windowEnd >= 0)
                {
                    NumbersBetween(text, windowStart, windowEnd, previousEnd, found);
                    previousEnd = windowEnd;
                }
                if (core < 0)
                {
                    return;
                }
                windowStart = core + 1;
            }
            windowEnd = Math.Min(text.Length, core + 1 + LabelReach);
            from = core + 1;
        }
    }

    // Number shapes starting in [start, end), or running across start from no earlier than the previous window's end
    // (a shape led by the label's own capitals: "DL 12345678"), enumerated from a place before start that no shape straddles.
    private static void NumbersBetween(string text, int start, int end, int previousEnd, List<TextSpan> found)
    {
        var from = start;
        while (from > 0 && !NoShapeAcross(text, from))
        {
            from--;
        }
        foreach (var match in Number().EnumerateMatches(text, from))
        {
            if (match.Index >= end)
            {
                break;
            }
            if (match.Index >= start || (match.Index >= previousEnd && match.Index + match.Length > start))
            {
                Keep(text, match, found);
            }
        }
    }

    private static void Keep(string text, ValueMatch match, List<TextSpan> found)
    {
        if (!LicenceShaped(text.AsSpan(match.Index, match.Length)))
        {
            return;
        }
        if (LabelledBefore(text, match.Index) || NamedByStateAfter(text, match.Index, match.Index + match.Length))
        {
            found.Add(new(match.Index, match.Index + match.Length));
            return;
        }
        // "DL 12345678", "CNH 0123…": the shape's leading capitals ("MORGA 753116…") were the label itself.
        var space = text.AsSpan(match.Index, match.Length).IndexOf(' ');
        if (space > 0 && !text.AsSpan(match.Index, space).ContainsAnyInRange('0', '9')
            && LicenceShaped(text.AsSpan(match.Index + space + 1, match.Length - space - 1)) && LabelledBefore(text, match.Index + space + 1))
        {
            found.Add(new(match.Index + space + 1, match.Index + match.Length));
        }
    }

    /// <summary>
    /// Not a date; five digits or more; or, as Washington's WDL numbers and other letter-heavy formats, 8+ characters in one token
    /// mixing letters with two digits or more.
    /// </summary>
    private static bool LicenceShaped(ReadOnlySpan<char> number)
    {
        if (Date().IsMatch(number))
        {
            return false;
        }
        var digits = ScanInput.CountDigits(number);
        return digits >= 5 || (digits >= 2 && number.Length >= 8 && !number.ContainsAny(' ', '-', '.') && number.ContainsAnyInRange('A', 'Z'))
            || TwoCapitalsFourDigits(number);
    }

    /// <summary>
    /// Whether no match of <see cref="Number"/> can hold both the character before <paramref name="at"/> and the one at it,
    /// so an enumeration started at <paramref name="at"/> finds the same later matches as one started earlier. A match
    /// holds only ASCII letters, digits, '-', '.', '/' and ' '; it starts and ends with a letter or digit; and a space in it
    /// is followed by up to five letters and a digit. (Tied to the pattern: see DriverLicenseDetectorSpeedTests.)
    /// </summary>
    internal static bool NoShapeAcross(string text, int at)
    {
        var before = text[at - 1];
        if (!char.IsAsciiLetterOrDigit(before) && before is not ('-' or '.' or '/' or ' '))
        {
            return true;
        }
        if (char.IsAsciiLetterOrDigit(before) || at == text.Length)
        {
            return at == text.Length;
        }
        if (!char.IsAsciiLetterOrDigit(text[at]))
        {
            return true;
        }
        if (before != ' ')
        {
            return false;
        }
        // After a space only [A-Za-z]{0,5}[0-9] may go on.
        for (var i = at; i < text.Length && i <= at + 5; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                return false;
            }
            if (!char.IsAsciiLetter(text[i]))
            {
                return true;
            }
        }
        return true;
    }

    // The next place at or after from where a label's literal core starts, -1 if none.
    private static int NextLabelCore(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var ascii = LabelCores.IndexOfAny(text[from..]);
            var han = text[from..].IndexOfAny(HanLabelStarts);
            var at = ascii < 0 ? han : han < 0 ? ascii : Math.Min(ascii, han);
            if (at < 0)
            {
                return -1;
            }
            at += from;
            var rest = text[at..];
            if (rest.StartsWith("DL", StringComparison.Ordinal) || rest.StartsWith("dl", StringComparison.Ordinal)
                || StartsWithAny(rest, WordCores)
                || rest.StartsWith("驾驶证", StringComparison.Ordinal) || rest.StartsWith("驾驶执照", StringComparison.Ordinal) || rest.StartsWith("驾照", StringComparison.Ordinal)
                || rest.StartsWith("運転免許", StringComparison.Ordinal) || rest.StartsWith("운전면허", StringComparison.Ordinal))
            {
                return at;
            }
            from = at + 1;
        }
        return -1;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] cores)
    {
        foreach (var core in cores)
        {
            if (text.StartsWith(core, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The literal cores of the labels besides "DL": every English "lic…" label also says driver/driving, operator, learner
    /// or provisional (a bare "lic" is in "alice", "public", "click"…, so it is no core), or names an Australian state or
    /// a Canadian province before "licence" ("NSW licence", "Saskatchewan licence": eighth pass), whose core is "licen"; permits, Führerschein,
    /// permis/permiso/licencia de conducir, licencia de manejo, patente di guida, rijbewijs, carta de condução, carteira
    /// de motorista, CNH, prawo jazdy, ehliyet. (Checked against the pattern: DriverLicenseDetectorSpeedTests.)
    /// </summary>
    private static readonly string[] WordCores =
        ["licen", "driv", "operator", "learner", "provisional", "permit", "permis", "hrerschein", "condu", "patente", "rijbewijs", "dvla", "manejo",
            "carteira", "cnh", "jazdy", "ehliyet"];

    // Eighteen cores: searched in groups of eight (see GroupedStringSearch).
    private static readonly GroupedStringSearch LabelCores = new(["dl", .. WordCores], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="label"/> (a match of the label pattern) holds a literal core (tests check every match does).</summary>
    internal static bool HoldsCore(ReadOnlySpan<char> label) => NextLabelCore(label, 0) >= 0;

    private static readonly SearchValues<char> HanLabelStarts = SearchValues.Create("驾運운");

    // Characters a case-insensitive "i" may match besides 'i' and 'I', and the other odd case forms (Kelvin sign, long s).
    private static readonly SearchValues<char> OddCaseForms = SearchValues.Create("\u0130\u0131\u212A\u017F");

    internal static bool HasOddCaseForms(string text) => text.AsSpan().ContainsAny(OddCaseForms);

    // One vectorised search, where the culture-free case-insensitive Contains compares character by character. SearchValues
    // with OrdinalIgnoreCase matches the same characters, the odd case forms (ı, İ, K, ſ) included (tests compare the two on
    // random texts; every BMP character at every position of "licen" was checked outside the suite).
    private static readonly SearchValues<string> Licen = SearchValues.Create(["licen"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the text holds "licen" in any case.</summary>
    internal static bool MentionsLicence(string text) => text.AsSpan().ContainsAny(Licen);

    // Every label holds an ASCII core or starts with one of these characters.
    private static bool MayHaveLabel(string text) => LabelCores.ContainsAny(text) || text.AsSpan().ContainsAny(HanLabelStarts);

    private static bool LabelledBefore(string text, int start)
    {
        var from = Math.Max(0, start - LabelReach);
        foreach (var label in Label().EnumerateMatches(text.AsSpan(from, start - from)))
        {
            var end = from + label.Index + label.Length;
            if (start - end <= Gap && Connector().IsMatch(text.AsSpan(end, start - end)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// In either order ("driver's license", "license number (driver's)", "licence, driving"), in capitals ("DL", "CDL"),
    /// after an Australian state, a Canadian province or a US state's code ("QLD licence", "Manitoba licence", "NY license":
    /// those licences are driving ones; not MS, which is also Microsoft's),
    /// as a permit ("driving permit", "operator's license") or in other languages (Führerschein, permis de conduire,
    /// licencia de conducir, patente di guida, rijbewijs, carta de condução, 驾驶证, 運転免許, 운전면허).
    /// </summary>
    [GeneratedRegex(LabelPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    internal const string LabelPattern = @"(?i:driv(?:er|ing)(?:['’]?s)?[ _-]?(?:lic(?:en[cs]e|\.|\b)|permit)|operator(?:['’]?s)? licen[cs]e|lic(?:en[cs]e|\.)?(?: (?:number|num|no\.?|#))?\s*(?:\(|,|-|–)\s*driv(?:er|ing)(?:['’]?s)?\)?|f(?:ü|ue)hrerschein(?:nummer|-nr\.?)?|permis de conduire|num[ée]ro de permis(?: de conduire)?|licencia de (?:conducir|manejo|conductor|conducción)|carnet de conducir|permiso de conduc(?:ir|ción)|patente di guida|rijbewijs(?:nummer)?|carta de condução|carteira (?:de motorista|(?:nacional )?de habilita[çc][ãa]o)|prawo jazdy|ehliyet|dvla(?: (?:driving )?licen[cs]e)?|(?:learner|provisional)(?:['’]?s)? (?:licen[cs]e|permit))|\b(?:(?-i:NSW|VIC|QLD|SA|WA|TAS|ACT|BC|PEI|QC|AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MO|MT|NE|NV|NH|NJ|NM|NY|NYS|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY)|(?i:victorian?|queensland|tasmanian?|new south wales|northern territory|south australian?|western australian?|ontario|qu[eé]bec|alberta|saskatchewan|manitoba|new brunswick|nova scotia|newfoundland(?: and labrador)?|prince edward island|yukon|nunavut|northwest territories|british columbia))(?:['’]s)? (?i:licen[cs]e)|\bC?DLN?\b|\bCNH\b|\bdl ?(?:#|no\b|number\b|:)|驾驶证|驾驶执照|驾照|運転免許証?(?:番号)?|운전면허(?:증)?(?:\s?번호)?";

    /// <summary>What may stand between the label and the number: "number is", "no.:", "(CA)", "TX", "(Texas)", "(New York)", "档案编号", not a whole clause.</summary>
    [GeneratedRegex(@"^[\s:#.,：，_""'=-]*(?:(?:number|num|no|nr|n[°º]|id|is|was|reads|of|\([A-Za-z]{2}\)|(?-i:[A-Z]{2}\b|\([A-Z][a-z]{2,12}(?: [A-Z][a-z]{2,12})?\))|档案编号|号码|编号|号|为|是)[\s:#.,：，_""'=-]*){0,3}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    /// <summary>
    /// A document number: letters and digits holding a digit, possibly in groups joined by '-', '.', '/' or a space, each
    /// later group holding a digit too ("D123-4567-8901", "123-456-789", "123/456/789", "S530 4626 1234 5",
    /// "MORGA753116SM9IJ") or led by a short letter group ("12-AB-34567"), possibly led by a letter group
    /// ("S-530-462-612-345", "WDL-ABC1234-5", "MORGA-753116-SM9IJ", "MORGA 753116 SM9IJ 35") and ended by a check letter
    /// ("12345678-Z").
    /// </summary>
    [GeneratedRegex(NumberPattern, RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    /// <summary>A date ("2024-05-06", "06/05/2024", "6.5.2024"): a release or expiry, never the licence number itself.</summary>
    [GeneratedRegex(@"^(?:[0-9]{4}([-./])[0-9]{1,2}\1[0-9]{1,2}|[0-9]{1,2}([-./])[0-9]{1,2}\2[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    internal const string NumberPattern =
        @"(?<![A-Za-z0-9-])(?:[A-Za-z]{1,6}[-./]|[A-Z]{1,5} (?=[0-9]))?[A-Za-z0-9]{0,17}[0-9][A-Za-z0-9]{0,17}(?:(?:[-./](?:[A-Za-z]{1,3}[-./](?=[0-9]))?| )(?=[A-Za-z]{0,5}[0-9])[A-Za-z0-9]{1,12}){0,5}(?:[-/][A-Za-z]{1,3})?(?![A-Za-z0-9])";
}
