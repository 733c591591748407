using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Fifteenth pass: a marker the writer gives as the pasted document's own marking — a bracketed tag that opens a line or
/// closes a title ("[Confidential – Legal] …", 【内部资料·财务】, "## Roadmap (INTERNAL – engineering only)"), a quoted heading
/// after a heading word ('Subject line: "Confidential – …"', 标题：“绝密｜…”, 邮件主题是“机密：…”), a quote the pasted text says
/// at its top or has stamped across it, and a press release's embargo (Embargo: 10am CET, 1月9日零时前不得报道). Each gives way
/// to a mistake, a removal, a hypothetical or a how-to, a work's title and a template.
/// </summary>
internal static partial class MarkerEvidence
{
    /// <summary>
    /// "[Confidential – Legal] Draft reply …", 【内部资料·财务部】, "（内部 - 仅限销售团队）…", "## Roadmap 2027 (INTERNAL – engineering
    /// only)": the marker opens a bracket, a separator sets it off from a short tail (the department, an audience, a handling
    /// note), and the bracket closes on the same line. The group opens its line (a chat speaker's "Name:" or a task's colon before
    /// it allowed) or closes a heading line: a tag the writer's document carries, not a word in a sentence. "[Secret Santa]" and
    /// "[Internal Medicine]" have no separator; a work ("(Top Secret – a 1984 comedy)") or a template's blank is not a tag.
    /// </summary>
    private static bool BracketTag(string text, int start, int end)
    {
        var open = start - 1;
        while (open >= 0 && text[open] == ' ')
        {
            open--;
        }
        if (open < 0 || !OpenBrackets.Contains(text[open]))
        {
            return false;
        }
        var after = text.AsSpan(end, Math.Min(48, text.Length - end));
        var close = after.IndexOfAny(CloseBrackets);
        if (close < 0)
        {
            return false;
        }
        var tail = after[..close];
        var body = tail.TrimStart(' ');
        if (body.IsEmpty || !TagSeparator(body[0]) || body.Length < 2 || tail.IndexOfAny("\n?？!！。") >= 0
            || tail.IndexOfAny(OpenBrackets) >= 0 || PlaceholderTail().IsMatch(tail))
        {
            return false;
        }
        var lineStart = open == 0 ? 0 : text.LastIndexOf('\n', open - 1) + 1;
        var lineEnd = text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length;
        var lead = QuoteOpenedAfterColon(text.AsSpan(lineStart, open - lineStart).Trim(" \t"));
        var opensLine = lead.IndexOfAnyExcept(Decoration) < 0
            || (lead.Length <= 40 && lead[^1] is ':' or '：' && lead.IndexOfAny("?？!！。") < 0);
        var closesHeading = text.AsSpan(end + close + 1, lineEnd - end - close - 1).IndexOfAnyExcept(Decoration) < 0
            && (text.AsSpan(lineStart, lineEnd - lineStart).TrimStart(" \t").StartsWith('#') || (lineEnd - lineStart <= 100 && HasLineAfter(text, lineEnd)));
        return (opensLine || closesHeading) && !NamesWork(text, start, end) && !NamesTemplate(text.AsSpan(lineStart, lineEnd - lineStart));
    }

    private static bool TagSeparator(char c) => c is '-' or '–' or '—' or '|' or '｜' or '/' or '\\' or '.' or '·' or '・' or '•' or ':' or '：' or ',' or '，' or '_';

    private static bool HasLineAfter(string text, int lineEnd) =>
        lineEnd < text.Length && text.AsSpan(lineEnd).TrimStart(" \t\r\n").Length > 0;

