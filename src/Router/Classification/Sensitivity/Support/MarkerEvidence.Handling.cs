using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Markers a message carries as a quoted header or footer (页眉“公司机密 CONFIDENTIAL”, 'the footer reads "Acme Confidential"')
/// or as a handling note in parentheses ("(internal only, do not share with the client)", "(not for the customer's eyes)"):
/// both label the text they sit in (eleventh pass).
/// </summary>
internal static partial class MarkerEvidence
{
    /// <summary>
    /// The marker stands inside a short quote (closing within 60 characters) opened right after a header or footer word and an
    /// optional verb or colon (页眉“…”, 页脚为“…”, 'Footer reads "…"', 'header: "…"'): the quote gives this document's own header.
    /// </summary>
    private static bool InQuotedHeaderOrFooter(string text, int start, int end)
    {
        var from = Math.Max(0, start - 24);
        var before = text.AsSpan(from, start - from);
        var open = before.LastIndexOfAny(OpeningQuotes);
        if (open < 0 || before[(open + 1)..].IndexOfAny("\n”」』\"") >= 0)
        {
            return false;
        }
        var quote = from + open;
        var after = text.AsSpan(end, Math.Min(60, text.Length - end));
        var close = after.IndexOfAny(ClosingQuotes(text[quote]));
        // A template's blank ("[Company] Confidential", "<Your Company> 机密") writes a footer for any document, not this one.
        if (close < 0 || after[..close].Contains('\n') || text.AsSpan(quote + 1, end + close - quote - 1).IndexOfAny("[]{}<>") >= 0)
        {
            return false;
        }
        var lineStart = quote == 0 ? 0 : text.LastIndexOf('\n', quote - 1) + 1;
        var head = Math.Max(lineStart, quote - 40);
        // "帮我写一个模板：页眉写着“机密”": a template's header, not this text's.
        return HeaderFooterBeforeQuote().IsMatch(text.AsSpan(head, quote - head)) && !NamesTemplate(text.AsSpan(lineStart, quote - lineStart))
            && !HeaderFooterMentioned(text, start, end);
    }

    private const string OpeningQuotes = "“\"「『‘";

