using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A document described as marked rather than the marker standing as its banner: "It's marked Confidential — Project X",
/// "this proposal is stamped 'Internal only'", "the deck is labelled Highly Confidential", "it carries the marking 'Commercial in
/// confidence'", "every page has a 'Company Confidential' watermark", 这份合同印着“内部资料”, 页眉写着“仅供内部使用”, 文件盖有
/// “商业秘密”章. The sentence must point at the text the user sends (this/it/the attached…, 这份/该/本/页眉…), so policies
/// ("documents marked Confidential must be shredded", 凡标注“机密”的文件…), history and news ("marked confidential by the
/// Pentagon", a leak), fiction and questions stay public.
/// </summary>
internal static partial class MarkerEvidence
{
    private static bool DescribedAsMarked(string text, int start, int end)
    {
        var clauseStart = SentenceStart(text, start);
        var before = text.AsSpan(clauseStart, start - clauseStart);
        if (before.Length > 110)
        {
            before = before[^110..];
        }
        if (before.IsEmpty)
        {
            return false;
        }
        return HanText.Contains(before) ? DescribedZh(text, before, start, end) : DescribedEn(text, before, start, end);
    }

    private static bool DescribedEn(string text, ReadOnlySpan<char> before, int start, int end)
    {
        var described = DescribedMarkedEn().Match(before.ToString());
        if (!(described.Success || (MarkingNounFollows(text, end) && HasMarkingEn().IsMatch(before))))
        {
            return false;
        }
        // "a memo headed '…'", "memo headed '…' pasted below" (fifteenth pass): any memo, unless the text it names follows (a colon or a new line, then the text).
        if (described.Success && described.Groups["any"].Success && !TextFollows(text, end) && !DefiniteSubjectLater(before, described)
            && !CaptionThenTask(text, start, end, described))
        {
            return false;
        }
        // "marked confidential by mistake / by the Pentagon": someone else's marking, or one the user questions.
        var after = AfterClosingQuote(text, end).TrimStart(' ');
        if (after.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var sentence = SentenceAround(text, start, end);
        var rest = sentence[(sentence.Length - (SentenceEndAfter(text, end) - start))..];
        return !NotThisDocumentEn().IsMatch(sentence) && !AskedAfterEn().IsMatch(rest) && !MentionEn().IsMatch(sentence);
    }

    // "I got a memo this morning, it is marked …": a definite subject after the indefinite one the first match took.
    private static bool DefiniteSubjectLater(ReadOnlySpan<char> before, Match match)
    {
        for (var tries = 0; tries < 3 && match.Groups["any"].Success; tries++)
        {
            var any = match.Groups["any"];
            before = before[(any.Index + any.Length)..];
            match = DescribedMarkedEn().Match(before.ToString());
            if (!match.Success)
            {
                return false;
            }
        }
        return !match.Groups["any"].Success;
    }

    /// <summary>After the marker, a colon or a line break and then at least 10 characters: the text the sentence names follows it.</summary>
    private static bool TextFollows(string text, int end)
    {
        var at = text.AsSpan(end).IndexOfAny(":：\n");
        return at >= 0 && text.AsSpan(end + at + 1).Trim().Length >= 10;
    }

    private static bool DescribedZh(string text, ReadOnlySpan<char> before, int start, int end)
    {
        var match = DescribedMarkedZh().Match(before.ToString());
        // "本文为“内部文件”", "以下内容属「內部資料」": this text is said to be of the quoted class, its subject in the match itself.
        var thisTextIs = !match.Success && (match = ThisTextIsZh().Match(before.ToString())).Success;
        if (!match.Success)
        {
            // "每页右下角都有“公司机密”水印", "封面有“绝密”字样": the marker, then what kind of marking it is.
            match = HasMarkingZh().Match(before.ToString());
            if (!match.Success || !MarkingNounZh().IsMatch(AfterClosingQuote(text, end).TrimStart(' ').ToString()))
            {
                return false;
            }
        }
        var head = before[..match.Index];
        // A bare 写/盖/印/标 before the quote is any act of writing ("我在本子上写“机密”两个字"): only on this document or its page.
        if (match.Groups["bare"].Success && !BarePlaceZh().IsMatch(head))
        {
            return false;
        }
        // "标注“仅限财务部阅览”的预算草案，帮我挑出风险": the marked document is the object the request hands over.
        var after = AfterClosingQuote(text, end).TrimStart(' ');
        var handedOver = !after.IsEmpty && after[0] == '的' && MarkedDocumentHandedOverZh().IsMatch(after.ToString());
        if ((!thisTextIs && !handedOver && !ThisDocumentZh().IsMatch(head)) || IfOrEveryZh().IsMatch(head))
        {
            return false;
        }
        // "标注“机密”的文件" names a kind of file (a rule, a story), unless the sentence says which one (这份印着“机密”的合同).
        if (!after.IsEmpty && after[0] == '的' && !handedOver && !StrongDeixisZh().IsMatch(head))
        {
            return false;
        }
        // "文件上印着：“机密”字样，这是什么意思": the question comes after the marker.
        var sentence = SentenceAround(text, start, end);
        return !NotThisDocumentZh().IsMatch(sentence) && QuestionCues.NearestEnd(sentence) < 0 && !MentionZh().IsMatch(sentence);
    }

    /// <summary>The text after the marker, past the closing quote or bracket when the marker ends one.</summary>
    private static ReadOnlySpan<char> AfterClosingQuote(string text, int end)
    {
        var after = text.AsSpan(end);
        var close = after.IndexOfAny("'\"“”‘’「」『』》】]）)");
        return close is >= 0 and <= 24 && after[..close].IndexOfAny(SentenceEnds) < 0 ? after[(close + 1)..] : after;
    }

    /// <summary>"… a 'Company Confidential' watermark", "the CONFIDENTIAL stamp": the marker names a marking.</summary>
    private static bool MarkingNounFollows(string text, int end) =>
        MarkingNoun().IsMatch(AfterClosingQuote(text, end).TrimStart(' ').ToString() is var s && s.Length > 30 ? s[..30] : s);

    private static ReadOnlySpan<char> SentenceAround(string text, int start, int end)
    {
        var from = SentenceStart(text, start);
        return text.AsSpan(from, SentenceEndAfter(text, end) - from);
    }

    private static int SentenceEndAfter(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(SentenceWindow, text.Length - end));
        var stop = after.IndexOfAny(SentenceEnds);
        return end + (stop < 0 ? after.Length : stop);
    }

