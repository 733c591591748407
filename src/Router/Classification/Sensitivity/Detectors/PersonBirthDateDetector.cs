using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A named private person with a birth date or age ("born on", "DOB", "aged 16", "Eleanor Price, 71,", "45岁").</summary>
internal sealed class PersonBirthDateDetector : PersonAttributeDetector
{
    internal static readonly CueSet BirthCues = new(
        "born", "birth*", "DOB", "D.O.B", "birthday", "aged", "years old", "year-old", "yrs old", "age", "yo",
        // Colloquial and clinical: "turns 40", "a 45 year old", "83 y/o", "in his early sixties".
        "turns", "turned", "turning", "year old", "yr old", "yr-old", "y/o", "y.o", "twenties", "thirties", "forties", "fifties",
        "sixties", "seventies", "eighties", "nineties",
        "出生", "生于", "生日", "岁", "年龄", "周岁", "日生", "号生", "月生", "年生", "出生年月", "生辰", "刚满", "年满", "大寿", "虚岁");

    public override string Name => "person_birth_date";

    public override SensitivityLevel Level => SensitivityLevel.High;

    public override string Evidence => "name with birth date or age";

    protected override CueSet Cues => BirthCues;

    // "born" and "age" are everyday words ("the idea was born", "in the age of"): a number must follow closely ("born" also
    // takes a month, "born on the fifth of June"); "turns" a number or a number word ("turns 40", "turned forty"); a decade
    // word a person's "his"/"her" before it ("in her early sixties", not "the sixties"); "birth control" is no birth date.
    protected override bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        var word = text.AsSpan(cue.Start, cue.End - cue.Start);
        if (word.StartsWith("turn", StringComparison.OrdinalIgnoreCase))
        {
            var after = After(text, cue, 12);
            return after.ContainsAnyInRange('0', '9') || NumberWords.Any(after);
        }
        if (word.EndsWith("ties", StringComparison.OrdinalIgnoreCase))
        {
            var before = text.AsSpan(Math.Max(0, cue.Start - 14), cue.Start - Math.Max(0, cue.Start - 14));
            return before.Contains("his ", StringComparison.OrdinalIgnoreCase) || before.Contains("her ", StringComparison.OrdinalIgnoreCase)
                || before.Contains("their ", StringComparison.OrdinalIgnoreCase);
        }
        if (word.StartsWith("birth", StringComparison.OrdinalIgnoreCase))
        {
            return !After(text, cue, 9).StartsWith(" control", StringComparison.OrdinalIgnoreCase);
        }
        if (!word.Equals("born", StringComparison.OrdinalIgnoreCase) && !word.Equals("age", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var window = After(text, cue, word.Length == 3 ? 8 : 30);
        return window.ContainsAnyInRange('0', '9') || (word.Length == 4 && Months.Any(window));
    }

    // An age set off right after a name, as records and profiles write it: "Tobias Krüger, 29, Berlin", "Ana Silva (34)",
    // "Agnes Whitlow, 83." — one to three digits (1–119) after ", " or " (", then a comma, semicolon, bracket, full stop, dash
    // or the line's end; not "Flat 3, 12 Elm Road" (a street word follows no such number) nor "$1,200" (no space after the comma).
    protected override List<TextSpan>? FindBesideName(string text)
    {
        List<TextSpan>? ages = null;
        for (var at = text.IndexOfAny(AgeOpeners); at >= 0 && at + 2 < text.Length; at = text.IndexOfAny(AgeOpeners, at + 1))
        {
            var start = text[at] == ',' ? at + 2 : at + 1;
            if ((text[at] == ',' && text[at + 1] != ' ') || (text[at] == '(' && (at == 0 || text[at - 1] != ' ')))
            {
                continue;
            }
            var end = start;
            while (end < text.Length && end - start < 4 && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            var digits = end - start;
            if (digits is < 1 or > 3 || (digits == 3 && text[start] != '1') || text[start] == '0')
            {
                continue;
            }
            var closes = end == text.Length || text[end] is ',' or ';' or '\n' or '\r'
                || (text[at] == '(' && text[end] == ')')
                || (text[end] == '.' && (end + 1 == text.Length || text[end + 1] is ' ' or '\n'))
                || (text[end] == ' ' && end + 1 < text.Length && text[end + 1] is '—' or '–' or '-');
            if (closes && (digits < 3 || text[start + 1] is '0' or '1'))
            {
                (ages ??= []).Add(new TextSpan(start, end));
            }
        }
        return ages;
    }

    private static readonly char[] AgeOpeners = [',', '('];

    private static ReadOnlySpan<char> After(string text, TextSpan cue, int reach) =>
        text.AsSpan(cue.End, Math.Min(text.Length, cue.End + reach) - cue.End);

    private static readonly CueSet Months = new(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private static readonly CueSet NumberWords = new(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty*", "thirty*", "forty*", "fifty*", "sixty*", "seventy*",
        "eighty*", "ninety*", "a hundred");

}