    private static bool NamesTemplate(ReadOnlySpan<char> line)
    {
        foreach (var word in (ReadOnlySpan<string>)["模板", "范本", "範本", "样板", "樣板", "示例", "范例", "範例", "template", "sample", "example"])
        {
            if (line.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // A place may stand between the word and its verb ("The watermark on every page says", "Banner on top shows").
    [GeneratedRegex(@"(?:页眉|頁眉|页首|頁首|页脚|頁腳|页尾|頁尾|水印|抬头|抬頭|(?i:(?:header|footer|watermark|banner|letterhead)s?(?:[ \t]+(?:on|at|across|along|of|in)(?:[ \t]+[\w'’]+){1,3}?)?))(?:上|里|裡|中)?[ \t]*(?:(?:是|为|為|写着|写著|寫著|写的是|寫的是|印着|印著|印有|标有|標有|显示|顯示|(?i:reads|says|shows|is|text|read|say|show|displays|display|states|said))[ \t]*)?[:：]?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderFooterBeforeQuote();

    /// <summary>
    /// "(internal only, do not share with the client)", "(For internal eyes only – …)", "(not for the customer's eyes)": the marker
    /// in a parenthesis of the message (opened at most a few words before it, closed within 80 characters, no question inside),
    /// a handling note about the text around it.
    /// </summary>
    private static bool InParenthetical(string text, int start, int end)
    {
        var from = Math.Max(0, start - 24);
        var before = text.AsSpan(from, start - from);
        var open = before.LastIndexOfAny("(（");
        if (open < 0 || before[(open + 1)..].IndexOfAny(")）\n") >= 0 || CountWords(before[(open + 1)..]) > 3)
        {
            return false;
        }
        var after = text.AsSpan(end, Math.Min(80, text.Length - end));
        var close = after.IndexOfAny(")）");
        return close >= 0 && after[..close].IndexOfAny("?？\n") < 0 && !ListsLevels(after[..close]);
    }

    /// <summary>
    /// 'Please proofread this "Internal Only" memo: …', 'the attached "Strictly Confidential" report': a quoted level that qualifies
    /// this document, a determiner of this text before the quote and a document noun after it ("memo template" stays a template).
    /// </summary>
    private static bool QuotedQualifier(string text, int start, int end)
    {
        if (start < 2 || end >= text.Length || !Quotes.Contains(text[start - 1]) || !Quotes.Contains(text[end]))
        {
            return false;
        }
        var before = text.AsSpan(Math.Max(0, start - 13), Math.Min(start - 1, 12)).TrimEnd(' ');
        var word = before[(before.LastIndexOfAny(" \n(:") + 1)..];
        var determiner = false;
        foreach (var candidate in (ReadOnlySpan<string>)["this", "the", "our", "my", "attached", "enclosed", "following", "below", "these"])
        {
            determiner |= word.Equals(candidate, StringComparison.OrdinalIgnoreCase);
        }
        if (!determiner || end + 1 >= text.Length || text[end + 1] != ' ')
        {
            return false;
        }
        var rest = text.AsSpan(end + 2);
        var nounEnd = rest.IndexOfAny(WordEnds) is var e and >= 0 ? e : rest.Length;
        var next = rest[nounEnd..].TrimStart(' ');
        var nextWord = next[..(next.IndexOfAny(WordEnds) is var f and >= 0 ? f : next.Length)];
        return DocumentNouns.Contains(rest[..nounEnd]) && !AboutDocumentsWords.Contains(nextWord);
    }

    /// <summary>
    /// "[Company] Confidential – …", "<Client Name> 机密": a template's blank right before the marker; the line is a pattern for
    /// any document, not this one's marking.
    /// </summary>
    private static bool AfterPlaceholder(string text, int start)
    {
        var before = text.AsSpan(Math.Max(0, start - 32), Math.Min(32, start)).TrimEnd(' ');
        if (before.IsEmpty || before[^1] is not (']' or '>' or '}' or '】'))
        {
            return false;
        }
        var open = before.LastIndexOfAny("[<{【");
        if (open < 0)
        {
            return false;
        }
        var blank = before[(open + 1)..^1];
        foreach (var word in (ReadOnlySpan<string>)["company", "client", "customer", "name", "organi", "firm", "your", "employer", "公司", "名称", "客户"])
        {
            if (blank.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // "(internal only, restricted, public)", "(e.g. confidential)": a list or an example of levels, not a note on this text.
    private static bool ListsLevels(ReadOnlySpan<char> rest)
    {
        foreach (var word in (ReadOnlySpan<string>)["public", "general", "restricted", "secret", "e.g", "i.e", "such as", "level", "label"])
        {
            if (rest.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static int CountWords(ReadOnlySpan<char> span)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in span)
        {
            var letter = char.IsLetter(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }

    /// <summary>
    /// "Draft — confidential, Finance and Board only.", "Confidential – partners only", "confidential: for the eyes of the audit
    /// committee", "Confidential. Not for circulation beyond the deal team": a level followed, in the same sentence, by who alone
    /// may read the text is this text's marking (thirteenth pass). The restriction is one to six words ending in "only", or
    /// "for the eyes of …", or "not for circulation/distribution beyond …"; a level in a question or a sentence about a hotline
    /// or a conversation has none of these after it.
    /// </summary>
    private static bool AudienceFollows(string text, int start, int end)
    {
        if (!OpensHeading(text, start))
        {
            return false;
        }
        if (ReleaseBanFollows(text, start, end))
        {
            return true;
        }
        var after = text.AsSpan(end, Math.Min(90, text.Length - end));
        if (after.Length == 0 || !(after[0] is ',' or ';' or ':' or '.' or ' ' or '–' or '—' or '-'))
        {
            return false;
        }
        var clause = after.TrimStart(" ,;:.–—-");
        var stop = clause.IndexOfAny(".!?;\n");
        if (stop >= 0)
        {
            if (clause[stop] == '?')
            {
                return false;
            }
            clause = clause[..stop];
        }
        clause = clause.TrimEnd(" ,");
        foreach (var opening in AudienceOpenings)
        {
            if (clause.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return clause.EndsWith(" only", StringComparison.OrdinalIgnoreCase) && CountWords(clause) is >= 2 and <= 7;
    }

    /// <summary>
    /// The level heads its line or sentence: nothing but decoration before it, a separator (—, –, :, |) right before it, or one
    /// document word ("Draft —", "Memo:"). "Counselling is confidential, students only" states a service's property instead.
    /// </summary>
    private static bool OpensHeading(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOfAny(['\n', '.', '!', '?'], start - 1) + 1;
        var before = text.AsSpan(lineStart, start - lineStart).Trim(" \t*#>_");
        if (before.IsEmpty || Separators.Contains(before[^1]))
        {
            return true;
        }
        foreach (var word in (ReadOnlySpan<string>)["draft", "memo", "note", "notice", "minutes", "report", "deck", "briefing"])
        {
            if (before.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] AudienceOpenings =
    [
        "for the eyes of", "for the eyes only of", "for the attention of", "not for circulation beyond", "not for distribution beyond",
        "not to be circulated beyond", "not to be shared beyond", "not for sharing beyond", "not to be shown beyond",
        "not to go beyond", "not for circulation outside", "not to be circulated outside",
    ];
}
