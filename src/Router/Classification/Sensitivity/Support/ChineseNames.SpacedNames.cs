namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Word-like given names set apart after a role or relation (nineteenth pass, issue 15): chat and record writers put a name
/// between spaces right after the person's role (客户 苍雪 连续三次绝当, 我同事 若水 说她…, 室友 晴川 说…), and such a name is
/// often a word or has no listed surname (素心, 青禾, 冷月). Two Han characters set apart by spaces, right after a record label,
/// role noun or relation, and followed by what a person does (说, 已经, 连续, 确诊) or a title, are a name whatever they mean.
/// A real-name marker may stand between role and name (玩家 实名 柴子豪): it belongs to the role.
/// </summary>
internal static partial class ChineseNames
{
    // What a named person does or has right after the set-apart name (beyond PersonPredicates and PersonVerbs); in a nested
    // class so that it is built after the lists of the other partial files.
    private static class Spaced
    {
        internal static readonly WordList Followers = new([.. PersonPredicates.Words, .. PersonVerbs.Words,
        "已经", "已", "连续", "多次", "两次", "三次", "称", "声称", "自称", "表示", "本月", "这个月", "上个月", "旷课", "缺勤", "迟到",
        "说他", "说她", "确诊", "得了", "在吃", "正在", "刚刚", "昨天", "今天", "又", "也", "还", "没有", "没", "未", "不", "想", "要",
        "需要", "希望", "打算", "申请", "办理", "报名", "逾期", "欠款", "拖欠", "怀孕", "生病", "住院"]);
    }

    // Nouns written between spaces after a role in keyword lists and outlines (客户 信息 被泄露, 用户 体验 已经…): no name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpacedNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "信息", "资料", "数据", "名单", "服务", "体验", "需求", "满意", "关系", "管理", "隐私", "账号", "账户", "权益", "投诉", "反馈",
        "群体", "心理", "档案", "画像", "分层", "分类", "数量", "人数", "流失", "增长", "留存", "活跃", "等级", "积分", "订单", "问题",
        "意见", "评价", "沟通", "培训", "福利", "待遇", "工资", "考勤", "绩效", "安全", "健康", "教育", "成绩", "作业", "宿舍", "家长",
        "朋友", "同事", "们都", "们也", "大多", "一般", "通常", "普遍", "往往", "总是", "经常", "可能", "应该", "必须", "如果", "是否",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void AddSpacedRoleNames(string text, List<TextSpan> names, int first)
    {
        var added = false;
        for (var space = text.AsSpan().IndexOfAny(Spaces); space >= 0 && space + 3 <= text.Length; space = NextSpace(text, space + 1))
        {
            var start = space + 1;
            var end = start + 2;
            if (!HanText.IsHan(text[start]) || !HanText.IsHan(text[start + 1]) || NotSpacedName(text[start]) || NotSpacedName(text[start + 1])
                || (end < text.Length && (HanText.IsHan(text[end]) || char.IsAsciiLetter(text[end]))) || SpacedNouns.Contains(text.AsSpan(start, 2))
                || RoleGivenParts.Contains(text.AsSpan(start, 2)) || !RoleOrRelationBefore(text, start) || !PersonFollows(text, end)
                || Overlaps(names, first, start, end))
            {
                continue;
            }
            names.Add(new TextSpan(start, end));
            added = true;
        }
        if (added)
        {
            names.Sort(first, names.Count - first, Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start)));
        }
    }

    private static int NextSpace(string text, int from) => text.AsSpan(from).IndexOfAny(Spaces) is var k and >= 0 ? from + k : -1;

    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(" \u3000");

    // The characters that end a name, but for 月, which word-like given names hold (冷月, 月华) and a set-apart token cannot end at.
    private static bool NotSpacedName(char c) => c != '月' && NotNames.Contains(c);

    private static bool RoleOrRelationBefore(string text, int at)
    {
        var end = LabelEnd(text, at);
        return end < at && end > 0 && (HasLabelBefore(text, at) || EndsWithAny(text, end, Relations) || HasRoleNounBefore(text, at));
    }

    private static bool PersonFollows(string text, int end)
    {
        var k = end;
        while (k < text.Length && text[k] is ' ' or '\u3000')
        {
            k++;
        }
        return k > end && k < text.Length && (StartsWithAny(text, k, Spaced.Followers) || StartsWithAny(text, k, StrongAfter))
            || BirthOrAgeAfter(text, end);
    }

    private static bool Overlaps(List<TextSpan> names, int first, int start, int end)
    {
        for (var k = first; k < names.Count; k++)
        {
            if (names[k].Start < end && start < names[k].End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the label before a name ends: spaces, a colon and a real-name marker (实名, 实名为) stripped from <paramref name="at"/>
    /// backwards, so 玩家 实名 柴子豪 reads 玩家 right before the name.
    /// </summary>
    private static int LabelEnd(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] is '：' or ':' or ' ' or '\u3000')
        {
            end--;
        }
        var marker = end >= 3 && text.AsSpan(end - 3, 3) is "实名为" ? 3 : end >= 2 && text.AsSpan(end - 2, 2) is "实名" ? 2 : 0;
        if (marker > 0 && end - marker > 0 && text[end - marker - 1] is ' ' or '\u3000' or '：' or ':')
        {
            end -= marker;
            while (end > 0 && text[end - 1] is '：' or ':' or ' ' or '\u3000')
            {
                end--;
            }
        }
        return end;
    }
}
