namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A company's own board or shareholder record (董事会决议, 股东会纪要, 薪酬委员会…) names its officers by their posts: there
/// 董事长, 总裁 or 首席执行官 beside a name is a private company's officer whose pay the record sets, not a public figure
/// (决议赖志伟董事长本年度薪酬…). A news question about a famous chairman has no such record word.
/// </summary>
internal static class HanBoardRecord
{
    private static readonly string[] RecordWords =
    [
        "决议", "纪要", "董事会会议", "股东会会议", "股东大会会议", "会议记录", "薪酬委员会", "审议通过", "经审议", "经讨论", "表决通过",
        "同意聘任", "决定聘任", "聘任", "任命",
    ];

    private static readonly string[] OfficerRoles = ["董事长", "总裁", "首席执行官", "主席", "创始人"];

    /// <summary>Whether the Han role word at <paramref name="start"/>..<paramref name="end"/> is an officer's post in such a record.</summary>
    public static bool OfficerInRecord(string text, int start, int end)
    {
        var role = text.AsSpan(start, end - start);
        var officer = false;
        foreach (var word in OfficerRoles)
        {
            officer |= role.SequenceEqual(word);
        }
        if (!officer)
        {
            return false;
        }
        foreach (var word in RecordWords)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
