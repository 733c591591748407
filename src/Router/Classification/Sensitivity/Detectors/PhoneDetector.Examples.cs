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
            if (InNumberList(text, span) || (Fictional(text.AsSpan(span.Start, span.End - span.Start)) && PresentedAsExample(text, span)))
            {
                found.RemoveAt(i);
            }
        }
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

    // An example, a format or documentation in the sentence around the number, and no one's own number ("my", "me").
    private static bool PresentedAsExample(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - 80);
        var to = Math.Min(text.Length, span.End + 60);
        var window = text.AsSpan(from, to - from);
        return ExampleWords.Any(window) && !OwnNumber.Any(window);
    }

    private static readonly CueSet ExampleWords = new(
        "example", "examples", "e.g", "sample", "samples", "docs", "documentation", "placeholder", "fictional", "fictitious", "fake",
        "dummy", "format", "formats", "mask", "pattern", "style", "drama", "such as", "test number", "demo", "示例", "例如", "格式", "虚构");

    private static readonly CueSet OwnNumber = new("my", "me", "mine", "i'm", "reach me", "我的", "我");
}
