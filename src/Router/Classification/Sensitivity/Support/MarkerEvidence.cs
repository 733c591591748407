using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Decides whether a classification marker labels the text it stands in (the evidence that a document is marked)
/// or is only talked about. Labels: a line of its own or a header/footer segment ("ACME | Internal only | p. 2"),
/// capitals ("CONFIDENTIAL board memo"), a field ("Classification: Confidential", 密级：机密), brackets (【内部资料】,
/// [Privileged]), or a sentence stating the status of this text ("This memo is strictly confidential", 本文件属于
/// 商业秘密). Never a label: a marker in quotes, or in a sentence that asks about it ("What does confidential mean?",
/// "how do I mark a document confidential", 什么是商业秘密).
/// </summary>
internal static partial class MarkerEvidence
{
    private const int SentenceWindow = 120;

    private static readonly SearchValues<char> Decoration = SearchValues.Create(" \t*#-=_~>|•·★☆■□◆◇▲►—–:：[]【】〔〕［］()（）<>/\\");
    private static readonly SearchValues<char> Separators = SearchValues.Create("-–—:：|/*•·・‧★☆;；()（）[]【】〔〕［］<>");
    private static readonly SearchValues<char> SoftSeparators = SearchValues.Create(",，、");
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?。！？\n");
    private const string OpenBrackets = "【[〔［(（<";
    private const string CloseBrackets = "】]〕］)）>";
    private const string Quotes = "'\"“”‘’「」『』《》`";

    private static readonly LabelSet QuestionCues = new(
        "what", "how", "why", "whether", "when should", "should i", "can i", "does", "meaning", "mean", "means", "define",
        "definition", "explain what", "difference between", "什么", "如何", "怎么", "怎样", "为什么", "是否", "何为", "含义", "意思",
        "哪些", "定义", "请解释", "解释一下", "区别");

    private static readonly LabelSet FieldLabels = new(
        "classification:", "classification：", "security classification", "data classification", "sensitivity:",
        "sensitivity label", "marking:", "protective marking", "label:", "status:", "distribution:", "handling:", "caveat:",
        "密级", "保密级别", "保密等级", "密级程度", "文件级别", "信息分类", "标密");

    private static readonly LabelSet HeaderPrefixes = new("subject:", "re:", "fw:", "fwd:", "title:", "主题：", "主题:", "标题：", "标题:");

    /// <summary>
    /// 'Translate: "Streng vertraulich – nur für den Vorstand. Übernahmeangebot …"': the marker opens a quoted text that runs
    /// on (IsQuoted has ruled out a short mention) and is set off from it by a dash, colon or full stop: the quoted document's
    /// own banner.
    /// </summary>
    private static bool OpensQuotedDocument(string text, int start, int end)
    {
        if (start == 0 || !Quotes.Contains(text[start - 1]))
        {
            return false;
        }
        var after = text.AsSpan(end).TrimStart(' ');
        return !after.IsEmpty && after[0] is '–' or '—' or '-' or ':' or '：' or '.' or '。' or '，' or ',';
    }

    /// <summary>
    /// The state-secret marking, level ★ period (秘密★一年, 机密★10年, 绝密★长期, 绝密★启用前): a form only a marked document
    /// carries, wherever it stands in the line.
    /// </summary>
    private static bool SecrecyPeriodFollows(string text, int start, int end)
    {
        if (text[end - 1] != '密' || end - start > 4)
        {
            return false;
        }
        var after = text.AsSpan(end).TrimStart(" \u3000");
        if (after.IsEmpty || after[0] is not ('★' or '☆' or '*' or '＊'))
        {
            return false;
        }
        after = after[1..].TrimStart(" \u3000");
        if (after.StartsWith("长期", StringComparison.Ordinal) || after.StartsWith("永久", StringComparison.Ordinal)
            || after.StartsWith("启用前", StringComparison.Ordinal))
        {
            return true;
        }
        var digits = 0;
        while (digits < after.Length && digits < 3 && (char.IsAsciiDigit(after[digits]) || "一二三四五六七八九十两".Contains(after[digits])))
        {
            digits++;
        }
        return digits > 0 && digits < after.Length && after[digits] is '年' or '个' or '月';
    }