    // A template's blank in the tag ("[Confidential – <Dept>]", 【机密-XXX】, "[Internal - Team Name]").
    [GeneratedRegex(@"XXX|xxx|<|\{|＿|__|(?i:team\s+name|department\s+name|dept\s+name|your\s+team|部门名称|项目名称|模板|示例|范本|样例)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderTail();

    /// <summary>
    /// "[Confidential – HR] is how our template tags …", 【机密-模板】: a bracket group with a template's word or blank in it
    /// writes a tag for any document, not this one.
    /// </summary>
    private static bool TemplateTag(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        if (before.IsEmpty || !OpenBrackets.Contains(before[^1]))
        {
            return false;
        }
        var after = text.AsSpan(end, Math.Min(48, text.Length - end));
        var close = after.IndexOfAny(CloseBrackets);
        return close > 0 && PlaceholderTail().IsMatch(after[..close]);
    }

    /// <summary>
    /// 'Subject line: "Confidential – Q3 list". Proofread the body below', '标题：“绝密｜收购方案”', '邮件主题是“机密：明年组织调整”',
    /// '会议纪要题目是“内部讨论稿：…”': a heading word (subject line, title, 标题, 题目, 主题, 表头, 文件名), then a colon or a copula,
    /// then the quote the marker opens: the pasted text's own heading. A work's title, a template and a mistake or removal are
    /// not this text's marking.
    /// </summary>
    private static bool QuotedHeading(string text, int start, int end)
    {
        var quote = OpeningQuoteBefore(text, start);
        if (quote < 0)
        {
            return false;
        }
        var lineStart = quote == 0 ? 0 : text.LastIndexOf('\n', quote - 1) + 1;
        var head = Math.Max(lineStart, quote - 40);
        if (!HeadingBeforeQuote().IsMatch(text.AsSpan(head, quote - head)))
        {
            return false;
        }
        // The heading of a text that follows (its body after the quote), not a title asked for ("写一首诗，题目是「秘密」").
        var rest = AfterClosingQuote(text, end).Trim(" \u3000\n.。,，;；!！");
        if (rest.Length < 8 || rest.Length == text.Length - end)
        {
            return false;
        }
        var sentence = SentenceAround(text, start, end);
        var line = text.AsSpan(lineStart, (text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length) - lineStart);
        return !WritingAPiece().IsMatch(line) && !NamesWork(text, start, end) && !NamesTemplate(line) && !MentionEn().IsMatch(sentence) && !MentionZh().IsMatch(sentence)
            && !NotThisDocumentZh().IsMatch(sentence);
    }

    // A piece the writer asks to have written ("write a poem titled …", 写一首诗，题目是…): its title is no marking.
    [GeneratedRegex(@"(?i:\bwrite\s+(?:me\s+)?(?:a|an)\s+(?:short\s+)?(?:poem|story|song|essay|novel|script|play|haiku|limerick)\b)|(?:写|寫|创作|創作|作)(?:一|1)?(?:首|篇|段|个|個|部)?(?:诗|詩|文章|作文|小说|小說|故事|歌|散文|剧本|劇本|童话|童話)", RegexOptions.CultureInvariant)]
    private static partial Regex WritingAPiece();

    // The quote the marker stands in, opened at most 20 characters before it: where it opens, or -1.
    private static int OpeningQuoteBefore(string text, int start)
    {
        var from = Math.Max(0, start - 20);
        var before = text.AsSpan(from, start - from);
        var open = before.LastIndexOfAny("“\"「『‘'");
        return open < 0 || before[(open + 1)..].IndexOfAny("\n”」』\"’") >= 0 ? -1 : from + open;
    }

    [GeneratedRegex(@"(?:(?i:\bsubject(?:\s+line)?|\btitle|\bheading|\bheadline|\bfile\s*name)(?:\s+(?:is|was|reads|says))?|(?:标题|標題|题目|題目|主题|主題|表头|表頭|表格标题|文件名|文件名称|邮件主题|郵件主題)(?:是|为|為|写着|写著|寫著|写的是|寫的是)?)[ \t]*[:：]?[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingBeforeQuote();

    /// <summary>
    /// "The deck says 'Internal – not for distribution' at the top", "our board pack, with "Confidential" stamped across the cover":
    /// the pasted text says or carries the quoted marker at its top, on its cover or on every page.
    /// </summary>
    private static bool QuotedAtTop(string text, int start, int end)
    {
        var quote = OpeningQuoteBefore(text, start);
        var from = Math.Max(0, quote - 80);
        var before = quote < 0 ? [] : text.AsSpan(from, quote + 1 - from);
        if (before.IsEmpty || !SaysOrWithQuote().IsMatch(before))
        {
            return false;
        }
        var after = AfterClosingQuote(text, end);
        if (after.Length == text.Length - end || !PlaceOnDocument().IsMatch(after.Length > 60 ? after[..60] : after))
        {
            return false;
        }
        var sentence = SentenceAround(text, start, end);
        return !MentionEn().IsMatch(sentence) && !NotThisDocumentEn().IsMatch(sentence) && !NamesWork(text, start, end);
    }

    // A pasted text's subject (it, this, the/our deck …), "says/reads/has", or "with", then the opening quote.
    [GeneratedRegex("""
        (?:^|[^\w'’])(?:it|this|(?:the|my|our|this)\s+(?:[\w-]+\s+){0,2}?(?:doc|document|memo|file|report|email|deck|minutes|contract|draft|letter|pdf|slides?|spreadsheet|sheet|proposal|paper|presentation|agreement|pack|note|brief|handout|page|pages|release|plan))
        [\s,]+(?:(?:says|reads|said|read|has|had|carries|bears|shows)|[^.!?\n]{0,30}?\bwith)\s*["'“‘]$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SaysOrWithQuote();

    [GeneratedRegex(@"^\s*(?:(?:stamped|printed|written|watermarked|emblazoned|typed|splashed)\s+)?(?:at|on|across|along|in|over)\s+(?:the\s+)?(?:very\s+)?(?:top|head|header|footer|bottom|cover|front|first\s+page|title|every\s+page|each\s+page|all\s+pages|every\s+slide|each\s+slide)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceOnDocument();

    // A marking the writer questions, removes, regrets or only considers: a mention, not this text's marking.
    [GeneratedRegex(@"\b(?:by\s+mistake|in\s+error|by\s+accident|accidentally|mistakenly|wrongly|erroneously|(?:remov|delet|strip)\w*\s+(?:(?:the|this|that|a|an|its|all)\s+)?(?:[\w'""“”‘’-]+\s+){0,2}?(?:header|footer|label|marking|watermark|stamp|banner|tag|heading|legend|classification|word)s?|take\s+(?:it\s+)?off|get\s+rid|should\s+(?:i|we)|do\s+(?:i|we)\s+need|how\s+(?:do|to|can|should)|what\s+does|meaning\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionEn();

    // A removal counts as a mention only with the marking it removes near it ("把页眉里的“机密”字样去掉"; 撤销华南大区 is no removal).
    [GeneratedRegex("(?:误标|誤標|标错|標錯|错标|錯標|误加|誤加|要不要|该不该|該不該|需不需要|是否需要|怎么加|怎麼加|如何加|什么意思|什麼意思|怎么添加|如何添加|(?:字样|字樣|水印|页眉|頁眉|页脚|頁腳|标注|標註|标记|標記|标签|標籤|标识|標識|印章|密级|密級)[^。！？\n]{0,12}(?:去掉|去除|删掉|刪掉|删除|刪除|删去|拿掉|撤销|撤銷|撤掉|取消)|(?:去掉|去除|删掉|刪掉|删除|刪除|删去|拿掉|撤销|撤銷|撤掉|取消)[^。！？\n]{0,8}(?:字样|字樣|水印|页眉|頁眉|页脚|頁腳|标注|標註|标记|標記|标签|標籤|标识|標識|印章|密级|密級))")]
    private static partial Regex MentionZh();

    /// <summary>
    /// "Embargo: 10am CET, 2 Feb 2027", "EMBARGO until 00:01 Tuesday": "embargo" opening its line with the time the release may be
    /// published. The trade embargo of a history question has no such field.
    /// </summary>
    // "稿件禁发：周五18:00前": 禁发 (a common word, see IsCommonLevelWord) as a field, its time after the colon.
    private static bool EmbargoField(string text, int start, int end) =>
        text.AsSpan(start, end - start) is var word && word.SequenceEqual("禁发")
            ? EmbargoFieldTimeZh().IsMatch(text.AsSpan(end, Math.Min(24, text.Length - end)))
            : word.Equals("embargo", StringComparison.OrdinalIgnoreCase) && OpensLine(text, start)
                && EmbargoFieldTime().IsMatch(text.AsSpan(end, Math.Min(60, text.Length - end)));

    [GeneratedRegex(@"^\s*(?:[:：\-–—]|until|till|lifts\s+at|ends\s+at)\s*[^.\n]{0,24}?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:am|pm)\b|\b(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|midnight|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbargoFieldTime();

    /// <summary>
    /// "本稿件在1月20日18:00前请勿发布", "1月9日零时前不得报道": a ban on publishing this text before a time — a press release's
    /// embargo. A ban with no time before it ("药品广告不得发布…") is a rule, read elsewhere or not at all.
    /// </summary>
    private static bool EmbargoTimeBeforeZh(string text, int start, int end)
    {
        var marker = text.AsSpan(start, end - start);
        if (marker.Length > 6 || !(marker.EndsWith("发布", StringComparison.Ordinal) || marker.EndsWith("报道", StringComparison.Ordinal)
            || marker.EndsWith("刊发", StringComparison.Ordinal)))
        {
            return false;
        }
        var from = Math.Max(0, start - 16);
        return TimeThenBeforeZh().IsMatch(text.AsSpan(from, start - from));
    }

    [GeneratedRegex("^\\s*[:：]\\s*[^。\\n]{0,12}?(?:\\d{1,2}\\s*[:：]\\s*\\d{2}|\\d{1,2}\\s*(?:时|点|時|點|月|日|号|號)|[零一二三四五六七八九十]+(?:时|点|時|點))")]
    private static partial Regex EmbargoFieldTimeZh();

    [GeneratedRegex("(?:\\d|[零〇一二三四五六七八九十两]|点|點|时|時|日|号|號|分|整)(?:之)?前[，, \\u3000]*(?:均|一律|皆)?$")]
    private static partial Regex TimeThenBeforeZh();
}
