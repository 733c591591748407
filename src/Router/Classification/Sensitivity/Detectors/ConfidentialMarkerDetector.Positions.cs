using System.Buffers;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A restriction quoted as where it stands on the document, or led by a colon after that place (sixteenth author, zh): 表头有
/// “薪酬保密”字样, 抬头“院内文件 请勿上网”, 顶部“禁发至 3 月 2 日 12 时”, 水印都是“严禁外传 违者追责”, 权限标签是“机密-仅限研发组”,
/// 也会标“内部资料不对外”, 文档页眉：内部资料注意保存; or handed over or said aloud (下面是居委会“内部工作材料，请勿外传”, 转来的：
/// “先别往外说，内部消息：…”). One rule for the family: a restriction inside a short quote (or right after a place word's colon),
/// and a document-position word, a marking verb or a handing-over word just before the quote (字样, 水印, 章 just after it
/// counts too). A question, a rule or a how-to in the clause (保密协议怎么写, 凡标“机密”的文件必须…, 怎么给 PPT 加水印) is about
/// markings, not a marked text.
/// </summary>
internal sealed partial class ConfidentialMarkerDetector
{
    // Restriction phrases as they stand inside such a quote (folded to simplified characters): levels, keep-inside words, the
    // bans on passing the text on, posting it or publishing it early. Permissions (可以外传, 欢迎转发) hold none of them, and
    // neither does 仅限/仅供 alone, which limits a product or a room as often (仅限堂食, 仅限会员参加, 仅限员工进入).
    private static readonly string[] RestrictionCuesZh =
    [
        "保密", "机密", "绝密", "秘密", "不对外", "内部资料", "内部文件", "内部材料", "内部工作", "内部消息", "内部使用", "内部传阅", "内部参考",
        "院内文件", "校内文件", "所内文件", "勿外传", "禁外传", "得外传", "止外传", "别外传", "要外传", "勿外泄",
        "禁外泄", "得外泄", "勿外流", "勿转发", "止转发", "得转发", "勿上网", "止上网", "得上网", "禁发", "往外说", "说出去", "违者追责",
        "勿复印", "得复印",
        // Nineteenth pass: the ban prefixes, each read only with a disclosure verb after it (ConfidentialMarkerDetector.Composed).
        "请勿", "不得", "禁止", "严禁", "切勿", "不准", "不要", "先别", "别",
    ];

    private static readonly SearchValues<string> RestrictionCues = SearchValues.Create(RestrictionCuesZh, StringComparison.Ordinal);

    // Just before the quote (in its clause): where on the document the phrase stands, or the text being handed over.
    private static readonly string[] PlaceWordsZh =
    [
        "表头", "抬头", "页眉", "页脚", "页尾", "顶部", "底部", "顶端", "水印", "标签", "密级", "封面", "首页", "文头", "版头", "题头", "角标",
        "右上角", "左上角", "落款", "下面是", "以下是", "下面这份", "转来的", "转发的", "发来的", "传来的",
        "转来", "转发过来", "发过来", "传过来", "转过来", // nineteenth pass: handed over (工作群里转来一句：“…”)
    ];

    // Right before the opening quote: the document was marked so (标“…”, 盖着“…”, 写着“…”).
    private static readonly string[] MarkingVerbsZh = ["标", "标着", "标了", "标有", "标注", "标上", "盖着", "盖有", "盖了", "印着", "印有", "写着", "写有", "说：", "说:",
        "标记", "标记为", "标为", "标明", "注明", "写明", "写的是"];

    // Right after the closing quote: the phrase is printed or stamped on the page (“…”字样, “…”水印, “…”章).
    private static readonly string[] PrintedAfterZh = ["字样", "的字样", "水印", "的水印", "章", "的章", "印章", "戳", "标签", "的标签"];

    // 目标, 商标, 指标…: 标 ending another word, not the marking verb.
    private const string NotMarkingBeforeBiao = "目商指坐路锦夺招投达中竞航浮音";

    private static readonly string[] QuestionOrRuleZh =
    [
        "？", "?", "吗", "什么", "怎么", "如何", "怎样", "为什么", "是否", "能否", "可否", "哪些", "哪种", "规定", "制度", "应当", "必须", "凡是",
        "一律", "如果", "教程", "可以外传", "可外传", "欢迎转发",
    ];