    // "It's marked confidential — what does that mean for me": the question comes after the marker.
    [GeneratedRegex(@"\b(?:what\s+(?:does|do|is|should|can)|means?|meaning|why|allowed\s+to|can\s+i|may\s+i)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedAfterEn();

    // The subject points at the text sent: this/these/it/they/here's a…, the attached/enclosed/following/below, or the/my/our
    // with a document noun; then a marking verb, "as", an opening quote.
    [GeneratedRegex("""
        (?:^|[^\w'’])
        (?:this|these|it|it's|it’s|it\s+is|they|they're|they’re|they\s+are|each\s+page|every\s+page|each\s+slide|every\s+slide|all\s+pages
          |here(?:'s|’s|\s+is|\s+are)\s+(?:a|an|the|my|our)
          |(?:the\s+)?(?:attached|enclosed|following|forwarded)|below
          |(?:(?:the|my|our|your|(?<any>a|an))\s+|(?<any>^\s*))(?:[\w-]+\s+){0,2}?(?:doc|docs|document|documents|memo|memorandum|one-pager|file|report|email|e-mail|mail|deck|minutes|contract|draft|letter|attachment|pdf|note|notes|slides?|spreadsheet|brief|briefing|proposal|paper|presentation|agreement|summary|plan|release|term\s+sheet|sheet|update|page|pages|cover|header|footer|notice|message|thread|circular|bulletin|handout|board\s+pack|pack|filing|submission|policy|study|analysis|forecast|budget|roadmap|offer|quote|tender|bid|transcripts?|excerpts?|recording|emails|memos|letters|reports|papers|files|messages
          |article|ticket|wiki|post|entry|runbook|playbook|issue|epic))
        (?:[\s(,]+[\w'’-]+){0,5}?[\s(,-]*[\s(]
        (?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|comes|came|got|gets|'s|’s)\s+)?(?:all\s+|clearly\s+|also\s+|officially\s+|still\s+)?
        (?:marked|stamped|labell?ed|headed|flagged|tagged|classified|designated|watermarked|titled|entitled|captioned|branded
          |(?:carries|carry|bears|bear|has|have|had|shows|show|displays|with)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:marking|label|legend|caveat|stamp|header|heading|banner|footer|classification|watermark|notice)(?:\s+(?:of|reading|saying|that\s+says|that\s+reads))?)
        (?:\s+(?:as|with|up\s+as))?(?:\s+(?:a|an|the))?\s*[:：]?\s*(?:["'“‘(\[]\s*(?:[\w&-]+\s+){0,2}?)?$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex DescribedMarkedEn();

    // "every page has a 'Company Confidential' watermark", "it bears the CONFIDENTIAL stamp": then MarkingNoun after it.
    [GeneratedRegex("""
        (?:^|[^\w'’])(?:this|these|it|it's|it’s|they|each\s+page|every\s+page|each\s+slide|every\s+slide|all\s+pages|the\s+(?:[\w-]+\s+){0,2}?(?:doc|document|memo|file|report|email|deck|minutes|contract|draft|letter|pdf|slides?|spreadsheet|proposal|paper|presentation|agreement|page|pages|cover|release))
        (?:\s+[\w'’-]+){0,4}?\s+(?:has|have|had|carries|carry|bears|bear|shows|show|displays|display|with|under)\s+(?:a|an|the)\s*["'“‘]?\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex HasMarkingEn();

    [GeneratedRegex(@"^(?:watermark|stamp|label|banner|header|heading|footer|marking|legend|caveat|tag|notice|cover\s+sheet|sticker|classification)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkingNoun();

    // Policies, history and news, fiction, and hypotheticals are about markings, not this text's own.
    [GeneratedRegex(@"\b(?:if|whenever|unless|leaked|leak|leaks|published|declassified|news|newspaper|journalists?|reporters?|story|stories|novel|fiction|thriller|screenplay|poem|film|movie|should\s+i|how\s+(?:do|should|can)|template|(?:all|any)\s+(?:documents|files|emails|records)|(?:documents|files|emails|records|docs|memos|notes|letters|reports|papers|slides|pages)\s+(?:marked|labell?ed|stamped|classified|tagged)(?!\s+(?:as\s+)?[""'“‘][^""'”’\n]{1,60}[""'”’]\s*[:：]))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotThisDocumentEn();

    // A marking verb, an optional colon and an opening quote (or bracket) with up to ten characters of the quoted marking before it.
    [GeneratedRegex("(?:标注|標註|标着|标著|標著|标有|標有|标明|標明|注明|註明|印着|印著|印有|盖有|蓋有|盖着|盖著|蓋著|盖了|蓋了|加盖|加蓋|写着|写著|寫著|写有|寫有|写的是|寫的是|标记为|標記為|标记着|标记著|标为|標為|打着|打著|打上了|打上|带有|帶有|注有|标题是|標題是|标题为|標題為|显示为|顯示為|显示着|显示著|标的是|印的是|盖的是|加了|盖章|抬头是|抬頭是|页眉是|頁眉是|页脚是|頁腳是|开头是|開頭是|封面是|水印是|标着的是|写的|寫的|题目是|題目是|题目为|題目為|题为|題為|主题是|主題是|主题为|主題為|表头是|表頭是|表头写着|表头写著|表頭寫著|标了|標了|标示|標示|标示着|盖上了|盖上|印上了|印上|印了|写了|寫了|(?<bare>(?<![覆掩遮涵])(?:盖|蓋)|(?<![打复複烙影排刊翻])印|(?<![书書编編改撰填抄描])(?:写|寫)|(?<![目指商坐路达達锦錦投中夺奪])(?:标|標))(?=\\s*[“\"'‘「『【]))了?\\s*[:：]?\\s*(?:[“\"'‘「『【\\[(（][^”\"’」』】\\]）)。！？\\n]{0,10})?$")]
    private static partial Regex DescribedMarkedZh();

    [GeneratedRegex("(?:本文|本文件|本文档|本文檔|本材料|本资料|本資料|本报告|本報告|本方案|本邮件|本郵件|本页|此文|此文件|此文档|该文件|該文件|以下内容|以下內容|下文)(?:内容|內容)?(?:均|皆|全部)?(?:为|為|是|属于|屬於|属|屬|系)\\s*[:：]?\\s*[“\"'‘「『【]$")]
    private static partial Regex ThisTextIsZh();

    // 的, a short noun phrase ending the clause (预算草案, 和解条件草稿), then at once a request to the assistant (帮我, 麻烦, 请帮…):
    // the phrase names the text sent, not a kind of file a rule is about (…的文件不得带出, …的文件该怎么归档): no rule word in it.
    [GeneratedRegex("^的(?:(?!不得|不准|不能|不可|禁止|严禁|必须|须|应当|应该|要求|需要|一律|规定|制度)[^，,。！？!?；;:：\\n\"“”「」]){1,16}[，,:：]\\s*(?:请你?帮|請你?幫|帮我|幫我|帮忙|幫忙|麻烦|麻煩|替我|给我|給我|请把|請把|请将|請將)")]
    private static partial Regex MarkedDocumentHandedOverZh();

    [GeneratedRegex("有\\s*[“\"'‘「『]?$")]
    private static partial Regex HasMarkingZh();

    [GeneratedRegex("^(?:水印|字样|字樣|章|印章|印记|印記|标记|標記|标识|標識|标签|標籤|戳|标志|標誌)")]
    private static partial Regex MarkingNounZh();

    // The clause before the marking verb names this text or a part of it.
    [GeneratedRegex("(?:这|這|该|該|本|此|附件|以下|下面|上述|页眉|頁眉|页脚|頁腳|首页|首頁|封面|角|抬头|抬頭|水印|每页|每頁|每一页|标题|標題|开头|開頭|截图|截圖|图片|圖片|照片|扫描件|掃描件|文件|合同|邮件|郵件|报告|報告|方案|纪要|紀要|PPT|ppt|材料|资料|資料|通知|函|信|稿|表格|表头|表頭|简报|簡報|幻灯片|課件|课件|文档|文檔|档案|檔案|公告|清单|清單|名单|名單|备忘录|備忘錄|主题|主題|题目|題目)")]
    private static partial Regex ThisDocumentZh();

    [GeneratedRegex("(?:这|這|该|該|本|此|附件)")]
    private static partial Regex StrongDeixisZh();

    [GeneratedRegex("(?:这|這|该|該|本(?!子)|此|附件|每页|每頁|每一页|首页|首頁|封面|页眉|頁眉|页脚|頁腳|抬头|抬頭|水印)")]
    private static partial Regex BarePlaceZh();

    [GeneratedRegex("(?:如果|若是|若|凡是|凡|所有|一律|任何|哪些|什么样|什麼樣)")]
    private static partial Regex IfOrEveryZh();

    [GeneratedRegex("(?:小说|小說|故事|剧本|劇本|电影|電影|电视剧|電視劇|续写|續寫|谍战|諜戰|游戏|遊戲|新闻(?!稿|通稿|发布稿|禁发)|新聞(?!稿|通稿|發布稿|禁發)|(?<!不得|请勿|禁止|不准)报道|(?<!不得|請勿|禁止|不准)報導|泄露事件|曝光|模板|范本|範本)")]
    private static partial Regex NotThisDocumentZh();

    /// <summary>
    /// "Translate to English: Streng vertraulich. Der Standort …", "Proofread: Confidential and Non-Binding Term Sheet. Investor …",
    /// "Please summarise. Confidential: draft headcount plan …": the marker opens the text a task hands over (after the task's
    /// colon, or starts a sentence after the task and takes a colon itself), set off from the text that runs on by a full stop,
    /// comma, dash or colon, or naming the document. Only the strong levels (confidential, secret, internal only, embargoed and
    /// their translations); "Restricted", "Privileged" or "Proprietary" opening a sentence are ordinary words too often.
    /// </summary>
    private static bool OpensTaskText(string text, int start, int end)
    {
        if (!IsStrongLevel(text.AsSpan(start, end - start)))
        {
            return false;
        }
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var before = text.AsSpan(lineStart, start - lineStart).TrimEnd(' ');
        if (before.IsEmpty || before.Length > 100)
        {
            return false;
        }
        var after = text.AsSpan(end);
        var runsOn = after.TrimStart(' ');
        if (before[^1] is ':' or '：')
        {
            if (!TaskVerb().IsMatch(before[..^1].ToString()))
            {
                return false;
            }
            if (runsOn.IsEmpty || !(runsOn[0] is '.' or ',' or ';' or ':' or '：' or '-' or '–' or '—' or '|' or '\n' or '。' or '，'
                || StartsWithDocumentNoun(after) || HanDocumentNounThenBreak(after)
                || (HanText.IsHan(text[start]) && after[0] is ' ' or '\u3000')))
            {
                return false;
            }
        }
        else if (before[^1] is '.' or '!' or '。' or '！')
        {
            // "Please summarise. Confidential: …": a sentence of its own after the task, the marker taking a colon.
            if (!TaskVerb().IsMatch(before.ToString()) || runsOn.IsEmpty || runsOn[0] is not (':' or '：'))
            {
                return false;
            }
        }
        else
        {
            return false;
        }
        // The text handed over runs on: not "Translate: confidential." alone.
        return runsOn.Length >= 12;
    }

    // "律师-客户特权保密文件。…": a document noun (保密 before it allowed) and then a break.
    private static bool HanDocumentNounThenBreak(ReadOnlySpan<char> after)
    {
        if (after.StartsWith("保密", StringComparison.Ordinal))
        {
            after = after[2..];
        }
        var noun = DocumentNounZh(after);
        return noun > 0 && (after.Length == noun || after[noun] is '。' or '，' or ',' or '.' or ':' or '：' or '\n' or ' ' or '-' or ';' or '；');
    }

    private static bool IsStrongLevel(ReadOnlySpan<char> marker)
    {
        if (HanText.Contains(marker) || marker.ContainsAnyInRange('\uAC00', '\uD7AF') || marker.ContainsAnyInRange('\u3040', '\u30FF'))
        {
            return true;
        }
        foreach (var stem in (ReadOnlySpan<string>)["confiden", "secret", "internal only", "embargo", "vertraul", "vertrouw", "riservat", "poufn", "for internal", "do not", "not for",
            "need-to-know", "need to know", "eyes only", "fouo", "tlp", "pre-decisional", "predecisional"])
        {
            if (marker.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:translate|translation|summari[sz]e|summary|proofread|rewrite|re-write|reword|rephrase|shorten|tidy|fix|edit|polish|check|clean|improve|format|simplify|condense|paraphrase|bullet|outline|extract|review|correct|draft|traduce|traduis|traduire|traducir|tradurre|übersetze|übersetzen|vertaal|przetłumacz)|\bocr\b|(?:识别结果|识别出|扫描件|转文字|翻訳|요약|번역|总结|總結|润色|潤色|改写|改寫|校对|校對|整理|概括|翻译|翻譯|摘要|提炼|提煉|要点|要點|英文|中文)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaskVerb();

    /// <summary>"Write a spy thriller where the folder says TOP SECRET": capitals in a story are a prop, not this text's banner.</summary>
    private static bool InFiction(string text, int start, int end) => Fiction().IsMatch(SentenceAround(text, start, end));

    [GeneratedRegex(@"\b(?:story|stories|novel|fiction|thriller|screenplay|poem|spy|character|chapter\s+of\s+my)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Fiction();

    /// <summary>"it is under EMBARGO until 08:00 GMT", "embargoed till Tuesday 9am": an embargo with its lifting time is a release's own.</summary>
    private static bool EmbargoUntil(string text, int start, int end) =>
        text.AsSpan(start, end - start).Contains("embargo", StringComparison.OrdinalIgnoreCase)
        && EmbargoTime().IsMatch(text.AsSpan(end, Math.Min(60, text.Length - end)));

    [GeneratedRegex(@"^\s*(?:until|till|to)\s+[^.\n]{0,30}?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s?(?:am|pm)\b|\b(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|midnight|noon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbargoTime();

    /// <summary>"Fix the typos in this embargoed release", "summarise the attached confidential memo": the marker names the kind of the
    /// text sent, a document noun after it.</summary>
    private static bool ThisMarkedDocument(string text, int start, int end)
    {
        var from = Math.Max(0, start - 24);
        return ThisBefore().IsMatch(text.AsSpan(from, start - from)) && StartsWithDocumentNoun(text.AsSpan(end));
    }

    [GeneratedRegex(@"\b(?:this|these|the\s+attached|attached|the\s+enclosed|enclosed|the\s+following|following)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisBefore();

    /// <summary>
    /// "本纪要仅限管理层传阅", "仅供董事会成员参阅", "机密·仅限管理层": reading restricted to a body, then a reading verb or the end
    /// of its segment. "仅限管理层使用" (a room, a parking space) is a rule about something else.
    /// </summary>
    private static bool ReadingRestrictedZh(string text, int start, int end)
    {
        if (end - start < 4 || text[start + 1] is not ('限' or '供') || text[start] != '仅')
        {
            return false;
        }
        var after = text.AsSpan(end);
        if (after.StartsWith("成员", StringComparison.Ordinal) || after.StartsWith("人员", StringComparison.Ordinal))
        {
            after = after[2..];
        }
        return after.IsEmpty || after[0] is '\n' or '"' or '”' or '」' or '】' or ')' or '）' or '。' or '，' or ',' or ':' or '：' or ' ' or '-' or '|'
            || ReadingVerbZh().IsMatch(after.Length > 4 ? after[..4].ToString() : after.ToString());
    }

    [GeneratedRegex("^(?:阅|參閱|参阅|阅读|閱讀|传阅|傳閱|知悉|查阅|查閱|审阅|審閱|内部)")]
    private static partial Regex ReadingVerbZh();

    /// <summary>"本决议内容保密。", "以下信息须严格保密，…": 保密 closes a clause whose subject is this text.</summary>
    private static bool SecrecyPredicateZh(string text, int start, int end)
    {
        if (text[start] != '保' || (end < text.Length && text[end] is not ('。' or '，' or ',' or '.' or '！' or '!' or ';' or '；' or '\n' or ':' or '：')))
        {
            return false;
        }
        var from = Math.Max(0, start - 16);
        var before = text.AsSpan(from, start - from);
        var clause = before.LastIndexOfAny("。！？!?，,；;\n");
        before = before[(clause + 1)..];
        before = before.TrimEnd("须需应要务必严格请予以绝对");
        return SubjectZh().IsMatch(before.ToString()) && !NotThisDocumentZh().IsMatch(before);
    }
}
