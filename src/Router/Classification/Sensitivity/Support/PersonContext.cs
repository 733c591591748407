using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// What makes a named person in a text a private person's record rather than a public figure, a fictional
/// character or a template: the shared vetoes of the personal-data detectors.
/// </summary>
internal static class PersonContext
{
    internal static readonly CueSet Fiction = new(
        "novel*", "story", "stories", "fiction*", "character*", "film*", "movie*", "villain*", "hero", "heroine", "protagonist*",
        "fairy tale", "screenplay", "song*", "album*", "lyric*", "poem*", "painting*", "sing", "sings", "singing", "sang", "band", "TV series", "series finale", "sitcom", "episode", "comic*", "anime", "video game", "in the book",
        "小说", "故事", "角色", "主角", "主人公", "电视剧", "电影", "剧中", "剧里", "动漫", "漫画", "童话", "游戏里", "歌曲", "歌词", "专辑", "《");

    private static readonly string[] QuestionOpeners =
    [
        "what", "who", "whom", "when", "where", "why", "how", "which", "did", "does", "do", "was", "were", "is", "are", "tell me",
        "explain", "describe", "write a biography", "write a short biography", "give me", "list",
    ];

    private static readonly CueSet ChineseQuestion = new("什么", "为什么", "哪", "吗", "怎么", "如何", "多少", "介绍", "谁", "是否", "几");

    // Signs that the text is about someone the writer deals with, not someone in the news or history books.
    private static readonly CueSet PrivateSignals = new(
        "my", "our", "we", "us", "mine", "draft", "rewrite", "translate", "reply", "respond to", "write to", "write a letter",
        "write an email", "email to", "letter to", "note to", "remind*", "notify", "inform", "summarize the", "summarise the",
        "summarize this", "help me", "patient", "customer", "client", "employee", "applicant", "borrower", "tenant", "recipient",
        "colleague", "coworker", "co-worker", "member", "resident", "staff", "name:", "dob", "d.o.b", "date of birth", "mg", "years old",
        "year-old", "aged",
        "我", "我们", "帮我", "请", "通知", "邮件", "回复", "起草", "润色", "翻译", "患者", "病人", "客户", "员工", "同事", "借款人", "收件人",
        "租户", "应聘", "姓名", "性别", "岁", "出生日期", "病历", "记录", "档案", "工资条",
        // Chinese questions about someone the writer deals with: this month's pay, "should we", the boss or the class.
        "这个月", "上个月", "下个月", "本月", "上周", "下周", "这周", "昨天", "明天", "今晚", "要不要", "该不该", "能不能", "怎么办",
        "老板", "领导", "孩子", "家长", "同学", "麻烦", "帮忙", "咱们", "您", "你好", "他家", "她家", "账户", "余额", "房贷", "月供",
        "提成", "借条", "你知道吗", "听说");

    // A public role next to a name: "Microsoft CEO Satya Nadella", "Senator …", "董事长马云".
    private static readonly CueSet PublicRoles = new(
        "CEO", "CFO", "CTO", "founder", "co-founder", "chairman", "chairwoman", "president", "prime minister", "minister", "senator",
        "governor", "mayor", "congressman", "congresswoman", "king", "queen", "prince", "princess", "pope", "actor", "actress",
        "singer", "rapper", "author", "novelist", "poet", "composer", "painter", "artist", "player", "coach", "striker", "quarterback",
        "champion", "olympian", "filmmaker", "celebrity", "billionaire", "scientist", "physicist", "philosopher",
        "emperor", "spokesperson", "spokesman", "said in a statement", "told reporters", "famous", "historian",
        "董事长", "总裁", "创始人", "首席执行官", "主席", "总统", "总理", "部长", "省长", "市长", "演员", "歌手", "作家", "诗人", "球星",
        "运动员", "导演", "院士", "科学家", "皇帝", "将军", "明星", "影帝", "影后", "冠军", "教练", "发言人");

    public static bool IsPublicFigure(string text, TextSpan name)
    {
        var start = Math.Max(0, name.Start - 30);
        var end = Math.Min(text.Length, name.End + 25);
        return PublicRoles.Any(text.AsSpan(start, name.Start - start)) || PublicRoles.Any(text.AsSpan(name.End, end - name.End));
    }

    /// <summary>Fictional works or a fill-in template: names there are nobody's data.</summary>
    public static bool IsFictionOrTemplate(string text) => Fiction.Any(text) || HasPlaceholder(text);

    /// <summary>
    /// A short general question ("What illness did Chopin die of?", "鲁迅是因为什么病去世的？") with nothing that
    /// points at a private person: the policy's public figures and historical persons.
    /// </summary>
    public static bool IsGeneralQuestion(string text)
    {
        if (text.Length > 240)
        {
            return false;
        }
        var question = text.Contains('?') || text.Contains('？') || StartsWithOpener(text.AsSpan().TrimStart()) || ChineseQuestion.Any(text);
        return question && !PrivateSignals.Any(text) && !HasAmountOrDate(text);
    }

    private static bool StartsWithOpener(ReadOnlySpan<char> text)
    {
        foreach (var opener in QuestionOpeners)
        {
            if (text.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && (text.Length == opener.Length || !char.IsLetter(text[opener.Length])))
            {
                return true;
            }
        }
        return false;
    }

    // A concrete amount, dose, age or full date points at a record ("$3,215", "3200元"; "45岁" is a signal already).
    private static bool HasAmountOrDate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '$' or '£' or '€' or '¥' or '￥' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                return true;
            }
            if (char.IsAsciiDigit(text[i]) && i + 2 < text.Length && text[i + 1] is '/' or '-' or '.' && char.IsAsciiDigit(text[i + 2])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1]) || i + 3 < text.Length))
            {
                return true;
            }
            // "3200元", "500块" are a household's amounts (a year, "2015年", is not; "1000万" is more often a public figure's).
            if (char.IsAsciiDigit(text[i]) && i + 1 < text.Length && text[i + 1] is '元' or '块')
            {
                return true;
            }
        }
        return false;
    }

    // Placeholder openings as vectorised searches (case matters for some): "{{name}}", "[Name]", "XXX", "{客户}". The
    // Han ones are looked for only where an opening bracket is (one search over Han values is far slower).
    private static readonly SearchValues<string> PlaceholdersAnyCase = SearchValues.Create(
        ["[Name", "{name", "{first", "<name", "[Customer", "[Patient"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PlaceholdersExact = SearchValues.Create(["{{", "XXX"], StringComparison.Ordinal);

    private static readonly SearchValues<string> HanPlaceholders = SearchValues.Create(["{客户", "{姓名", "【姓名"], StringComparison.Ordinal);

    internal static bool HasPlaceholder(string text)
    {
        var span = text.AsSpan();
        return span.ContainsAny(PlaceholdersExact) || span.ContainsAny(PlaceholdersAnyCase)
            || (span.ContainsAny('{', '【') && span.ContainsAny(HanPlaceholders));
    }
}