    // Inside the quote: a restriction lifted or only advice (不必保密, 仅供参考).
    private static readonly string[] LiftedZh = ["不必", "无需", "不用", "无须", "解除", "已解密", "仅供参考", "仅供学习", "仅供娱乐", "仅供欣赏"];

    // A level word heading a topic (保密协议, 保密制度, 机密文件管理办法): about secrecy, not a marking of this text.
    private static readonly string[] TopicWordsZh = ["协议", "制度", "条款", "义务", "措施", "原则", "培训", "意识", "承诺", "管理办法", "保密法", "法律", "法规"];

    private const string OpenQuotesZh = "“「『\"";
    private const string ClauseEndsZh = "。！？!?\n";

    // Every restriction this rule reads starts within 24 characters after an opening quote or 8 after a colon: those
    // characters are found first (one vectorised character search), and the cues are looked for only in the short run after
    // each, where a string search over the whole Han text cost the detector a third more on Chinese samples.
    private const string Openers = "“「『\"：:（(【";

    private static readonly int LongestCue = RestrictionCuesZh.Max(c => c.Length);

    private static void AddPositionedRestrictionsZh(string text, List<TextSpan> found)
    {
        var lastCue = -1;
        for (var from = 0; from < text.Length;)
        {
            var opener = text.AsSpan(from).IndexOfAny(Openers);
            if (opener < 0)
            {
                return;
            }
            opener += from;
            from = opener + 1;
            if (text[opener] is '（' or '(' or '【')
            {
                if (BracketedRestrictionZh(text, opener) is { } bracketed)
                {
                    found.Add(bracketed);
                    return;
                }
                continue;
            }
            var reach = text[opener] is '：' or ':' ? 8 : 24;
            var runStart = Math.Max(opener + 1, lastCue + 1);
            var runEnd = Math.Min(text.Length, opener + 1 + reach + LongestCue);
            for (var at = runStart; at < runEnd && at <= opener + reach;)
            {
                var hit = text.AsSpan(at, runEnd - at).IndexOfAny(RestrictionCues);
                if (hit < 0 || at + hit > opener + reach)
                {
                    break;
                }
                var cue = at + hit;
                at = cue + 1;
                lastCue = cue;
                if (BareLevelRunsOn(text, cue) || (StartsWithAnyWord(text.AsSpan(cue), BanPrefixesZh) && !BanAt(text, cue, out _)))
                {
                    continue;
                }
                if ((QuotedAtPlace(text, cue) ?? ColonAfterPlace(text, cue)) is { } phrase)
                {
                    found.Add(phrase);
                    return;
                }
            }
        }
    }

    /// <summary>The quote the restriction at <paramref name="cue"/> opens or stands early in, where a place word or a marking
    /// verb comes just before the quote (or a print word just after it), in a clause that asks and rules nothing.</summary>
    private static TextSpan? QuotedAtPlace(string text, int cue)
    {
        var from = Math.Max(0, cue - 24);
        var open = text.AsSpan(from, cue - from).LastIndexOfAny(OpenQuotesZh);
        if (open < 0)
        {
            return null;
        }
        open += from;
        if (text.AsSpan(open + 1, cue - open - 1).IndexOfAny("”」』\n。！？") >= 0)
        {
            return null;
        }
        var closers = text[open] switch { '「' => "」", '『' => "』", '"' => "\"”", _ => "”\"" };
        var rest = text.AsSpan(cue, Math.Min(48, text.Length - cue));
        var close = rest.IndexOfAny(closers);
        if (close < 0 || rest[..close].IndexOf('\n') >= 0)
        {
            return null;
        }
        close += cue;
        var inside = text.AsSpan(open + 1, close - open - 1);
        if (ContainsAnyWord(inside, LiftedZh) || ContainsAnyWord(inside, TopicWordsZh) || ListsLevels(inside))
        {
            return null;
        }
        var clauseStart = Math.Max(0, text.AsSpan(0, open).LastIndexOfAny(ClauseEndsZh) + 1);
        var windowStart = Math.Max(clauseStart, open - 16);
        var before = text.AsSpan(windowStart, open - windowStart).TrimEnd(" \u3000");
        var after = text.AsSpan(close + 1, Math.Min(4, text.Length - close - 1));
        var marked = ContainsAnyWord(before, PlaceWordsZh) || EndsWithMarkingVerb(before) || StartsWithAnyWord(after, PrintedAfterZh)
            || (HandedOverBan(inside, before) && !WordedZh(before, text.AsSpan(close + 1, Math.Min(6, text.Length - close - 1))));
        return marked && !ClauseAsksOrRules(text, clauseStart, open, close) && !TalkedAbout(text, open, close) ? new TextSpan(open + 1, close) : null;
    }

