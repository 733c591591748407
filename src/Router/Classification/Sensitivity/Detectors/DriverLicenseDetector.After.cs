using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A bare licence word made a driving licence by what comes after the number or around it (eleventh pass).</summary>
internal sealed partial class DriverLicenseDetector
{
    /// <summary>
    /// "my licence no. is 4829 1057 (QLD)", "licence 61824097, Queensland", "licence_no: 81924530" then "state: VIC" on a
    /// line below, or "licence_no" under a "driver:" key: a bare licence word (no other kind before it: "liquor licence",
    /// "software licence" are not driving ones) then only a connector before the number, and a state, territory or
    /// province right after the number or as a state field on the next two lines, or a driving word shortly before the label.
    /// </summary>
    private static bool NamedByStateAfter(string text, int start, int end)
    {
        var from = Math.Max(0, start - LabelReach);
        var window = text.AsSpan(from, start - from);
        var at = window.LastIndexOf("licen", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }
        var labelEnd = at + 5;
        while (labelEnd < window.Length && char.IsAsciiLetter(window[labelEnd]))
        {
            labelEnd++;
        }
        if (!Connector().IsMatch(window[labelEnd..]) || !PlainLicenceWord(text, from + at))
        {
            return false;
        }
        var lineEnd = text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length;
        if (StateRightAfter().IsMatch(text.AsSpan(end, Math.Min(48, lineEnd - end))))
        {
            return true;
        }
        var below = text.AsSpan(lineEnd, Math.Min(120, text.Length - lineEnd));
        if (StateFieldBelow().IsMatch(below))
        {
            return true;
        }
        var before = Math.Max(0, from + at - 160);
        return DrivingWord().IsMatch(text.AsSpan(before, from + at - before));
    }

    // The word before "licence" is a determiner, an adjective of a driving licence or nothing (a line or a key's start):
    // "liquor licence", "software licence", "Windows licence" name other licences.
    private static bool PlainLicenceWord(string text, int label)
    {
        var i = label;
        while (i > 0 && text[i - 1] is ' ' or '_' or '-' or '"' or '\'')
        {
            i--;
        }
        var wordEnd = i;
        while (i > 0 && char.IsAsciiLetter(text[i - 1]))
        {
            i--;
        }
        var word = text.AsSpan(i, wordEnd - i);
        return word.IsEmpty || PlainLicenceWords.Contains(word.ToString().ToLowerInvariant());
    }

    private static readonly HashSet<string> PlainLicenceWords =
        ["my", "your", "his", "her", "their", "our", "the", "a", "an", "full", "new", "current", "valid", "car", "motorcycle", "probationary", "and"];

    /// <summary>"AB4821": a Tasmanian licence (two capitals, four digits), too short for the other shapes; read only after a label.</summary>
    private static bool TwoCapitalsFourDigits(ReadOnlySpan<char> number) =>
        number.Length == 6 && char.IsAsciiLetterUpper(number[0]) && char.IsAsciiLetterUpper(number[1])
        && !number[2..].ContainsAnyExceptInRange('0', '9');

    private const string States =
        @"(?:(?-i:NSW|VIC|QLD|SA|WA|TAS|ACT|NT|BC|AB|SK|MB|ON|QC|NB|NS|PE|PEI|NL|YT|NU|NWT|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WV|WI|WY|DC)(?![A-Za-z])"
        + @"|(?i:victoria|queensland|tasmania|new south wales|northern territory|south australia|western australia|australian capital territory|ontario|qu[eé]bec|alberta|saskatchewan|manitoba|new brunswick|nova scotia|newfoundland|prince edward island|british columbia|yukon|nunavut|california|texas|florida|new york|illinois|ohio|georgia|michigan|washington state|arizona|colorado)(?![A-Za-z]))";

    [GeneratedRegex(@"^[ \t]*(?:[,(/–—-][ \t]*)?(?:(?i:issued)[ \t]+(?i:in|by)[ \t]+(?:(?i:the)[ \t]+)?)?" + States, RegexOptions.CultureInvariant)]
    private static partial Regex StateRightAfter();

    [GeneratedRegex(@"^(?:\n[^\n]*){0,1}\n[ \t""-]*[A-Za-z_]*(?i:state|province|jurisdiction|issuer|issued_by|issued_in)[A-Za-z_]*[""']?[ \t]*[:=][ \t]*[""']?" + States, RegexOptions.CultureInvariant)]
    private static partial Regex StateFieldBelow();

    [GeneratedRegex(@"(?i:driv(?:er|ing)|dmv|dvla|motorist|vehicle)", RegexOptions.CultureInvariant)]
    private static partial Regex DrivingWord();
}
