using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A Chinese name and a full date in one record row with nothing between them but cell borders and a gender cell (SQL result
/// rows, rosters, sign-up lists: "| 欧阳X | 女 | 1995-11-08 |", "贾X 2015-07-09"): a person's row gives the date it has no word
/// for as the birth date. Not where the row or the line above names another date (入职, 下单, 请假, 到期…), and only for years a
/// living person may be born in and that are not this decade's (an event log's dates are mostly recent).
/// </summary>
internal sealed partial class PersonBirthDateDetector
{
    // Tried only right after a name cell (see AddChineseRowBirthDates), so it is anchored there.
    [GeneratedRegex(@"\G(?:19[2-9]\d|200\d|201[0-8])(?:(?<s>[-/.])(?:0?[1-9]|1[0-2])\k<s>(?:0?[1-9]|[12]\d|3[01])|年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日?)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex BirthLikeDateHere();

    // Dates of everything else a record row may carry: work, school, orders, contracts, leave, visits, events, death.
    private static readonly CueSet OtherDates = new(
        "入职", "到岗", "离职", "辞职", "入学", "毕业", "报名", "报到", "签约", "签订", "合同", "到期", "截止", "生效", "失效", "下单", "订单",
        "发货", "收货", "付款", "支付", "缴费", "还款", "借款", "放款", "请假", "休假", "出差", "加班", "考勤", "打卡", "会议", "开会", "面试",
        "考试", "体检", "就诊", "复查", "入院", "出院", "手术", "入住", "退房", "预约", "登记", "办理", "申请", "提交", "审批", "发布", "更新",
        "创建", "修改", "日志", "时间", "参加", "活动", "比赛", "结婚", "去世", "逝世", "死亡", "成立", "上市", "开业", "交付", "验收");

    private const string CellBorders = " \t|,，、;；'\"‘’“”:：()（）";

    private static void AddChineseRowBirthDates(string text, ref List<TextSpan>? ages)
    {
        if (!HanText.Contains(text))
        {
            return;
        }
        // Each 1 or 2 that starts a number: a cell border and a Han cell must come before it (cheap, and rare in running text)
        // before the date pattern is tried there.
        for (var at = text.AsSpan().IndexOfAny('1', '2'); at >= 0; at = NextYearStart(text, at + 1))
        {
            if ((at > 0 && char.IsAsciiDigit(text[at - 1])) || NameCellEnd(text, at) is not (var nameEnd and >= 0)
                || !BirthLikeDateHere().IsMatch(text, at))
            {
                continue;
            }
            var lineStart = text.LastIndexOf('\n', at - 1) + 1;
            var rowStart = lineStart == 0 ? 0 : text.LastIndexOf('\n', Math.Max(0, lineStart - 2)) + 1;
            var lineEnd = text.IndexOf('\n', at);
            if (!OtherDateFor(text, lineStart, lineEnd < 0 ? text.Length : lineEnd, at)
                && (rowStart == lineStart || !OtherDates.Any(text.AsSpan(rowStart, lineStart - rowStart))))
            {
                (ages ??= []).Add(new TextSpan(nameEnd, nameEnd + 1));
            }
        }
    }

    // Whether the date's line names another date for the one at date: a word of OtherDates in the date's own list item (between
    // ；，、: or line breaks: "张三，1990-01-01入职"), as a label ("入职日期：…", a header cell "| 入职 |"), or anywhere when it is no
    // registration task word. A task word elsewhere only names the job ("入住登记批量导入，转成表格：任思远 1991-03-22；…",
    // "报名信息导入：…") and says nothing of the dates.
    private static bool OtherDateFor(string text, int rowStart, int rowEnd, int date)
    {
        var row = text.AsSpan(rowStart, rowEnd - rowStart);
        if (!OtherDates.Any(row))
        {
            return false;
        }
        var itemStart = text.AsSpan(rowStart, date - rowStart).LastIndexOfAny(ItemBreaks) + 1 + rowStart;
        var itemEnd = text.AsSpan(date, rowEnd - date).IndexOfAny(ItemBreaks) is var stop and >= 0 ? date + stop : rowEnd;
        var hits = new List<TextSpan>();
        OtherDates.FindAll(text[rowStart..rowEnd], hits);
        foreach (var hit in hits)
        {
            var start = rowStart + hit.Start;
            var end = rowStart + hit.End;
            if ((start >= itemStart && end <= itemEnd) || !TaskWords.Contains(text.AsSpan(start, end - start))
                || IsDateLabel(text.AsSpan(end, rowEnd - end)))
            {
                return true;
            }
        }
        return false;
    }

    // Paperwork in which people are registered (check-in, sign-up, application, contract): the task a list of names and dates is
    // pasted for, whose forms ask for each person's birth date. Other dates' words (请假, 入职, 体检…) veto from anywhere in the line.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TaskWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "入住", "登记", "报名", "办理", "申请", "提交", "签约", "签订", "合同",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> ItemBreaks = System.Buffers.SearchValues.Create("；;，,、:：\n");

    // The word labels a date or a column: 日期 or 时间 follows, or (after an optional 日) a colon, a cell border or the line's
    // end (not a comma: "…入住登记，整理成表格：" is a task, not a label).
    private static bool IsDateLabel(ReadOnlySpan<char> after)
    {
        if (after.StartsWith("日期", StringComparison.Ordinal) || after.StartsWith("时间", StringComparison.Ordinal))
        {
            return true;
        }
        if (after.StartsWith("日", StringComparison.Ordinal))
        {
            after = after[1..];
        }
        return after.IsEmpty || after[0] is ':' or '：' or '|' or '\t' or '\r' or '\n';
    }

    private static int NextYearStart(string text, int from) =>
        from >= text.Length ? -1 : text.AsSpan(from).IndexOfAny('1', '2') is var next and >= 0 ? from + next : -1;

    // Where the Han cell before the date ends (the name's end), over one to six border characters and a 男/女 cell; -1 if none.
    private static int NameCellEnd(string text, int date)
    {
        var k = SkipBorders(text, date);
        if (k < date && k > 0 && text[k - 1] is '男' or '女' && k >= 2 && CellBorders.Contains(text[k - 2]))
        {
            k = SkipBorders(text, k - 1);
        }
        return k < date && k > 0 && HanText.IsHan(text[k - 1]) && text[k - 1] is not ('男' or '女') && k < text.Length ? k : -1;
    }

    private static int SkipBorders(string text, int at)
    {
        var k = at;
        while (k > 0 && at - k < 6 && CellBorders.Contains(text[k - 1]))
        {
            k--;
        }
        return k;
    }
}