    /// <summary>文档页眉：内部资料注意保存 — a place word, its colon, and the restriction within the first few characters after it.</summary>
    private static TextSpan? ColonAfterPlace(string text, int cue)
    {
        var from = Math.Max(0, cue - 8);
        var colon = text.AsSpan(from, cue - from).LastIndexOfAny('：', ':');
        if (colon < 0)
        {
            return null;
        }
        colon += from;
        if (text.AsSpan(colon + 1, cue - colon - 1).IndexOfAnyExcept(" \u3000") is var gap and >= 0 && !HanOnly(text.AsSpan(colon + 1 + gap, cue - colon - 1 - gap)))
        {
            return null;
        }
        var clauseStart = Math.Max(0, text.AsSpan(0, colon).LastIndexOfAny(ClauseEndsZh + "，,") + 1);
        var labelStart = Math.Max(clauseStart, colon - 8);
        var label = text.AsSpan(labelStart, colon - labelStart).TrimEnd(" \u3000");
        if (!EndsWithAnyWord(label, PlaceWordsZh))
        {
            return null;
        }
        var end = text.AsSpan(cue).IndexOfAny("。，,；;\n！？!?");
        end = end < 0 ? text.Length : cue + end;
        var phrase = text.AsSpan(colon + 1, end - colon - 1);
        return end - colon <= 24 && !ContainsAnyWord(phrase, TopicWordsZh) && !ContainsAnyWord(phrase, LiftedZh)
            && !ClauseAsksOrRules(text, clauseStart, colon, end) && !TalkedAbout(text, colon, Math.Max(colon, end - 1)) ? new TextSpan(colon + 1, end) : null;
    }

    // The bare levels, which also open titles and names (封面“秘密花园”, 封面：秘密花园): they count only ending the phrase or set
    // off from what follows, or before a keeping phrase, a document noun, 级 or ★ (“机密-仅限研发组”, “商业秘密 请勿复印”, 秘密★一年).
    private static readonly string[] BareLevelsZh = ["保密", "机密", "绝密", "秘密"];

    private static readonly string[] LevelContinuationsZh =
        ["注意", "请勿", "严禁", "禁止", "不得", "切勿", "妥善", "文件", "资料", "材料", "级", "★", "☆", "仅限", "仅供", "不对外", "勿"];

    private static bool BareLevelRunsOn(string text, int at)
    {
        foreach (var level in BareLevelsZh)
        {
            if (text.AsSpan(at).StartsWith(level, StringComparison.Ordinal))
            {
                var next = at + level.Length;
                return next < text.Length && Support.HanText.IsHan(text[next]) && !StartsWithAnyWord(text.AsSpan(next), LevelContinuationsZh);
            }
        }
        return false;
    }

    // Around the quote: a story, a template, a news item, a marking made by mistake, a seal described (小说里…标注“绝密”的档案,
    // 合同范本，页脚写着“…”，正文留空, 新闻报道说…标注“机密”的文件被泄露, 误标「机密」, 印章上写着“…”): a marking talked about.
    private static readonly string[] TalkedAboutZh =
    [
        "小说", "故事", "剧本", "电影", "电视剧", "主角", "续写", "模板", "范本", "样板", "示例", "留空", "误标", "标错", "新闻", "报道", "泄露",
        "曝光", "传闻", "印章", "图章",
    ];

    // Right after the quote: the marking is being taken off (“机密”字样去掉).
    private static readonly string[] RemovedZh = ["去掉", "删掉", "删除", "去除", "撤销", "撤掉", "取消"];