    /// <summary>"is restricted to single-family dwellings", "access restricted on weekends": a limit, not a level.</summary>
    private static bool IsRestrictedToSomething(string text, int start, int end)
    {
        if (end - start != "restricted".Length || !text.AsSpan(start, end - start).Equals("restricted", StringComparison.OrdinalIgnoreCase)
            || (IsCapitalised(text, start, end) && !InFiction(text, start, end)))
        {
            return false;
        }
        var after = text.AsSpan(end).TrimStart(' ');
        foreach (var word in (ReadOnlySpan<string>)["to ", "from ", "on ", "in ", "by ", "for ", "under ", "access", "area"])
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Quoted right before or after: the marker is mentioned ("marked 'Confidential'"), not used. An opening quote before it
    /// with the quoted text running on ("Please proofread: \"EMBARGOED until 09:00 — The district will …\"") is the quoted
    /// document's own banner, not a mention.
    /// </summary>
    private static bool IsQuoted(string text, int start, int end)
    {
        // 'Footer on every page: "Internal use only — Acme Corp"': the quote gives this document's header or footer.
        if (start > 0 && Quotes.Contains(text[start - 1]) && QuotesOwnHeaderOrFooter(text, start - 1))
        {
            return false;
        }
        if (end < text.Length && Quotes.Contains(text[end]))
        {
            return true;
        }
        if (start == 0 || !Quotes.Contains(text[start - 1]))
        {
            return false;
        }
        // The quote's own closing mark: an apostrophe or a nested quote inside (the board's, 项目代号‘青鸟’) does not close it.
        var after = text.AsSpan(end, Math.Min(40, text.Length - end));
        var closers = ClosingQuotes(text[start - 1]);
        // '"INTERNAL USE ONLY. Q3 pipeline is $14m …"': a banner in capitals set off from twenty or more quoted characters.
        if (IsCapitalised(text, start, end) && after.TrimStart(' ') is [ '.' or ':' or '-' or '|', ..] && after.IndexOfAny(closers) is var shut && (shut < 0 || shut >= 20))
        {
            return false;
        }
        return after.IndexOfAny(closers) is var close && (close < 0 ? after.Length < 40 : close < 40);
    }

    private static ReadOnlySpan<char> ClosingQuotes(char open) => open switch
    {
        '“' => "”\"",
        '"' => "\"”",
        '‘' => "’'",
        '「' => "」",
        '『' => "』",
        '《' => "》",
        _ => Quotes,
    };

    // The quote opens right after a colon: the text a request hands over ("帮我校对：“…”"), not a word in a sentence.
    private static bool AfterTaskColon(string text, int open)
    {
        var before = text.AsSpan(0, open).TrimEnd(" \u3000");
        return !before.IsEmpty && before[^1] is '：' or ':';
    }

    /// <summary>
    /// '帮我校对：“绝密——新一代定价算法参数…”': the marker opens the quote and a dash sets it off from the quoted text (at least
    /// eight characters of it before the quote closes), a Han marker after a request's colon: the banner of the quoted document,
    /// however short.
    /// </summary>
    private static bool BannerDashInQuote(string text, int open, int end)
    {
        if (!HanText.IsHan(text[open + 1]) || !AfterTaskColon(text, open))
        {
            return false;
        }
        var after = text.AsSpan(end).TrimStart(" \u3000");
        // The view has every dash as '-'.
        if (after.IsEmpty || after[0] is not ('-' or '—' or '–'))
        {
            return false;
        }
        after = after.TrimStart("-—– \u3000");
        var close = after.IndexOfAny(ClosingQuotes(text[open]));
        return (close < 0 ? after.Length : close) >= 8;
    }

    /// <summary>
    /// '翻译成英文：「機密文件，嚴禁外傳」本公司明年…': after an instruction's colon, a short quote the marker opens, and then the
    /// text itself running on — the quoted banner of the document that follows, not a word talked about (…“机密”字样, “机密”是…).
    /// </summary>
    private static bool QuotedBannerBeforeText(string text, int open)
    {
        if (!AfterTaskColon(text, open))
        {
            return false;
        }
        var inside = text.AsSpan(open + 1, Math.Min(24, text.Length - open - 1));
        var close = inside.IndexOfAny(ClosingQuotes(text[open]));
        if (close < 0)
        {
            return false;
        }
        var rest = text.AsSpan(open + 1 + close + 1).TrimStart(" \u3000");
        if (rest.Length < 6 || "这這的等字是为為一两四几么麼吗嗎".Contains(rest[0]))
        {
            return false;
        }
        foreach (var c in rest[..6])
        {
            if (!HanText.IsHan(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// '文件首页盖章“商业秘密注意保存”：新配方…': the document is stamped with the quoted marker and its text follows the colon
    /// after the quote.
    /// </summary>
    private static bool StampedThenText(string text, int quote)
    {
        var before = text.AsSpan(0, quote).TrimEnd(" \u3000");
        if (!(before.EndsWith("盖章", StringComparison.Ordinal) || before.EndsWith("盖着", StringComparison.Ordinal)
            || before.EndsWith("盖有", StringComparison.Ordinal) || before.EndsWith("加盖", StringComparison.Ordinal)
            || before.EndsWith("印章", StringComparison.Ordinal)))
        {
            return false;
        }
        var inside = text.AsSpan(quote + 1, Math.Min(24, text.Length - quote - 1));
        var close = inside.IndexOfAny(ClosingQuotes(text[quote]));
        var after = close < 0 ? [] : text.AsSpan(quote + 1 + close + 1).TrimStart(" \u3000");
        return !after.IsEmpty && after[0] is '：' or ':';
    }

    private static readonly LabelSet HeaderFooterWords = new(
        "footer", "header", "page header", "page footer", "watermark", "stamp", "stamped", "banner", "letterhead", "页眉", "页脚", "水印", "抬头");

    // A header/footer word, then a colon, shortly before the opening quote on the same line.
    private static bool QuotesOwnHeaderOrFooter(string text, int quote)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, quote - 1)) + 1;
        var from = Math.Max(lineStart, quote - 40);
        var before = text.AsSpan(from, quote - from).TrimEnd(' ');
        return before.Length > 0 && before[^1] is ':' or '：' && HeaderFooterWords.NearestEnd(before) >= 0;
    }

    /// <summary>The marker's sentence ends in a question mark, or a question word comes before it in that sentence.</summary>
    private static bool IsAskedAbout(string text, int start, int end)
    {
        var sentenceStart = SentenceStart(text, start);
        var after = text.AsSpan(end, Math.Min(SentenceWindow, text.Length - end));
        var stop = after.IndexOfAny(SentenceEnds);
        var rest = stop < 0 ? after : after[..stop];
        return (stop >= 0 && after[stop] is '?' or '？')
            || rest.Contains('吗')
            || (HanText.IsHan(text[start]) && WordAskedAboutZh(text, end))
            || QuestionCues.NearestEnd(text.AsSpan(sentenceStart, start - sentenceStart)) >= 0;
    }

    private static bool IsBracketOnly(ReadOnlySpan<char> marker) =>
        marker.Length == 2 && (marker.SequenceEqual("内部") || marker.SequenceEqual("內部") || marker.SequenceEqual("保密"));

    private static bool IsWholeLine(string text, int start, int end)
    {
        var lineEnd = text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length;
        return OpensLine(text, start) && text.AsSpan(end, lineEnd - end).IndexOfAnyExcept(Decoration) < 0;
    }

    private static bool OpensLine(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var before = text.AsSpan(lineStart, start - lineStart);
        return before.IndexOfAnyExcept(Decoration) < 0 || (HeaderPrefixes.NearestEnd(before) is var h and >= 0 && before[h..].IndexOfAnyExcept(Decoration) < 0);
    }

    private static bool InBrackets(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        var after = text.AsSpan(end).TrimStart(' ');
        return before.Length > 0 && after.Length > 0 && OpenBrackets.Contains(before[^1]) && CloseBrackets.Contains(after[0]);
    }

    /// <summary>Written in capitals (every letter upper case, at least five of them): a banner, not a word in a sentence.</summary>
    private static bool IsCapitalised(string text, int start, int end)
    {
        var letters = 0;
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsUpper(c) ? 1 : 0;
        }
        return letters >= 5;
    }

    /// <summary>
    /// The marker is a line, or a segment of a header/footer line set off by separators: only decoration (or "Subject:")
    /// before it on the line, then the line's end or a separator; or a separator before it and the line's end (or
    /// another separator) after.
    /// </summary>
    // A bilingual heading gives the level twice ("Confidential 内部文件"): the English level alone before a Han marker opens the line.
    private static readonly string[] LatinLevels =
        ["confidential", "strictly confidential", "highly confidential", "internal", "internal only", "restricted", "top secret", "secret"];

    private static bool LatinLevelOnly(ReadOnlySpan<char> before)
    {
        var level = before.Trim(" \t*#-•[]【】|");
        foreach (var word in LatinLevels)
        {
            if (level.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool OwnsLineSegment(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start == 0)
        {
            lineStart = 0;
        }
        var lineEnd = text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length;
        var before = text.AsSpan(lineStart, start - lineStart);
        var after = text.AsSpan(end, lineEnd - end).TrimEnd();
        var cjk = text[start] >= '\u2E80';

        var startsLine = before.IndexOfAnyExcept(Decoration) < 0 || HeaderPrefixes.NearestEnd(before) == before.TrimEnd().Length && before.TrimEnd().Length <= 8
            || (cjk && LatinLevelOnly(before));
        var separatedBefore = before.TrimEnd(' ').Length > 0 && Separators.Contains(before.TrimEnd(' ')[^1]) && before.Length <= 80;
        var endsAfter = after.IndexOfAnyExcept(Decoration) < 0;
        var next = after.TrimStart(' ');
        var separatedAfter = next.Length > 0 && Separators.Contains(next[0]);

        if (startsLine && (endsAfter || separatedAfter || (next.Length > 0 && (SoftSeparators.Contains(next[0]) || next[0] is '!' or '！'))
            || (next.Length > 0 && next[0] is '.' or '。' && IsStrongLevel(text.AsSpan(start, end - start)))
            || (cjk && after.Length > 0 && after[0] == ' ') || StartsWithUntil(after) || StartsWithDocumentNoun(after)))
        {
            return true;
        }
        if ((endsAfter || separatedAfter) && OrganisationBefore(before, text.AsSpan(start, end - start)) && lineEnd - lineStart <= 100)
        {
            return true;
        }
        // "翻译成英文：机密文件：关于收购…": after an instruction's colon, the marker naming the document and then a separator
        // opens the text to work on.
        return separatedBefore && (((endsAfter || separatedAfter) && lineEnd - lineStart <= 160) || (cjk && NamesDocumentThenColon(after)));
    }

    /// <summary>
    /// "Contoso Confidential" in a footer ("© 2026 Contoso Ltd | Contoso Confidential | p. 4"): one to three capitalised words,
    /// the company, open the line or follow a separator, and the marker, written with a capital, ends the segment.
    /// </summary>
    private static bool OrganisationBefore(ReadOnlySpan<char> before, ReadOnlySpan<char> marker)
    {
        // "Acme Company Confidential |": the longest marker there is "company confidential".
        if (marker.IsEmpty || !char.IsUpper(marker[0]) || !marker.Contains("confidential", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var segment = before[(before.LastIndexOfAny(Separators) + 1)..].Trim(' ');
        if (segment.IsEmpty || segment.Length > 40 || segment[^1] == '.')
        {
            return false;
        }
        var words = 0;
        foreach (var range in segment.Split(' '))
        {
            var word = segment[range];
            if (word.IsEmpty || !char.IsUpper(word[0]) || word.ContainsAnyExcept(OrganisationChars))
            {
                return false;
            }
            words++;
        }
        return words is >= 1 and <= 3;
    }

    private static readonly SearchValues<char> OrganisationChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&.'-");

    /// <summary>
    /// A banner that names the document: "Confidential draft v3", "Internal only memo", 机密文件 (then the line's end or
    /// a separator, so a title about such documents, 机密文件管理办法 or "confidential memo template", is not one).
    /// </summary>
    private static bool StartsWithDocumentNoun(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty)
        {
            return false;
        }
        if (HanText.IsHan(after[0]))
        {
            var noun = DocumentNounZh(after);
            return noun > 0 && (after.Length == noun || Separators.Contains(after[noun]) || SoftSeparators.Contains(after[noun]) || after[noun] is ' ' or '\n' or '。');
        }
        if (after[0] != ' ')
        {
            return false;
        }
        var rest = after.TrimStart(' ');
        var wordEnd = rest.IndexOfAny(WordEnds) is var e and >= 0 ? e : rest.Length;
        var next = rest[wordEnd..].TrimStart(' ');
        var nextWord = next[..(next.IndexOfAny(WordEnds) is var f and >= 0 ? f : next.Length)];
        return DocumentNouns.Contains(rest[..wordEnd]) && !AboutDocumentsWords.Contains(nextWord);
    }

    private static bool NamesDocumentThenColon(ReadOnlySpan<char> after)
    {
        var noun = DocumentNounZh(after);
        return noun > 0 && (after.Length == noun || after[noun] is '：' or ':' or '—' or '\n');
    }

    private static readonly SearchValues<char> WordEnds = SearchValues.Create(" \t,.;:!?-–—()[]\n");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNouns = new HashSet<string>(
    [
        "memo", "memorandum", "draft", "report", "document", "minutes", "briefing", "brief", "proposal", "note", "notes",
        "letter", "paper", "deck", "presentation", "email", "attachment", "file", "plan", "agreement", "analysis",
        "release", "announcement", "statement", "update", "forecast", "budget", "roadmap", "contract", "spreadsheet", "slides",
        "pdf", "term", "offer", "pack", "circular", "bulletin",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Confidential memo template": a text about such documents, not one.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AboutDocumentsWords = new HashSet<string>(
    [
        "template", "templates", "policy", "policies", "sample", "samples", "example", "examples", "guidelines", "guide",
        "management", "handling", "format", "formats",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool StartsWithUntil(ReadOnlySpan<char> after) =>
        after.StartsWith(" until ", StringComparison.OrdinalIgnoreCase) || after.StartsWith(" till ", StringComparison.OrdinalIgnoreCase);

    private static bool AfterFieldLabel(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = text.AsSpan(lineStart, start - lineStart).TrimEnd(" \t:：");
        var windowStart = Math.Max(0, before.Length - 32);
        var label = FieldLabels.NearestEnd(before[windowStart..]);
        return label >= 0 && IsFieldValueStart(before[(windowStart + label)..]);
    }

    /// <summary>"This memo is strictly confidential", "the attached report contains trade secrets", 本文件属于商业秘密, 这是一份机密文件.</summary>
    private static bool StatesStatus(string text, int start, int end)
    {
        var sentenceStart = SentenceStart(text, start);
        var before = text.AsSpan(sentenceStart, start - sentenceStart);
        if (before.Length > 80)
        {
            before = before[^80..];
        }
        return text[start] < '\u2E80'
            ? StatusSentence().IsMatch(before)
            : StatusSentenceZh().IsMatch(before) || (DeixisZh().IsMatch(before) && FollowedByDocumentNoun(text, end))
                || (IsPredicateMarkerZh(text.AsSpan(start, end - start)) && SubjectZh().IsMatch(before));
    }

    // "这份材料涉密", "本文件禁止发布", "本报告不对外发布": markers that are the predicate of a sentence about this text.
    private static bool IsPredicateMarkerZh(ReadOnlySpan<char> marker) =>
        marker.SequenceEqual("涉密") || marker.EndsWith("发布", StringComparison.Ordinal) || marker.EndsWith("特权", StringComparison.Ordinal)
        || marker.EndsWith("披露", StringComparison.Ordinal);

    private static bool FollowedByDocumentNoun(string text, int end) => FollowedByDocumentNoun(text.AsSpan(end));

    private static bool FollowedByDocumentNoun(ReadOnlySpan<char> after) => DocumentNounZh(after) > 0;

    /// <summary>The length of the Han document noun <paramref name="after"/> starts with (文件, 资料, 报告 …), or 0.</summary>
    internal static int DocumentNounLength(ReadOnlySpan<char> after) => DocumentNounZh(after);

    private static int DocumentNounZh(ReadOnlySpan<char> after)
    {
        foreach (var noun in (ReadOnlySpan<string>)["文件", "资料", "材料", "信息", "文档", "邮件", "内容", "报告", "纪要", "档案"])
        {
            if (after.StartsWith(noun, StringComparison.Ordinal))
            {
                return noun.Length;
            }
        }
        return 0;
    }

    [GeneratedRegex("""
        \b(?:this|these|the\s+following|following|the\s+attached|attached|the\s+enclosed|enclosed|below|herein)
        (?:\s+[\w'-]+){0,5}?\s+
        (?:is|are|remains?|contains?|includes?|marked|classified|designated|treated|considered|deemed)
        (?:\s+(?:as|strictly|highly|extremely|very|being|legally|company|sensitive|and|made|written|sent|given|offered|put\s+forward))*\s*$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex StatusSentence();

    // Traditional spellings too (本報告為公司機密, 這份文件屬於商業機密).
    // Cantonese deixis too (呢份係公司內部文件, 呢啲係內部資料).
    [GeneratedRegex("(?:本|此|该|該|以下|下述|上述|下面|这份|這份|这些|這些|这个|這個|这条|這條|这段|這段|这是|這是|附件|呢份|呢個|呢个|呢啲|呢封|呢段)[^。！？\n]{0,20}?(?:为|為|属于|屬於|属|屬|系|係|列为|列為|标记为|標記為|涉及|定为|定為|是|含有|包含|含|载有|載有|包括)(?:公司|本公司|我司|本行|我行|本所|我所|本集团|本集團|本院|本单位|本單位)?的?$")]
    private static partial Regex StatusSentenceZh();

    // "这份材料涉密": the marker is the predicate of this text's subject.
    [GeneratedRegex("(?:本|此|该|这份|这个|这些|这条|这段|以下|下面)[^。！？\n，,]{0,8}$")]
    private static partial Regex SubjectZh();

    [GeneratedRegex("(?:这是|這是|本|此|该|該|附件为|附件為)(?:一份|一封|份|封)?$")]
    private static partial Regex DeixisZh();

    private static int SentenceStart(string text, int start)
    {
        var from = Math.Max(0, start - SentenceWindow);
        var at = text.AsSpan(from, start - from).LastIndexOfAny(SentenceEnds);
        return at < 0 ? from : from + at + 1;
    }
}
