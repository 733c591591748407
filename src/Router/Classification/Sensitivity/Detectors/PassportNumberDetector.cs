using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Passport numbers: a passport label (passport, 护照, pasaporte, passeport, Reisepass, Passnummer, passaporto, paspor,
/// pasaport, パスポート, 旅券, 여권, паспорт…) within a few words before a document-number shape (one or two letters, of
/// either case, and 6–8 digits, as Chinese E/G numbers; or 8–9 digits, as US ones, also in groups: "123 456 789",
/// "12-3456789"), or right before it with only a connector between
/// ("no.", "number is", "号码：") for the other countries' shapes: 6–10 upper-case letters and digits holding two digits
/// or more (France 12AB34567, Germany C01X00T47, Spain ABC123456, the Netherlands), or a series and number (Russia
/// 45 1234567). Passport numbers carry no check digit outside the machine-readable zone, so the label is what tells
/// one from any other code.
/// </summary>
internal sealed partial class PassportNumberDetector : ISensitivityDetector
{
    // "passport, issued in 2019, number …", "passport number on my visa application: …".
    private const int LabelWindow = 40;

    private static readonly LabelSet PassportLabels = new(
    [
        "passport", "护照", "護照", "pasaporte", "passeport", "reisepass", "reisepassnummer", "passnummer", "passaporto", "passaporte",
        "paspoort", "paszport", "paspor", "pasaport", "pass-nr", "pass nr",
        // Declined forms, which the label set reads as other words (eighth pass): "numer paszportu", "номер паспорта".
        "paszportu", "pasaportu", "reisepasses", "паспорта",
        // Glued to their connector ("passportno449533347…"): see AddGlued.
        "passportno", "passportnumber", "passportnum", "passportnr", "passportid", "パスポート", "旅券", "여권", "паспорт",
        // Fourteenth pass: the mainland's travel documents for Hong Kong, Macau and Taiwan (港澳通行证 C + 8 digits, 回乡证 H/M + 8),
        // passports in all but name.
        "通行证", "通行證", "回乡证", "回鄉證", "台胞证", "台胞證", "home return permit", "exit-entry permit", "two-way permit",
    ]);

    public string Name => "passport_number";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "passport label";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (input.DigitCount >= 13 && text.Contains("<<", StringComparison.Ordinal))
        {
            var before = found.Count;
            AddMachineReadableZones(text, found);
            // A zone typed or OCR'd in lower case ("l898902c36uto…"): the same lines read in capitals (same length, same spans).
            if (found.Count == before && text.AsSpan().ContainsAnyInRange('a', 'z'))
            {
                AddMachineReadableZones(text.ToUpperInvariant(), found);
            }
        }
        if (input.DigitCount < 2 || PassportLabels.NearestEnd(text) < 0)
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            var from = SentenceStart(text, Math.Max(0, match.Index - LabelWindow), match.Index);
            if (PassportLabels.NearestEnd(text.AsSpan(from, match.Index - from)) >= 0 || AfterAnAside(text, match.Index, match.Length)
                || AfterLabelledLine(text, match.Index)
                || (LabelAfter().IsMatch(text.AsSpan(match.Index + match.Length, Math.Min(LabelAfterWindow, text.Length - match.Index - match.Length)))
                    && LabelContext.BusinessLabels.NearestEnd(text.AsSpan(from, match.Index - from)) < 0))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
        foreach (var match in OtherShapes().EnumerateMatches(text))
        {
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (ScanInput.CountDigits(text.AsSpan(match.Index, match.Length)) >= 2
                && !found.Exists(f => f.Overlaps(span))
                && LabelContext.NamedAs(text, match.Index, PassportLabels, LabelContext.BusinessLabels))
            {
                found.Add(span);
            }
        }
        AddGlued(text, found);
        // "passport X0000000", "护照号 E00000000": a mock row's or form's placeholder, one digit repeated, is no one's passport.
        found.RemoveAll(span => span.End <= text.Length && PlaceholderDigits.Is(text.AsSpan(span.Start, span.End - span.Start), minRun: int.MaxValue)
            && !MachineReadable(text, span));
    }

    private static bool MachineReadable(string text, TextSpan span) => text.AsSpan(span.Start, span.End - span.Start).Contains('<');

    /// <summary>
    /// The machine-readable zone of a passport (TD3: line 2 of 44 characters) or an identity card or visa (TD2: 36; TD1: the
    /// 30-character line with the birth and expiry dates): the document number, birth date and expiry date each carry an
    /// ICAO 9303 check digit (weights 7-3-1, '&lt;' = 0, A = 10). Two of the checks must hold, so no label is needed.
    /// </summary>
    private static void AddMachineReadableZones(string text, List<TextSpan> found)
    {
        foreach (var match in MrzLine().EnumerateMatches(text))
        {
            var line = text.AsSpan(match.Index, match.Length);
            var holds = line.Length switch
            {
                44 or 36 => (MrzCheck(line[..9], line[9]) ? 1 : 0) + (MrzCheck(line[13..19], line[19]) ? 1 : 0) + (MrzCheck(line[21..27], line[27]) ? 1 : 0),
                30 when char.IsAsciiDigit(line[0]) => (MrzCheck(line[..6], line[6]) ? 1 : 0) + (MrzCheck(line[8..14], line[14]) ? 1 : 0),
                30 => (MrzCheck(line[5..14], line[14]) ? 1 : 0) + (line[..5].Contains('<') ? 1 : 0),
                _ => 0,
            };
            var span = new TextSpan(match.Index, match.Index + match.Length);
            if (holds >= 2 && !found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
        }
    }

    private static bool MrzCheck(ReadOnlySpan<char> field, char check)
    {
        if (!char.IsAsciiDigit(check) || !field.ContainsAnyInRange('0', '9'))
        {
            return false;
        }
        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return sum % 10 == check - '0';
    }

    /// <summary>An MRZ line holding digits: TD3 line 2 (44), TD2 line 2 (36), TD1 line 1 or 2 (30), standing alone on its line.</summary>
    [GeneratedRegex(@"(?<![A-Z0-9<])(?:[A-Z0-9<]{9}[0-9][A-Z<]{3}[0-9]{7}[MFX<][0-9]{7}(?:[A-Z0-9<]{14}[0-9<][0-9]|[A-Z0-9<]{7}[0-9])|[0-9]{7}[MFX<][0-9]{7}[A-Z<]{3}[A-Z0-9<]{11}[0-9]|[IAC][A-Z0-9<][A-Z<]{3}[A-Z0-9<]{9}[0-9<][A-Z0-9<]{15})(?![A-Z0-9<])", RegexOptions.CultureInvariant)]
    private static partial Regex MrzLine();

    // "my passport number is, as I said before in the other form you need, E12345678".
    private const int AsideWindow = 110;

    /// <summary>
    /// A passport label farther back in the same sentence, with an aside between ("passport (the new one, not the expired
    /// one): E12345678", "passport number is, as I said on the other form, …"): the number is the first one after the label,
    /// nothing between names another kind of number (phone, order, booking…), and either the number holds the letters of
    /// its series or the label says "number" ("passport number", "passport no.", 护照号码).
    /// </summary>
    private static bool AfterAnAside(string text, int start, int length)
    {
        var from = SentenceStart(text, Math.Max(0, start - AsideWindow), start);
        var window = text.AsSpan(from, start - from);
        var labelEnd = PassportLabels.NearestEnd(window);
        if (labelEnd < 0)
        {
            return false;
        }
        var between = window[labelEnd..];
        if (between.ContainsAnyInRange('0', '9') || LabelContext.PhoneLabels.NearestEnd(between) >= 0 || LabelContext.BusinessLabels.NearestEnd(between) >= 0)
        {
            return false;
        }
        var after = between.TrimStart(" .:#-");
        var numberWord = StartsWithWord(after, "number") || StartsWithWord(after, "no") || StartsWithWord(after, "nr") || after.StartsWith("号", StringComparison.Ordinal);
        return numberWord || char.IsAsciiLetter(text[start]);
    }

    // "E38172946 is my passport number", "E38172946 (passport)", "E38172946 – passport no.": the label right after, unless
    // the sentence named the number as something else first ("Booking 123456789 - passport holders only").
    private const int LabelAfterWindow = 32;

    [GeneratedRegex(@"^[ ]*(?:[-–—:=(,][ ]*|(?i:is|was|being|as)[ ]+)?(?:(?i:my|the|our|his|her|their|your|a)[ ]+)?(?i:passport|reisepass|passeport|pasaporte|passaporto|paspoort|paszport|pasaport)(?![A-Za-z])|^[ ]*(?:[-–—:=(,][ ]*|是)?(?:我的)?(?:护照|護照|パスポート|旅券|여권)", RegexOptions.CultureInvariant)]
    private static partial Regex LabelAfter();

    /// <summary>
    /// "my passport number is" / "hang on, let me find it" / "K48203917": a line (a message) that ends with the label and a
    /// connector, the number opening one of the next three lines, and the lines between without digits or another kind of
    /// number's label; the number holds its series letters or the label says "number" (eleventh pass).
    /// </summary>
    private static bool AfterLabelledLine(string text, int start)
    {
        var from = Math.Max(0, start - 160);
        var window = text.AsSpan(from, start - from);
        var numberLine = window.LastIndexOf('\n');
        if (numberLine < 0 || window.Length - numberLine > 24 || window[numberLine..].ContainsAnyInRange('0', '9'))
        {
            return false;
        }
        var labelEnd = PassportLabels.NearestEnd(window[..numberLine]);
        if (labelEnd < 0)
        {
            return false;
        }
        var rest = window[labelEnd..numberLine];
        var labelLineEnd = rest.IndexOf('\n');
        if (labelLineEnd < 0)
        {
            labelLineEnd = rest.Length;
        }
        var between = rest[labelLineEnd..];
        if (!LineEndConnector().IsMatch(rest[..labelLineEnd]) || between.Count('\n') > 3 || between.ContainsAnyInRange('0', '9')
            || LabelContext.PhoneLabels.NearestEnd(between) >= 0 || LabelContext.BusinessLabels.NearestEnd(between) >= 0)
        {
            return false;
        }
        var connector = rest[..labelLineEnd].TrimStart(" .:#-");
        return char.IsAsciiLetter(text[start]) || StartsWithWord(connector, "number") || StartsWithWord(connector, "no") || connector.StartsWith("号", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[\s:#.,-]*(?:(?i:number|num|no|nr|is|was|it's|it is|here|below|follows|号码|号|是|为)[\s:#.,-]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LineEndConnector();

    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsAsciiLetter(text[word.Length]));

    /// <summary>
    /// "passportno449533347validuntil2031", "passportnumber:E12345678expires": the label glued to the number, with a connector
    /// ("no", "number", "nr", ':') or not, and words glued after it. Runs only where the text holds a passport label.
    /// </summary>
    private static void AddGlued(string text, List<TextSpan> found)
    {
        for (var match = Glued().Match(text); match.Success; match = match.NextMatch())
        {
            var value = match.Groups["value"];
            var span = new TextSpan(value.Index, value.Index + value.Length);
            var letters = value.Length - ScanInput.CountDigits(value.ValueSpan);
            if ((letters > 0 || value.Length >= 8) && !found.Exists(f => f.Overlaps(span)))
            {
                found.Add(span);
            }
        }
    }

    [GeneratedRegex(@"(?i:passport|reisepass|passeport|pasaporte|passaporto|paspoort|护照|護照)(?i:number|num|no|nr|id)?[.:#]?(?<value>[A-Z]{1,2}[0-9]{6,8}|[0-9]{8,9})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Glued();

    /// <summary>Where the window [from, to) starts after its last sentence end ("?", "!", ";", a line break): a label belongs to its own sentence.</summary>
    private static int SentenceStart(string text, int from, int to)
    {
        var end = text.AsSpan(from, to - from).LastIndexOfAny(SentenceEnds);
        return end < 0 ? from : from + end + 1;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("?!。？！;\n");

    // The series letters (capitals) and digits may be spaced as the booklet prints them ("K 4820 3917", "E 38172946"; eleventh pass).
    [GeneratedRegex(@"(?<![A-Za-z0-9-])(?:[A-Za-z]{1,2}[0-9]{6,8}|[0-9]{8,9}|[0-9]{3}[ -][0-9]{3}[ -][0-9]{3}|[0-9]{2}-[0-9]{6,7}|(?!NO |NR |ID )[A-Z]{1,2} [0-9]{6,8}|(?!NO |NR |ID )[A-Z]{1,2} ?[0-9]{3,4} [0-9]{3,5})(?![A-Za-z0-9]|-[0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:[A-Z0-9]{6,10}|[0-9]{2} [0-9]{6,7})(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex OtherShapes();
}
