namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Workers of a delivery or ride app as the app's own records name them (fifteenth pass, issue 15): a courier, driver or
/// delivery partner whose account is deactivated, suspended, reactivated or reviewed on appeal ("courier Mateus …, reinstated
/// after his appeal", "Hi, I'm …, a courier on your app; my account was deactivated", 骑手 冯晓东…已提交申诉). Such a text is the
/// platform's record of that worker. The role counts only as the name's role (a label before it or a noun phrase after it)
/// and only in a text about the worker's account: a courier met at the door or a driver in a road accident is no record.
/// </summary>
internal static class PlatformWorkers
{
    /// <summary>The cue words whose check is <see cref="Confirms"/> (the record detector lists them among its cues).</summary>
    internal static readonly string[] Words =
    [
        "courier", "couriers", "driver", "drivers", "delivery partner", "delivery partners", "driver partner", "driver partners",
        "delivery driver", "delivery rider", "dasher", "骑手", "外卖员", "配送员", "快递员", "外卖小哥",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Owned =
        new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // What an app does to or about a worker's account: the record of that worker (Latin and Han in one set: each side is searched
    // only in its own script). Not "appeal" or "suspended" alone: a road accident's driver is appealed and suspended about too.
    private static readonly CueSet AccountWords = new(
        "deactivat*", "reactivat*", "reinstat*", "offboard*", "off-board*", "payout*", "earnings", "account", "accounts",
        "申诉", "封号", "解封", "罚款", "处罚", "扣款", "停单", "站点", "账号", "违规", "判责", "工号", "考核", "解约");

    /// <summary>Whether <paramref name="cue"/> is one of this family's words (then <see cref="Confirms"/> decides).</summary>
    public static bool Owns(ReadOnlySpan<char> cue) => Owned.Contains(cue);

    /// <summary>A Latin role word that is the name's role, in a text about the worker's account.</summary>
    public static bool Confirms(string text, TextSpan name, TextSpan cue) =>
        (RecordRole.IsRoleOf(text, name, cue) || ServiceRoles.Copula(text, name, cue)) && AccountWords.Any(text);

    /// <summary>A Han role word (a label right before the name) in a text about the worker's account.</summary>
    public static bool ConfirmsHan(string text) => AccountWords.Any(text);
}
