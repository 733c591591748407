using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Markers set into a document's heading rather than on a line of their own: a title and the marker joined by a separator
/// (审计底稿·严禁外传, 收购意向书—绝密, "Pricing Review – Confidential."), a heading label before it (抬头：机密 …〔2026〕7号,
/// 页眉：秘密), a level in quotes after 密级 (密级为“秘密”, 本方案属“绝密”级), a corner-bracketed banner opening the text
/// (「機密文件」本公司…), and a sensitivity label as Purview or AIP writes it, level and sub-label ("Sensitive – Internal",
/// "Confidential \ All Employees"). Each form needs its shape: a title (document noun, or title-cased words), a heading word,
/// the 密级 field, a line start; a word about the marker ("机密 的英文怎么说") is not one.
/// </summary>
internal static partial class MarkerEvidence
{
    // The view folds the middle dot to a full stop; the other dots a heading uses stay as they are.
    private static readonly SearchValues<char> TitleSeparators = SearchValues.Create("-–—|/\\·・‧∙•.");

    /// <summary>
    /// "内审工作底稿·机密", "收购意向书—绝密 甲方…", "Q3 INTEGRATION REPORT — Confidential.": a title, then a separator, then the
    /// marker closing the heading (the line's end, a space or a separator after it). A Han title ends in a document noun (底稿,
    /// 纪要, 意向书, 报价单…); a Latin title is a few title-cased words and the marker ends its line, a full stop allowed.
    /// </summary>
    private static bool TitledHeading(string text, int start, int end)
    {
        if (CaveatHeading(text, start, end))
        {
            return true;
        }
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var before = text.AsSpan(lineStart, start - lineStart).TrimEnd(" \u3000");
        if (before.Length < 3 || !TitleSeparators.Contains(before[^1]) || (before[^1] == '.' && !HanText.IsHan(before[^2])))
        {
            return false;
        }
        var title = before[..^1].TrimEnd(" \u3000");
        var lineEnd = text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length;
        var after = text.AsSpan(end, lineEnd - end);
        if (HanText.IsHan(text[start]))
        {
            var closes = after.IsEmpty || after[0] is ' ' or '\u3000' or '，' or ',' or '。' or '、' || Separators.Contains(after[0]);
            return closes && HanTitle(title);
        }
        return after.TrimEnd().TrimEnd('.').Trim(' ').IsEmpty && IsStrongLevel(text.AsSpan(start, end - start)) && LatinTitle(title);
    }

