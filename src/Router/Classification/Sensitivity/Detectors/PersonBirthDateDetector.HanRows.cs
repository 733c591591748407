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
            if (!OtherDates.Any(text.AsSpan(rowStart, (lineEnd < 0 ? text.Length : lineEnd) - rowStart)))
            {
                (ages ??= []).Add(new TextSpan(nameEnd, nameEnd + 1));
            }
        }
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