    // “秘密、机密、绝密”: several levels listed in one quote name the scale (a question about 密级), they mark no document.
    private static bool ListsLevels(ReadOnlySpan<char> inside)
    {
        if (inside.IndexOfAny("、，,/") < 0)
        {
            return false;
        }
        var levels = 0;
        foreach (var level in BareLevelsZh)
        {
            levels += inside.Contains(level, StringComparison.Ordinal) ? 1 : 0;
        }
        return levels >= 2;
    }

    private static bool TalkedAbout(string text, int open, int close)
    {
        var from = Math.Max(0, open - 40);
        var to = Math.Min(text.Length, close + 1 + 40);
        var soon = Math.Min(text.Length, close + 1 + 8);
        return TalksAbout(text.AsSpan(from, open - from)) || TalksAbout(text.AsSpan(close + 1, to - close - 1))
            || ContainsAnyWord(text.AsSpan(close + 1, soon - close - 1), RemovedZh);
    }

    // 新闻 names a news story, but 新闻稿 / 新闻通稿 is the press release being marked (nineteenth pass: 新闻稿顶部“禁发至…”).
    private static bool TalksAbout(ReadOnlySpan<char> window)
    {
        foreach (var word in TalkedAboutZh)
        {
            for (var at = window.IndexOf(word, StringComparison.Ordinal); at >= 0;)
            {
                var next = at + word.Length;
                if (word != "新闻" || next >= window.Length || window[next] is not ('稿' or '通'))
                {
                    return true;
                }
                var again = window[next..].IndexOf(word, StringComparison.Ordinal);
                at = again < 0 ? -1 : next + again;
            }
        }
        return false;
    }

    // Nineteenth pass: a ban quoted as the words of a handed-over document (这是社区的“内部工作材料，请勿外传”, 下面这段是街道办“…”):
    // the ban and a document or status word inside, or the quote owned by what comes before (…的“…”, …是“…”).
    private static readonly string[] QuotedDocumentWordsZh = ["内部", "保密", "机密", "文件", "资料", "材料", "稿", "报价", "数据", "消息", "本"];

    // 帮我把“…”翻译成英文, “…”用英语怎么说: the phrase itself is the thing worked on, not a document's words.
    private static bool WordedZh(ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        before.EndsWith("把", StringComparison.Ordinal) || before.EndsWith("将", StringComparison.Ordinal) || before.EndsWith("翻译", StringComparison.Ordinal)
        || before.EndsWith("翻译：", StringComparison.Ordinal) || StartsWithAnyWord(after, ["翻译", "译成", "改成", "换成", "用英", "怎么", "这句", "这几个字", "这个说法"]);

    private static bool HandedOverBan(ReadOnlySpan<char> inside, ReadOnlySpan<char> before) =>
        ContainsBan(inside) && (ContainsAnyWord(inside, QuotedDocumentWordsZh) || before.EndsWith("的", StringComparison.Ordinal) || before.EndsWith("是", StringComparison.Ordinal));

    // The clause around the marking (up to 30 characters after it) asks about it, lays down a rule or gives a permission.
    private static bool ClauseAsksOrRules(string text, int clauseStart, int open, int close)
    {
        var afterEnd = text.AsSpan(close).IndexOfAny(ClauseEndsZh) is var stop and >= 0 ? close + stop + 1 : text.Length;
        afterEnd = Math.Min(afterEnd, Math.Min(text.Length, close + 30));
        return ContainsAnyWord(text.AsSpan(clauseStart, open - clauseStart), QuestionOrRuleZh)
            || ContainsAnyWord(text.AsSpan(close, afterEnd - close), QuestionOrRuleZh);
    }

    private static bool EndsWithMarkingVerb(ReadOnlySpan<char> before)
    {
        foreach (var verb in MarkingVerbsZh)
        {
            if (before.EndsWith(verb, StringComparison.Ordinal))
            {
                return verb != "标" || before.Length < 2 || !NotMarkingBeforeBiao.Contains(before[^2]);
            }
        }
        return false;
    }

    private static bool HanOnly(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (!Support.HanText.IsHan(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ContainsAnyWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsWithAnyWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithAnyWord(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
