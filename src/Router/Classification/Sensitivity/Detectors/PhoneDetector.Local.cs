using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Short local numbers that only a call verb or a Hong Kong mobile word makes a phone.</summary>
internal sealed partial class PhoneDetector
{
    /// <summary>
    /// "ring me on 482913", "call me at 61 84 27", "give me a bell on 452-118": six digits (a local number without its area
    /// code, as small exchanges and islands have) right after a call verb said to the reader. Six digits are too short to be
    /// read as a phone on a label alone ("phone bill 250000"), so only the verb next to them counts, not an article's noun
    /// ("the call 481920"), and never a count ("call it 123456 times").
    /// </summary>
    private static void AddCalledLocal(string text, List<TextSpan> found)
    {
        foreach (var match in SixDigits().EnumerateMatches(text))
        {
            var from = Math.Max(0, match.Index - 40);
            if (CallVerbBefore().IsMatch(text.AsSpan(from, match.Index - from))
                && PhoneShape.WellFormed(text.AsSpan(match.Index, match.Length))
                && !CountsSomething(text, match.Index + match.Length))
            {
                AddUnique(found, new(match.Index, match.Index + match.Length));
            }
        }
    }

    // Pairs of digits only spaced: with dots or dashes they are a date or a time ("on 14.06.26", "at 10-30-45").
    [GeneratedRegex(@"(?<![0-9A-Za-z.,+$£€-])(?:[0-9]{6}|[0-9]{3}[ -][0-9]{3}|[0-9]{2} [0-9]{2} [0-9]{2})(?![0-9]|[ .,-][0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex SixDigits();

    // The verb said to the reader: "ring me on", "call us at", "phone me:", "give me a ring on", "just ring", "dial"; an article
    // or "this" before a bare verb makes it a noun ("the call 481920").
    [GeneratedRegex(@"(?:(?:^|[^A-Za-z'’])(?i:ring|call|phone|dial|bell|buzz|reach|text|txt)(?:\s+(?i:me|us))(?:\s+(?i:back))?(?:\s+(?i:on|at))?|(?i:give|drop)\s+(?i:me|us)\s+a\s+(?i:ring|call|bell|buzz)\s+(?i:on|at)|(?:^|[.!;:,\n]\s*|(?i:just|please|pls|then|or|and)\s+)(?i:ring|call|dial|phone)(?:\s+(?i:on|at))?)\s*:?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CallVerbBefore();

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
}
