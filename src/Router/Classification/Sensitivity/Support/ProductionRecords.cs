namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Public-role words that a private person's record uses too (eighteenth pass, issue 15). A performer's role before a name in a
/// production's own paperwork ("deal memo: actress Maya …, $3,200/day, 6 days guaranteed", "演员 程书航 每天 2,500 元，保底 12
/// 天") is a booking the writer keeps, not the name's public title; the press reporting a star's fee keeps its veto. A team role
/// the writer speaks to ("tell the coach Liam … won't train", "ask the coach whether Ava …") is whom the message is for, not the
/// title of the name after it.
/// </summary>
internal static class ProductionRecords
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Performers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "actor", "actress", "singer", "rapper", "artist", "演员", "歌手", "明星",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The terms of a booking: a day, week or episode rate, guaranteed days, overtime, a call sheet, a crew's own words (剧组, 保底,
    // 日薪, 每天 … 元, 跟组, 通告).
    private static readonly CueSet BookingTerms = new(
        "deal memo", "day rate", "daily rate", "weekly rate", "per day", "a day", "/day", "per week", "/week", "per episode",
        "/episode", "days guaranteed", "guaranteed days", "weeks guaranteed", "overtime", "call sheet", "call time", "booking",
        "booked", "casting", "buyout", "holding fee", "session fee", "剧组", "日薪", "每天", "每日", "保底", "跟组", "通告", "试镜",
        "天数", "按天");

    // A fee reported by the press or rumoured about a star: the public role stands.
    private static readonly CueSet PressTerms = new(
        "reportedly", "reported", "reports", "according to", "press", "tabloid*", "magazine", "Variety", "Forbes", "interview",
        "rumoured", "rumored", "highest-paid", "highest paid", "据报道", "报道", "曝光", "网传", "爆料", "媒体", "天价", "热搜");

    /// <summary>Whether the public role at start..end is a performer's booked in the text's own production paperwork.</summary>
    public static bool BookedPerformer(string text, int start, int end) =>
        Performers.Contains(text.AsSpan(start, end - start)) && BookingTerms.Any(text) && !PressTerms.Any(text);

    private static readonly string[] AddressingVerbs = ["tell the ", "ask the ", "let the ", "remind the ", "inform the ", "text the ",
        "message the ", "email the ", "warn the ", "update the ", "notify the "];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TeamRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "coach", "manager", "captain", "physio", "trainer",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Tell the coach Liam … won't train": a team role the writer's message is for, right before the name it is about.</summary>
    public static bool AddressedTeamRole(string text, int start, int end)
    {
        if (!TeamRoles.Contains(text.AsSpan(start, end - start)))
        {
            return false;
        }
        var before = text.AsSpan(0, start);
        foreach (var words in AddressingVerbs)
        {
            if (before.EndsWith(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
