using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Sixteenth pass (issue 15, session 24): the pasted text's own marking in two more shapes — a possessive confidential document
/// whose content follows ("it's the works council's confidential negotiating paper: our floor is …") and, in Chinese, a document
/// named by the marking it carries, its content after a colon (标注「机密」的会议纪要：…, 蓋有『限閱』章的採購資料：…). A question,
/// a story, a rule (凡…, 所有…), a mistake or a removal is no marking.
/// </summary>
internal static partial class MarkerEvidence
{
    private static bool PastedMarking(string text, int start, int end) =>
        HanText.IsHan(text[start]) ? MarkedDocumentThenTextZh(text, start, end) : PossessiveConfidentialDocument(text, start, end);

    /// <summary>
    /// "the works council's confidential negotiating paper: our floor is 3 %", "HR's confidential restructuring plan — 14 roles …":
    /// someone's confidential document (a possessive right before the marker, a document noun within three words after it) and
    /// then, after a colon or dash, its content. "a confidential question", "the embassy's confidential plans" in a story and a
    /// policy asked about are not one.
    /// </summary>
    private static bool PossessiveConfidentialDocument(string text, int start, int end)
    {
        if (!text.AsSpan(start, end - start).Equals("confidential", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var from = Math.Max(0, start - 40);
        if (!PossessiveBefore().IsMatch(text.AsSpan(from, start - from)))
        {
            return false;
        }
        var after = text.AsSpan(end, Math.Min(80, text.Length - end));
        var document = DocumentThenContent().Match(after.ToString());
        if (!document.Success || after[document.Length..].Trim().Length < 12)
        {
            return false;
        }
        var sentence = SentenceAround(text, start, end);
        return !NotThisDocumentEn().IsMatch(sentence) && !InFiction(text, start, end) && !MentionEn().IsMatch(sentence) && !NamesWork(text, start, end);
    }

    // A possessive ("the board's", "HR's", "the works council's", "our"), not a contraction (it's, that's, here's …).
    [GeneratedRegex(@"(?:\b(?!(?:it|that|what|here|there|let|who|he|she|this|where|how)['’]s\b)[\w-]+(?:['’]s|s['’])|\b(?:our|their))\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveBefore();

    // Up to two words (negotiating, pricing, succession), a document noun, then a colon or a dash set off by spaces.
    [GeneratedRegex(@"^\s+(?:[\w-]+\s+){0,2}?(?:paper|papers|memo|memorandum|brief|briefing|plan|report|proposal|notes|minutes|draft|letter|email|deck|slides|analysis|strategy|forecast|budget|roadmap|offer|document|doc|file|summary|review|assessment|update|note|pack|submission|position|term\s+sheet|bid|tender|figures|numbers)\s*(?::|\s[—–-]\s|[—–]\s?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentThenContent();

    /// <summary>
    /// 标注「机密」的会议纪要：明年关闭…, 蓋有『限閱 機密』章的採購資料：單價…, 盖有“秘密”字样的合同：违约金…: a marking verb, the
    /// quoted marker (with its 章/字样/戳记), 的 and a short document name, then the document after a colon — the writer hands over
    /// the marked document. A rule (凡标注“机密”的文件…), a question, a story, a mistake or a removal is not one.
    /// </summary>
    private static bool MarkedDocumentThenTextZh(string text, int start, int end)
    {
        var quote = OpeningQuoteBefore(text, start);
        if (quote < 0)
        {
            return false;
        }
        var sentenceStart = SentenceStart(text, quote);
        var before = text.AsSpan(sentenceStart, quote - sentenceStart);
        var verb = MarkingVerbZh().Match(before.ToString());
        if (!verb.Success)
        {
            return false;
        }
        var after = AfterClosingQuote(text, end);
        if (after.Length == text.Length - end)
        {
            return false;
        }
        after = after.TrimStart(" \u3000");
        var noun = StampNounZh().Match(after.Length > 4 ? after[..4].ToString() : after.ToString());
        after = after[noun.Length..];
        if (after.IsEmpty || after[0] != '的')
        {
            return false;
        }
        var name = after[1..Math.Min(after.Length, 14)];
        var colon = name.IndexOfAny("：:");
        if (colon < 2 || after[(1 + colon + 1)..].Trim().Length < 8)
        {
            return false;
        }
        foreach (var c in name[..colon])
        {
            if (!HanText.IsHan(c))
            {
                return false;
            }
        }
        var head = before[..verb.Index];
        var sentence = SentenceAround(text, start, end);
        return !IfOrEveryZh().IsMatch(head) && !NotThisDocumentZh().IsMatch(sentence) && !MentionZh().IsMatch(sentence)
            && QuestionCues.NearestEnd(sentence) < 0;
    }

    [GeneratedRegex("^(?:戳记|印章|印记|章|字样|水印|标记|标识|标签|戳)")]
    private static partial Regex StampNounZh();

    // The marking verb right before the opening quote (the text is read with Traditional characters folded to Simplified; 著 stays,
    // being a Simplified character too, so 寫著 reads 写著).
    [GeneratedRegex("(?:标注|标有|标着|标著|标示|标明|注明|注有|盖有|盖着|盖著|盖了|加盖|印有|印着|印著|写有|写着|写著|打着|打著|打上|带有|标记为|标为)了?\\s*$")]
    private static partial Regex MarkingVerbZh();

    /// <summary>
    /// What stands between a level field's label and its level: nothing, or a trade-secret grade (密级：普通商密, 保密等级：核心商密;
    /// 商密 is the marker found, 普通/核心 its grade).
    /// </summary>
    private static bool IsFieldValueStart(ReadOnlySpan<char> between)
    {
        var rest = between.Trim(" \t:：-");
        return rest.IsEmpty || rest.SequenceEqual("普通") || rest.SequenceEqual("核心") || rest.SequenceEqual("一般") || rest.SequenceEqual("重要");
    }

    /// <summary>
    /// 'Teams paste, list the owners: "[Internal – Finance] Q3 …"', 企业微信转来的：“【机密·法务】…”: the text before a bracketed tag
    /// without the opening quote a request's colon hands the pasted text over with, so the tag opens that text.
    /// </summary>
    private static ReadOnlySpan<char> QuoteOpenedAfterColon(ReadOnlySpan<char> lead)
    {
        if (lead.Length < 2 || !"“\"「『‘'".Contains(lead[^1]))
        {
            return lead;
        }
        var before = lead[..^1].TrimEnd(" \t");
        return !before.IsEmpty && before[^1] is ':' or '：' ? before : lead;
    }

    /// <summary>
    /// 'The footer reads "Privileged & Confidential" but it was added by mistake', "my novel's chapter header reads …": a header
    /// the writer questions, removes or puts in a story or a work is mentioned, not this text's own.
    /// </summary>
    private static bool HeaderFooterMentioned(string text, int start, int end)
    {
        var sentence = SentenceAround(text, start, end);
        return MentionEn().IsMatch(sentence) || MentionZh().IsMatch(sentence) || InFiction(text, start, end) || NamesWork(text, start, end);
    }

    /// <summary>
    /// "documents marked MEDICAL-IN-CONFIDENCE must be stored in locked cabinets", "files labelled CONFIDENTIAL are kept for
    /// seven years": a rule about any such documents (a plural document noun, the marking verb, the level in capitals and then
    /// what must happen to them), not this text's banner. The writer's own "Board notes marked CONFIDENTIAL: …" has no rule verb.
    /// </summary>
    private static bool MarkingRule(string text, int start, int end)
    {
        var from = Math.Max(0, start - 48);
        return RuleSubjectBefore().IsMatch(text.AsSpan(from, start - from))
            && RuleVerbAfter().IsMatch(text.AsSpan(end, Math.Min(40, text.Length - end)));
    }

    [GeneratedRegex(@"\b(?:documents|files|emails|records|docs|memos|notes|letters|reports|papers|slides|pages|materials|items)\s+(?:marked|labell?ed|stamped|classified|tagged)(?:\s+as)?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuleSubjectBefore();

    [GeneratedRegex(@"^\s+(?:must|should|shall|are|may|can|cannot|can't|need|needs|have\s+to|will|go|get|require)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RuleVerbAfter();
}
