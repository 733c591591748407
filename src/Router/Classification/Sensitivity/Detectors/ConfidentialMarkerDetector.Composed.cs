using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Nineteenth pass (zh): a restriction phrase put together from parts — a disclosure ban (请勿/不得/禁止/严禁/切勿/别 + 外传,
/// 转发, 披露, 传播, 发布 …, with 向第三方 or the like between), a status word (保密, 机密, 内部, 特权, 商业秘密, 未公开) and an
/// audience limiter (仅限/仅供/只限 + a body, reading or not) — so that combinations nobody listed work. It labels the text in
/// brackets attached to the document (评审意见汇总（保密，仅限专家组成员查阅）：…, 以下为未发布的经营数据（发布前禁止传播）：…),
/// quoted as a handed-over document's own words (这是社区的“内部工作材料，请勿外传”), or as a first-person claim that the text
/// that follows is our secret (这是我们的商业秘密——…). English: MarkerEvidence.FindComposedRestriction.
/// </summary>
internal sealed partial class ConfidentialMarkerDetector
{
    private static readonly string[] BanPrefixesZh = ["请勿", "不得", "禁止", "严禁", "切勿", "不准", "不要", "先别", "别", "勿", "不可"];

    // What a text must not be: passed on, leaked, published, posted, copied. Not 转载 (a copyright line on every blog post).
    private static readonly string[] DisclosureVerbsZh =
    [
        "外传", "外发", "外泄", "外流", "外借", "披露", "透露", "传播", "扩散", "转发", "转传", "泄露", "泄漏", "对外", "发布", "公布", "公开", "上网",
        "声张", "往外", "说出去", "复印", "复制", "拷贝", "拍照", "截图", "报道", "刊发", "带出", "提供给", "告诉",
        // Or the outsiders it is kept from, whatever the verb (不得向第三方提供, 请勿给外人看).
        "第三方", "外人", "他人", "其他单位",
    ];

    /// <summary>A ban prefix at <paramref name="at"/> and a disclosure verb within the next few characters (请勿向第三方披露).</summary>
    private static bool BanAt(ReadOnlySpan<char> text, int at, out int end)
    {
        end = 0;
        foreach (var prefix in BanPrefixesZh)
        {
            if (!text[at..].StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var from = at + prefix.Length;
            var window = text.Slice(from, Math.Min(9, text.Length - from));
            var stop = window.IndexOfAny("，,。；;！？\n”」』）)");
            if (stop >= 0)
            {
                window = window[..stop];
            }
            foreach (var verb in DisclosureVerbsZh)
            {
                if (window.IndexOf(verb, StringComparison.Ordinal) is var v and >= 0)
                {
                    end = from + v + verb.Length;
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    private static bool ContainsBan(ReadOnlySpan<char> segment)
    {
        for (var i = 0; i < segment.Length; i++)
        {
            if (BanAt(segment, i, out _))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] StatusWordsZh = ["保密", "机密", "绝密", "秘密", "内部", "特权", "未公开", "未发布", "敏感", "内参"];

    // An audience limiter reading or not (仅限评标委员会, 仅供专家组成员查阅) but not one that buys, enters or eats (仅限堂食,
    // 仅限会员参加, 仅限内部员工购买): those limit a product or a room.
    private static readonly string[] AudiencePrefixesZh = ["仅限", "仅供", "只限", "只供", "限于"];
    private static readonly string[] NotReadingZh = ["购买", "使用", "参加", "进入", "报名", "领取", "堂食", "入内", "外带", "兑换", "乘坐", "停车", "参考", "学习", "娱乐", "欣赏"];

    private static readonly string[] ReadingVerbsZh = ["阅", "知悉", "传看", "过目"];

    /// <summary>0 without an audience limiter, 1 with one, 2 with one that reads (仅限党委委员阅, 仅供双方查阅): that alone restricts the text.</summary>
    private static int AudienceIn(ReadOnlySpan<char> segment)
    {
        foreach (var prefix in AudiencePrefixesZh)
        {
            var at = segment.IndexOf(prefix, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }
            var rest = segment[(at + prefix.Length)..];
            var stop = rest.IndexOfAny("，,。；;、");
            var limit = stop < 0 ? rest : rest[..stop];
            return ContainsAnyWord(limit, NotReadingZh) ? 0 : ContainsAnyWord(limit, ReadingVerbsZh) ? 2 : 1;
        }
        return 0;
    }

    /// <summary>Ban, or two parts among status words and an audience (保密，仅限…; 律师-客户保密通讯，享有拒绝披露特权).</summary>
    private static bool ComposesZh(ReadOnlySpan<char> segment)
    {
        if (ContainsBan(segment))
        {
            return true;
        }
        var parts = AudienceIn(segment);
        foreach (var word in StatusWordsZh)
        {
            parts += segment.Contains(word, StringComparison.Ordinal) ? 1 : 0;
        }
        return parts >= 2;
    }

    // A bracket attached to what it marks: right after the document's name, and the text or the request after it.
    private static TextSpan? BracketedRestrictionZh(string text, int open)
    {
        var closer = text[open] switch { '（' => '）', '(' => ')', _ => '】' };
        var close = text.AsSpan(open + 1, Math.Min(40, text.Length - open - 1)).IndexOfAny(closer, '\n');
        if (close < 2 || text[open + 1 + close] == '\n' || open == 0 || !HanText.IsHan(text[open - 1]))
        {
            return null;
        }
        close += open + 1;
        var inside = text.AsSpan(open + 1, close - open - 1);
        if (!ComposesZh(inside) || ContainsAnyWord(inside, LiftedZh))
        {
            return null;
        }
        var clauseStart = Math.Max(0, text.AsSpan(0, open).LastIndexOfAny(ClauseEndsZh) + 1);
        var before = text.AsSpan(clauseStart, open - clauseStart);
        // 保密协议（…）怎么写, 帮我写一条保密条款（禁止向第三方披露）: a topic or a text to be written, not a marked one.
        if (EndsWithAnyWord(before, TopicWordsZh) || ContainsAnyWord(before, WritingRequestZh))
        {
            return null;
        }
        var after = text.AsSpan(close + 1).TrimStart(" \u3000");
        var attached = after.IsEmpty || after[0] is '：' or ':' or '，' or ',' or '。' or '-' || HanText.IsHan(after[0]);
        return attached && !ClauseAsksOrRules(text, clauseStart, open, close) && !TalkedAbout(text, open, close) ? new TextSpan(open + 1, close) : null;
    }

    private static readonly string[] WritingRequestZh = ["写一", "写个", "起草一", "拟一", "拟个", "设计一", "模板", "范本", "示例", "怎么写", "如何写"];

    // 这是我们的商业秘密——…, 这属于我们厂的商业秘密：…, 以下是我们未公开的…: the speaker claims the text after as a secret of theirs.
    [GeneratedRegex("(?:这|這|这些|以下|下面|下列|如下)(?:都|也|可)?(?:是|属于|属|为|算是|算)(?<owner>我们|咱们|我司|本公司|本厂|本店|我方|公司)?[^，。！？\n]{0,6}?的?$")]
    private static partial Regex OwnClaimBeforeZh();

    private static readonly string[] OwnSecretsZh =
    [
        "商业秘密", "核心机密", "技术秘密", "商业机密", "技术机密", "未公开", "未发布", "未公布", "内部数据", "内部资料",
        "没公开", "没公布", "没对外", "未对外", "尚未公开", "尚未公布", "没有公开", "没有对外",
    ];

    private static TextSpan? OwnSecretClaimZh(string text)
    {
        foreach (var secret in OwnSecretsZh)
        {
            for (var at = text.IndexOf(secret, StringComparison.Ordinal); at >= 0; at = text.IndexOf(secret, at + 1, StringComparison.Ordinal))
            {
                var clauseStart = Math.Max(0, text.AsSpan(0, at).LastIndexOfAny(ClauseEndsZh + "，,") + 1);
                var from = Math.Max(clauseStart, at - 16);
                // The unpublished (未公开, 未发布) needs no owner; a secret does (以下是商业秘密：指… defines the term).
                var claim = OwnClaimBeforeZh().Match(text, from, at - from);
                if (!claim.Success || (!claim.Groups["owner"].Success && !secret.StartsWith('未') && !secret.StartsWith('内') && !secret.StartsWith('没') && !secret.StartsWith('尚')))
                {
                    continue;
                }
                var end = at + secret.Length;
                var after = text.AsSpan(end, Math.Min(24, text.Length - end));
                // The passage follows a dash or a colon (the noun the level qualifies may come first: 未公开的经营数据：…).
                var lead = after.IndexOfAny("-—–：:");
                var stop = after.IndexOfAny("，,。？?！!\n");
                if (lead < 0 || (stop >= 0 && stop < lead) || lead > 16 || text.AsSpan(end, Math.Min(40, text.Length - end)).ContainsAny("吗？?"))
                {
                    continue;
                }
                if (!ClauseAsksOrRules(text, clauseStart, at, end) && !TalkedAbout(text, at, end - 1))
                {
                    return new TextSpan(at, end);
                }
            }
        }
        return null;
    }
}