    // The title runs back from the separator over Han characters (digits and Latin letters inside it too) to the line's start,
    // a colon or a space, and ends in a document noun.
    private static bool HanTitle(ReadOnlySpan<char> title)
    {
        var from = title.Length;
        while (from > 0 && (HanText.IsHan(title[from - 1]) || char.IsAsciiLetterOrDigit(title[from - 1])))
        {
            from--;
        }
        var words = title[from..];
        if (words.Length is < 2 or > 24 || (from > 0 && title[from - 1] is not (':' or ' ' or '\u3000' or '，' or ',' or '。' or '】' or ']')))
        {
            return false;
        }
        foreach (var noun in TitleNounsZh)
        {
            if (words.EndsWith(noun, StringComparison.Ordinal) && words.Length > noun.Length - (noun.Length > 1 ? 1 : 0))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] TitleNounsZh =
    [
        "底稿", "纪要", "报告", "方案", "通知", "合同", "协议", "清单", "名单", "预算", "计划", "决议", "文件", "资料", "材料", "附件",
        "草案", "初稿", "定稿", "汇报", "简报", "规划", "台账", "记录", "档案", "备忘录", "报表", "明细", "标书", "底价", "数据", "条款",
        "请示", "批复", "简报", "书", "函", "表", "单", "稿", "册",
    ];

    // "Q3 INTEGRATION REPORT", "Project Kestrel Steering Minutes", "Pricing Review": after a task's colon at most, one to eight
    // words, every word of four or more letters capitalised.
    private static bool LatinTitle(ReadOnlySpan<char> title)
    {
        var colon = title.LastIndexOf(':');
        var words = title[(colon + 1)..].Trim(' ');
        if (words.IsEmpty || words.Length > 80 || !char.IsAsciiLetterUpper(words[0]) && !char.IsAsciiDigit(words[0]))
        {
            return false;
        }
        var count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }
            if (++count > 8 || (word.Length >= 4 && char.IsAsciiLetterLower(word[0])) || word.ContainsAny(".,;!?"))
            {
                return false;
            }
        }
        return count > 0;
    }

    /// <summary>
    /// "Company Confidential | Version 3 | Owner: Legal" after a request's sentence or colon: the marker is the first cell of a
    /// header row, set off by a bar with another cell after it.
    /// </summary>
    private static bool HeaderCell(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var before = text.AsSpan(lineStart, start - lineStart).TrimEnd(' ');
        var after = text.AsSpan(end).TrimStart(' ');
        return char.IsAsciiLetterUpper(text[start]) && after.Length > 2 && after[0] == '|' && after[1] != '|' && !after[1..].TrimStart(' ').IsEmpty
            && (before.IsEmpty || before[^1] is '.' or ':' or '!' or '：');
    }

    /// <summary>
    /// "抬头：机密 关于调整…的决议〔2026〕7号", "请校对：页眉：秘密 集团办发…", "Header: Confidential": a heading word and its colon
    /// (after the line's start or a request's colon), then the marker and a space, the line's end or a separator.
    /// </summary>
    private static bool AfterHeadingLabel(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var before = text.AsSpan(lineStart, start - lineStart);
        var match = HeadingLabel().Match(before.Length > 40 ? before[^40..].ToString() : before.ToString());
        if (!match.Success)
        {
            return false;
        }
        var after = text.AsSpan(end);
        return after.IsEmpty || after[0] is ' ' or '\u3000' or '\n' or '，' or ',' or '。' || Separators.Contains(after[0]) || DocumentNounZh(after) > 0
            || (after[0] == '.' && IsStrongLevel(text.AsSpan(start, end - start)))
            || KeepingPhraseZh().IsMatch(after.Length > 8 ? after[..8].ToString() : after.ToString());
    }

    // "页脚：内部资料妥善保管", "页眉：机密，注意保存": the stamp's own keeping instruction runs on after the level.
    [GeneratedRegex("^[,，\\s]*请?(?:妥善保管|妥善保存|注意保存|注意保管|注意保密|勿外传|勿外泄|勿转发|勿复印|不得外传|严禁外传|严禁复印)")]
    private static partial Regex KeepingPhraseZh();

    // The heading word may follow 的 ("这份文件的页脚："), the document's part named after the document.
    [GeneratedRegex(@"(?:^|[:。，,\s\]】的])[\s*#>-]*(?:抬头|抬頭|文头|文頭|版头|版頭|眉首|眉头|页眉|頁眉|页脚|頁腳|页尾|頁尾|落款|水印|首页|首頁|封面|天头|(?:page\s+)?header|(?:page\s+)?footer|banner|watermark|stamp)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingLabel();

    /// <summary>
    /// 密级为“秘密”, 密级：“机密”, 本方案属“秘密”级, 这份文件是“绝密”级的: a level quoted as the value of this text's 密级 field, or
    /// quoted before 级 in a sentence about this text. A list of levels (“绝密”、“机密”) or a rule (凡…, 如果…) is about the scale.
    /// </summary>
    private static bool QuotedLevelZh(string text, int start, int end)
    {
        if (start == 0 || end >= text.Length || !HanText.IsHan(text[start]) || !Quotes.Contains(text[start - 1]) || !Quotes.Contains(text[end]))
        {
            return false;
        }
        var after = text.AsSpan(end + 1);
        var sentenceStart = SentenceStart(text, start - 1);
        var before = text.AsSpan(sentenceStart, start - 1 - sentenceStart);
        if ((!before.IsEmpty && before[^1] is '、' or '和' or '或') || after.StartsWith("、") || after.StartsWith("级、") || after.StartsWith("級、")
            || IfOrEveryZh().IsMatch(before))
        {
            return false;
        }
        if (LevelFieldZh().IsMatch(before))
        {
            return true;
        }
        return after.Length > 0 && after[0] is '级' or '級' && (StrongDeixisZh().IsMatch(before) || (before.Trim(" \u3000").IsEmpty && OpensLine(text, start - 1)));
    }

    [GeneratedRegex("(?:密级|密級|保密级别|保密級別|保密等级|保密等級|文件密级|文件级别|密级程度)\\s*(?:为|為|是|定为|定為|标为|標為|:)?\\s*$")]
    private static partial Regex LevelFieldZh();

    /// <summary>
    /// 「機密文件」本公司預計…, 『内部资料』明年预算…: a corner-bracketed marker opens its line and the text runs on after it — the
    /// document's banner, not a word talked about (「機密」這個詞…, 「秘密」是…).
    /// </summary>
    private static bool CornerBracketBanner(string text, int start, int end)
    {
        if (start == 0 || text[start - 1] is not ('「' or '『') || !OpensLine(text, start - 1))
        {
            return false;
        }
        var close = text.AsSpan(end, Math.Min(12, text.Length - end)).IndexOfAny("」』");
        if (close < 0)
        {
            return false;
        }
        var rest = text.AsSpan(end + close + 1).TrimStart(" \u3000\n");
        if (rest.Length < 6 || "这這的等字是为為一两四几么麼吗嗎和与與或、".Contains(rest[0]) || rest.StartsWith("二字") || rest.StartsWith("一词"))
        {
            return false;
        }
        foreach (var c in rest[..4])
        {
            if (!HanText.IsHan(c) && !char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"机密 的英文怎么说", "绝密是什么意思": a word about the marker follows it — the marker is the thing asked about.</summary>
    private static bool WordAskedAboutZh(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(16, text.Length - end)).TrimStart(" \u3000\"”」』'’");
        return WordAboutZh().IsMatch(after);
    }

    [GeneratedRegex("^(?:用[英日韩韓法德俄西][语語文]|的|这个词|這個詞|这两个字|這兩個字|二字|一词|一詞|两个字|兩個字)?\\s*(?:英文|英语|英語|日文|日语|意思|含义|含義|定义|定義|翻译|翻譯|怎么|怎麼|什么|什麼|如何|读音|讀音|拼音|近义词|反义词|用英语|用英文|是什么|是什麼|是啥|啥意思)")]
    private static partial Regex WordAboutZh();

    /// <summary>"Top Secret! is a 1984 comedy film", "L.A. Confidential starred …": the marker is (part of) the title of a work.</summary>
    private static bool NamesWork(string text, int start, int end)
    {
        // The line, not the sentence: "Top Secret!" ends a sentence of its own.
        var from = Math.Max(start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1, start - 100);
        var to = text.IndexOf('\n', end) is var n and >= 0 ? Math.Min(n, end + 100) : Math.Min(text.Length, end + 100);
        return Works().IsMatch(text.AsSpan(from, to - from));
    }

    [GeneratedRegex(@"\b(?:film|films|movie|movies|comedy|sitcom|documentary|album|song|band|starred|starring|directed\s+by|box\s+office|episode|bestseller|best-seller|novel|novels|novella|memoir|paperback|hardcover)\b|电影|電影|电视剧|電視劇|综艺|歌曲|专辑|專輯", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Works();

    /// <summary>
    /// A sensitivity label as Microsoft Purview / AIP clients write it, a level and a sub-label: "Sensitive – Internal.",
    /// "Confidential \ All Employees", "Highly Confidential / Recipients Only", "General – Internal", "Restricted \ Finance Only".
    /// The pair opens its line or sentence (a "Sensitivity:" label or a request's colon before it allowed) and ends there; the
    /// sub-label is the evidence ("Restricted – parking on Elm Street" has none), so Public or General alone never count.
    /// </summary>
    internal static bool InSensitivityLabel(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length;
        int pairStart;
        int pairEnd;
        if (LabelLevel().IsMatch(text.AsSpan(start, end - start)) && SubLabel().Match(text, end, Math.Min(lineEnd, end + 40) - end) is { Success: true } sub)
        {
            (pairStart, pairEnd) = (start, sub.Index + sub.Length);
        }
        else if (SubLabelAlone().IsMatch(text.AsSpan(start, end - start)) && LevelBefore().Match(text, Math.Max(lineStart, start - 30), start - Math.Max(lineStart, start - 30)) is { Success: true } level
            && AfterLabel().IsMatch(text.AsSpan(end, lineEnd - end)))
        {
            (pairStart, pairEnd) = (level.Groups[1].Index, end);
        }
        else
        {
            return false;
        }
        if (!char.IsAsciiLetterUpper(text[pairStart]))
        {
            return false;
        }
        var before = text.AsSpan(lineStart, pairStart - lineStart).TrimEnd(' ');
        var opens = before.IndexOfAnyExcept(Decoration) < 0 || before[^1] is ':' or '：' or '.' or '!' or '。';
        return opens && !IsAskedAbout(text, pairStart, pairEnd);
    }

    [GeneratedRegex(@"^(?:confidential|highly\s+confidential|company\s+confidential|strictly\s+confidential|restricted|internal|secret|top\s+secret)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelLevel();

    [GeneratedRegex(@"^(?:internal|internal\s+only|internal\s+use|internal-only|confidential|restricted)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubLabelAlone();

    [GeneratedRegex(@"(?:^|[^\w])((?:sensitive|general|confidential|highly\s+confidential|restricted|private|personal|official))\s*[-–—/\\|]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LevelBefore();

    [GeneratedRegex(@"^\s*[-–—/\\|]\s*(?:internal(?:\s+(?:only|use(?:\s+only)?))?|all\s+(?:employees|staff)|(?:employees|staff|recipients)\s+only|anyone(?:\s*\(unrestricted\))?|unrestricted|specified\s+people|trusted\s+people|partners|external|extended|any\s+user|no\s+protection|do\s+not\s+forward|encrypt[\s-]only|(?:staff|management)[\s-]in[\s-]confidence|confidential|restricted|project\s+(?-i:[A-Z])[\w-]*|(?-i:[A-Z][a-z]+)\s+only|(?-i:(?:[A-Z][a-z]+|[A-Z][A-Z&]{1,4})(?:\s+(?:[A-Z][a-z]+|[A-Z][A-Z&]{1,4}|&|and)){0,2}))(?=\s*(?:$|[.|),;:\]]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubLabel();

    [GeneratedRegex(@"^\s*(?:$|[.|),;:])")]
    private static partial Regex AfterLabel();
}
