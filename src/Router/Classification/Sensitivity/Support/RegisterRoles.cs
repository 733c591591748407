namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Record roles of public-service registers (nineteenth pass, issue 15): a youth justice team's or children's services' "young
/// person" or "child", and a consulate's "detained citizen" or "detained national". Each is also an everyday or a news phrase
/// ("a young person today…", "the detained citizen's release was announced"), so it counts only as the name's role (a label
/// right before it, an honorific between them, <see cref="RecordRole"/>) in a text with its register's own words: a panel,
/// a session, a placement or a social worker for the young, a visit, an embassy or a consular case for the detained; and
/// never in a news item.
/// </summary>
internal static class RegisterRoles
{
    private static readonly string[] Young =
        ["young person", "child", "looked-after child", "looked after child", "child in care", "young offender", "young carer"];

    private static readonly string[] Detained =
        ["detained citizen", "detained national", "detained person", "arrested citizen", "arrested national", "imprisoned citizen",
            "imprisoned national", "jailed citizen", "jailed national", "missing citizen", "missing national", "hospitalised national",
            "hospitalized citizen", "distressed national"];

    /// <summary>The cue words whose check is <see cref="Confirms"/> (the record detector lists them among its cues).</summary>
    internal static readonly string[] Words = [.. Young, .. Detained];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YoungLookup =
        new HashSet<string>(Young, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DetainedLookup =
        new HashSet<string>(Detained, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A youth justice team's, a social worker's or a children's home's own notes.
    private static readonly CueSet CareWords = new(
        "youth justice", "youth offending", "YOT", "referral order", "referral panel", "reparation", "restorative", "panel",
        "social worker", "social work", "social care", "children's services", "child protection", "safeguarding", "key worker",
        "keyworker", "care plan", "pathway plan", "placement", "foster*", "residential", "looked after", "looked-after", "caseworker",
        "case worker", "case note*", "case file", "supervision", "session", "CAMHS", "early help", "family support", "youth worker",
        "children's home", "care home", "community order");

    // A consulate's or an embassy's welfare work for its citizens abroad.
    private static readonly CueSet ConsularWords = new(
        "consular", "consulate", "embassy", "high commission", "welfare visit", "prison visit", "visit note", "visit summary", "visited",
        "welfare log", "register", "case", "next of kin", "lawyer", "detention centre", "detention center");

    // A news item's or a broadcast's detainee or child is a public story, whatever the words around it.
    private static readonly CueSet PressWords = new(
        "newspaper", "journalist", "journalism", "article", "headline*", "byline", "broadcast", "news", "press release", "magazine",
        "reported by", "op-ed", "editorial");

    /// <summary>Whether <paramref name="cue"/> is one of this family's words (then <see cref="Confirms"/> decides).</summary>
    public static bool Owns(ReadOnlySpan<char> cue) => YoungLookup.Contains(cue) || DetainedLookup.Contains(cue);

    public static bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        // A label right before the name only: "young person Leah …", "detained citizen Mr Kofi …".
        if (cue.End > name.Start || !RecordRole.IsRoleOf(text, name, cue) || PressWords.Any(text))
        {
            return false;
        }
        return YoungLookup.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)) ? CareWords.Any(text) : ConsularWords.Any(text);
    }
}
