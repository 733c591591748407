using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Short local numbers that only a call verb, a Hong Kong mobile word or a handphone abbreviation makes a phone.</summary>
internal sealed partial class PhoneDetector
{
    private static readonly SearchValues<string> CallVerbs =
        SearchValues.Create(["ring", "call", "phone", "dial", "bell", "buzz", "reach", "text", "txt"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "ring me on 482913", "call me at 61 84 27", "give me a bell on 452-118": six digits (a local number without its area
    /// code, as small exchanges and islands have) right after a call verb said to the reader. Six digits are too short to be
    /// read as a phone on a label alone ("phone bill 250000"), so only the verb next to them counts, not an article's noun
    /// ("the call 481920"), and never a count ("call it 123456 times"). Read from the verbs (few in a text), not the digits.
    /// </summary>
    private static void AddCalledLocal(string text, List<TextSpan> found)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(CallVerbs);
            if (at < 0)
            {
                return;
            }
            at += from;
            var verbEnd = at + 1;
            while (verbEnd < text.Length && char.IsAsciiLetter(text[verbEnd]))
            {
                verbEnd++;
            }
            from = verbEnd;
            if ((at > 0 && char.IsAsciiLetter(text[at - 1])) || verbEnd - at > 5)
            {
                continue;
            }
            var tail = CallTail().Match(text, verbEnd, Math.Min(32, text.Length - verbEnd));
            if (!tail.Success)
            {
                continue;
            }
            var number = tail.Groups["n"];
            var toReader = tail.Groups["me"].Success;
            var verb = text.AsSpan(at, verbEnd - at);
            var before = text.AsSpan(Math.Max(0, at - 24), Math.Min(24, at));
            if ((toReader || (!verb.Equals("text", StringComparison.OrdinalIgnoreCase) && !verb.Equals("reach", StringComparison.OrdinalIgnoreCase)
                    && (BareVerbOpening().IsMatch(before) || (tail.Groups["on"].Success && GiveMeA().IsMatch(before)))))
                && PhoneShape.WellFormed(number.ValueSpan)
                && (number.Index + number.Length == text.Length || !char.IsAsciiDigit(text[number.Index + number.Length]))
                && !CountsSomething(text, number.Index + number.Length))
            {
                AddUnique(found, new(number.Index, number.Index + number.Length));
            }
        }
    }

    // After the verb: "me"/"us" (said to the reader), "back", "on"/"at", a colon, then six digits, only spaced in pairs (with
    // dots or dashes they are a date or a time: "on 14.06.26", "at 10-30-45").
    [GeneratedRegex(@"\G(?:\s+(?<me>(?i:me|us)))?(?:\s+(?i:back))?(?:\s+(?<on>(?i:on|at)))?\s*:?\s*(?<n>[0-9]{6}|[0-9]{3}[ -][0-9]{3}|[0-9]{2} [0-9]{2} [0-9]{2})(?![0-9]|[ .,-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex CallTail();

    // A bare verb opens its sentence or follows "just", "please", "then", "or", "and": an imperative, not a noun ("the call").
    [GeneratedRegex(@"(?:^|[.!;:,\n]\s*|(?:^|\s)(?i:just|please|pls|then|or|and)\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex BareVerbOpening();

    [GeneratedRegex(@"(?i:give|drop)\s+(?i:me|us)\s+a\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex GiveMeA();

    /// <summary>
    /// "手提 6123 4578", "我嘅手提：91234567", "流動電話 +852 5987 6543": a Hong Kong mobile (eight digits from 5, 6, 7 or 9, +852
    /// before it or not) right after 手提 (Cantonese for a mobile), 手機 or 流動電話, a colon or 係/是 at most between. 手提電腦,
    /// 手提包 (a laptop, a handbag) put a noun after 手提, so nothing follows it that this reads.
    /// </summary>
    private static void AddHongKongMobiles(string text, List<TextSpan> found)
    {
        if (text.AsSpan().IndexOfAny('手', '流') < 0)
        {
            return;
        }
        for (var match = HongKongMobile().Match(text); match.Success; match = match.NextMatch())
        {
            var number = match.Groups["n"];
            AddUnique(found, new(number.Index, number.Index + number.Length));
        }
    }

    [GeneratedRegex(@"(?:手提|手機|手机|流動電話|流动电话)(?:電話|电话|號碼|号码|號|号)?[ \t]*(?:[:：是係为為][ \t]*)?(?<n>(?:\(?\+?852\)?[ -]?)?[5679][0-9]{3}[ -]?[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex HongKongMobile();

    private static readonly SearchValues<string> MobileAbbreviations = SearchValues.Create(["hp", "h/p", "mob"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "hp 9123 4567", "Mr Tan h/p +65 8123 4567", "mob 012-345 6789", "no hp 0812 3456 7890": Singapore, Malaysia and Indonesia
    /// write "hp" (handphone) or "mob" before a mobile. The bare abbreviation is also a brand and an engine's unit, so only a
    /// mobile of those countries' own shape (8 digits from 8 or 9; 01x; 08x) right after it counts, and not one a product word
    /// follows ("HP 91234567 toner").
    /// </summary>
    private static void AddAbbreviatedMobiles(string text, List<TextSpan> found)
    {
        if (text.AsSpan().IndexOfAny(MobileAbbreviations) < 0)
        {
            return;
        }
        for (var match = AbbreviatedMobile().Match(text); match.Success; match = match.NextMatch())
        {
            var number = match.Groups["n"];
            if (!ProductWordAfter(text, number.Index + number.Length))
            {
                AddUnique(found, new(number.Index, number.Index + number.Length));
            }
        }
    }

    private static bool ProductWordAfter(string text, int end)
    {
        var after = text.AsSpan(end).TrimStart(' ');
        foreach (var word in ProductWords)
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] ProductWords =
        ["toner", "cartridge", "ink", "printer", "laptop", "notebook", "desktop", "series", "model", "monitor", "battery", "charger", "adapter", "rpm", "kw"];

    [GeneratedRegex(@"(?<![A-Za-z])(?i:hp|h/p|mob)(?:[ .]?(?i:no|num|number|#))?\.?[ \t]*[:：=-]?[ \t]*(?:(?i:is)[ \t]+)?(?<n>(?:\+?65[ -]?)?[89][0-9]{3}[ -]?[0-9]{4}|(?:\+?60[ -]?|0)1[0-9][ -]?[0-9]{3,4}[ -]?[0-9]{4}|(?:\+?62[ -]?|0)8[1-9][0-9][ -]?[0-9]{3,4}[ -]?[0-9]{3,5})(?![0-9]|[.-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AbbreviatedMobile();

    /// <summary>
    /// A Brazilian mobile as Brazilians write it: the two-digit area code (11–99, no 0) in parentheses, then 9 and eight digits
    /// split 5-4 by a dash or a space ("(11) 97431-2280"); the shape is as telling as North America's (212) 555-0187.
    /// </summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z+(])\([1-9][1-9]\)[ ]?9[0-9]{4}[ -]?[0-9]{4}(?![0-9]|[.-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex BrazilianMobile();
}
