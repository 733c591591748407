using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Numbers that only look like phones (twelfth pass): fictional numbers in documentation, lists of small numbers.</summary>
internal sealed partial class PhoneDetector
{
    /// <summary>
    /// Drops, from what this call found, a fictional number (North American 555, UK Ofcom drama ranges) that the text presents as
    /// an example or a format ("the docs use (212) 555-0187", "+44 7700 900000 style numbers"), and a run of one- or two-digit
    /// groups that the list goes on after ("draw 03 11 19 24 38 41 07 16"): a draw or a score line, not a number to ring.
    /// </summary>
    private static void DropExamplesAndLists(string text, List<TextSpan> found, int from)
    {
        for (var i = found.Count - 1; i >= from; i--)
        {
            var span = found[i];
            var value = text.AsSpan(span.Start, span.End - span.Start);
            if (InNumberList(text, span) || (Fictional(value) && PresentedAsExample(text, span))
                || (SsnShaped(value) && (PresentedAsExample(text, span) || SsnLabelBefore(text, span.Start))))
            {
                found.RemoveAt(i);
            }
        }
    }

    // "SSN 078-05-1120 printed on the sample card": three, two and four digits joined by dashes is how an SSN is written; after
    // an SSN label, or as an example, it is no one's phone (the SSN detector judges it).
    private static bool SsnShaped(ReadOnlySpan<char> value) =>
        value.Length == 11 && value[3] == '-' && value[6] == '-' && value[..3].IndexOfAnyExceptInRange('0', '9') < 0
        && value[4..6].IndexOfAnyExceptInRange('0', '9') < 0 && value[7..].IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool SsnLabelBefore(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        var before = text.AsSpan(from, start - from);
        return before.Contains("ssn", StringComparison.OrdinalIgnoreCase) || before.Contains("social security", StringComparison.OrdinalIgnoreCase);
    }

    // Four or more groups of at most two digits, and another separator and digit right after: the list runs on.
    private static bool InNumberList(string text, TextSpan span)
    {
        var groups = 0;
        var run = 0;
        foreach (var c in text.AsSpan(span.Start, span.End - span.Start))
        {
            if (char.IsAsciiDigit(c))
            {
                if (++run > 2)
                {
                    return false;
                }
            }
            else if (run > 0)
            {
                groups++;
                run = 0;
            }
        }
        groups += run > 0 ? 1 : 0;
        return groups >= 4 && span.End + 1 < text.Length && text[span.End] is ' ' or ',' or '-' && char.IsAsciiDigit(text[span.End + 1]);
    }

    /// <summary>
    /// North American numbers with the 555 exchange or area code (reserved for fiction and examples), and the UK's drama
    /// ranges (07700 900xxx, 020 7946 0xxx, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161 496 0xxx, 0191 498 0xxx).
    /// </summary>
    private static bool Fictional(ReadOnlySpan<char> number)
    {
        Span<char> digits = stackalloc char[20];
        var length = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c) && length < digits.Length)
            {
                digits[length++] = c;
            }
        }
        var d = digits[..length];
        if (d.StartsWith("001") || (number.TrimStart().StartsWith("+1") && d.StartsWith("1")) || (d.Length == 11 && d[0] == '1'))
        {
            d = d[(d.StartsWith("001") ? 3 : 1)..];
        }
        if (d.Length == 10 && (d[..3].SequenceEqual("555") || d[3..6].SequenceEqual("555")))
        {
            return true;
        }
        if (d.Length == 7 && d[..3].SequenceEqual("555"))
        {
            return true;
        }
        if (d.StartsWith("0044") || (number.TrimStart().StartsWith("+44") && d.StartsWith("44")))
        {
            d = d[(d.StartsWith("0044") ? 4 : 2)..];
        }
        else if (d.StartsWith("0"))
        {
            d = d[1..];
        }
        foreach (var prefix in UkDramaPrefixes)
        {
            if (d.Length == 10 && d.StartsWith(prefix))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] UkDramaPrefixes =
        ["7700900", "2079460", "1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960", "1314960", "1414960", "1514960", "1614960", "1914980"];

    private static bool PresentedAsExample(string text, TextSpan span) => ExampleContext.PresentedAsExample(text, span);

    /// <summary>
    /// Drops, from what this call found, a placeholder (000-000-0000, 123-456-7890, a subscriber part of zeros: see
    /// <see cref="PlaceholderDigits"/>; a straight run only as an example) and a date: a number whose own characters (its original, when it was read in a
    /// rejoined copy) open with a day, month and year ("15/08/2025" after नंबर, rejoined as 15082025; "07 12 2026 402").
    /// Digits of any script are mapped before the detectors run, so a Devanagari or Arabic-Indic date reaches here as one.
    /// </summary>
    private static void DropPlaceholdersAndDates(ScanInput input, List<TextSpan> found, int from)
    {
        var text = input.Text;
        for (var i = found.Count - 1; i >= from; i--)
        {
            var span = found[i];
            var origin = input.View.OriginOf(span) ?? span;
            var value = text.AsSpan(span.Start, span.End - span.Start);
            // One digit throughout or a tail of one digit always; a straight run (123-456-7890, 98765 43210) only where the text
            // presents it as an example: Indian writers give 98765 43210 as their own number too.
            if (PlaceholderDigits.Is(value, minRun: int.MaxValue) || (PlaceholderDigits.Is(value) && PresentedAsExample(text, span))
                || (origin.End <= text.Length && origin.Start < origin.End
                    && (OpensWithDate(text.AsSpan(origin.Start, origin.End - origin.Start)) || ServiceNumberList(text.AsSpan(origin.Start, origin.End - origin.Start)))))
            {
                found.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// "110、119、120、122", "911 / 999 / 112": a list of emergency and public service short numbers, rejoined into one long
    /// number by a copy of the view. Every digit group must be such a number, so no one's phone is made of them.
    /// </summary>
    internal static bool ServiceNumberList(ReadOnlySpan<char> value)
    {
        var groups = 0;
        for (var i = 0; i < value.Length;)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < value.Length && char.IsAsciiDigit(value[end]))
            {
                end++;
            }
            if (Array.IndexOf(ServiceNumbers, value[i..end].ToString()) < 0)
            {
                return false;
            }
            groups++;
            i = end;
        }
        return groups >= 2;
    }

    // Emergency numbers (China 110/119/120/122, 112, 911, 999, 000, India 100–102 and 108, Japan 110/119, Singapore 995) and
    // mainland public hotlines (12345 government, 12315 consumer, 12306 rail, 12110, 10086/10010/10000 carriers, 114 directory).
    private static readonly string[] ServiceNumbers =
        ["110", "112", "119", "120", "122", "911", "999", "000", "100", "101", "102", "108", "995", "114", "12345", "12315", "12306", "12110", "10086", "10010", "10000"];

    /// <summary>d/m/yyyy or m/d/yyyy (any of / . - or one space between, the same twice), or yyyy-m-d, with a real month and day.</summary>
    internal static bool OpensWithDate(ReadOnlySpan<char> value)
    {
        var a = Group(value, 0, out var next);
        if (a.Length == 0 || next >= value.Length || !IsDateSeparator(value[next]))
        {
            return false;
        }
        var separator = value[next];
        var b = Group(value, next + 1, out next);
        if (b.Length is 0 or > 2 || next >= value.Length || value[next] != separator)
        {
            return false;
        }
        var c = Group(value, next + 1, out _);
        if (a.Length == 4 && c.Length is 1 or 2)
        {
            return Year(a) && Month(b) && Day(c);
        }
        return a.Length <= 2 && c.Length == 4 && Year(c) && Day(a) && Day(b) && (Month(a) || Month(b));
    }

    private static bool IsDateSeparator(char c) => c is '/' or '.' or '-' or ' ';

    private static ReadOnlySpan<char> Group(ReadOnlySpan<char> value, int start, out int end)
    {
        end = start;
        while (end < value.Length && char.IsAsciiDigit(value[end]))
        {
            end++;
        }
        return value[start..end];
    }

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, provider: System.Globalization.CultureInfo.InvariantCulture);

    private static bool Year(ReadOnlySpan<char> digits) => Number(digits) is >= 1900 and <= 2099;

    private static bool Month(ReadOnlySpan<char> digits) => Number(digits) is >= 1 and <= 12;

    private static bool Day(ReadOnlySpan<char> digits) => Number(digits) is >= 1 and <= 31;

    /// <summary>
    /// "EP-2210-4478-B", "charger PC-2210-4478": digits joined by a dash to a letter group before them are a part, model or
    /// SKU code's groups, which a phone word in the sentence ("mobile charger", "phone case") does not make a number to ring.
    /// A phone abbreviation as that group ("Tel-", "Mob-", "WA-") and a single letter still lead a phone.
    /// </summary>
    private static bool GluedToCode(string text, int start)
    {
        if (start < 3 || text[start - 1] != '-' || !char.IsAsciiLetter(text[start - 2]))
        {
            return false;
        }
        var from = start - 2;
        while (from > 0 && char.IsAsciiLetter(text[from - 1]))
        {
            from--;
        }
        if (from > 0 && char.IsAsciiDigit(text[from - 1]))
        {
            return false;
        }
        var letters = text.AsSpan(from, start - 1 - from);
        if (letters.Length < 2)
        {
            return false;
        }
        foreach (var word in PhoneAbbreviations)
        {
            if (letters.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] PhoneAbbreviations =
        ["tel", "tlf", "tfn", "ph", "phn", "mob", "mobile", "cel", "cell", "fax", "phone", "hp", "wa", "sms", "no", "nr", "num", "call", "text"];

    /// <summary>"dial tcp 10.96.0.10:53": four dot-separated groups of one to three digits are an IPv4 address, never a phone.</summary>
    private static bool DottedQuad(ReadOnlySpan<char> value)
    {
        var groups = 0;
        foreach (var range in value.Split('.'))
        {
            var group = value[range];
            if (group.Length is 0 or > 3 || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
            groups++;
        }
        return groups == 4;
    }
}
