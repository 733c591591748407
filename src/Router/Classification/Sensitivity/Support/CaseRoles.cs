namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Record roles that only a case file, an agency's or a school's records give a private person (seventeenth pass, issue 15):
/// the reporter of an ethics or whistleblowing case ("the reporter, Mr …", "caller …", "the informant, …"), the household of a
/// domestic-worker agency ("employer Mrs …", "host family …", "helper … placed with …"), and the learner of a driving school, a
/// test centre, a gym or a swim class ("learner …", "student driver …"). Each word is also an everyday or public one (a
/// newspaper's reporter, any employer, a learner in general), so it counts only as the name's role (a label right before it
/// or a noun phrase after it, <see cref="RecordRole"/>) in a text with its family's own words: a hotline or case for the
/// reporters, a nanny, maid or helper agency for the households, a lesson, test or class for the learners.
/// </summary>
internal static class CaseRoles
{
    private static readonly string[] Reporters =
        ["whistleblower", "whistle-blower", "informant", "caller", "reporter", "reporting person", "discloser", "tipster"];

    private static readonly string[] Households =
        ["employer", "host family", "client family", "household", "helper", "domestic helper", "domestic worker", "nanny", "maid",
            "housekeeper", "caregiver", "au pair"];

    private static readonly string[] Learners =
        ["learner", "learner driver", "student driver", "test candidate", "gym member"];

    /// <summary>The cue words whose check is <see cref="Confirms"/> (the record detector lists them among its cues).</summary>
    internal static readonly string[] Words = [.. Reporters, .. Households, .. Learners];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReporterLookup =
        new HashSet<string>(Reporters, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HouseholdLookup =
        new HashSet<string>(Households, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LearnerLookup =
        new HashSet<string>(Learners, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A report made through a hotline or a speak-up channel, as the case handler's notes say it.
    private static readonly CueSet CaseWords = new(
        "hotline", "helpline", "ethics line", "ethics case", "ethics report", "integrity line", "speak-up", "speak up", "speakup",
        "whistleblow*", "whistle-blow*", "tip line", "tip-off", "case", "ticket", "anonymity", "anonymous", "retaliation",
        "investigation", "compliance", "allegation*", "disclosure",
        // A platform's moderation queue: the user who reported another one (nineteenth pass).
        "moderation", "moderator*", "flagged", "enforcement", "strikes", "trust & safety", "trust and safety", "report queue");

    // A newspaper's or a broadcaster's reporter: the public role, whatever the story is about.
    private static readonly CueSet PressWords = new(
        "newspaper", "journalist", "journalism", "article", "wrote", "writes", "byline", "broadcast", "news", "times", "magazine",
        "published", "press", "editor", "interviewed", "on air", "TV", "radio");

    // An agency that places nannies, maids, helpers or au pairs with a household.
    private static readonly CueSet HouseholdWords = new(
        "nanny", "nannies", "maid", "maids", "domestic helper*", "domestic worker*", "helper agency", "au pair*", "caregiver*",
        "housekeeper*", "live-in", "placement", "placed with", "childminder*", "babysitter*", "agency");

    // A school, a test centre, a gym or a club that keeps its learners' records.
    private static readonly CueSet LessonWords = new(
        "driving school", "driving lesson*", "driving test", "theory test", "practical test", "road test", "test centre", "test center",
        "instructor", "lesson*", "swim school", "swimming", "gym", "membership", "class", "classes", "course", "academy", "tutor*",
        "stage", "level", "test slot", "booking", "registrar", "bursar*", "transcript*", "graduation");

    /// <summary>Whether <paramref name="cue"/> is one of this family's words (then <see cref="Confirms"/> decides).</summary>
    public static bool Owns(ReadOnlySpan<char> cue) => ReporterLookup.Contains(cue) || HouseholdLookup.Contains(cue) || LearnerLookup.Contains(cue);

    public static bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        var word = text.AsSpan(cue.Start, cue.End - cue.Start);
        if (!RecordRole.IsRoleOf(text, name, cue) && !ServiceRoles.Copula(text, name, cue))
        {
            return false;
        }
        if (ReporterLookup.Contains(word))
        {
            return CaseWords.Any(text) && !PressWords.Any(text);
        }
        return HouseholdLookup.Contains(word) ? HouseholdWords.Any(text) : LessonWords.Any(text);
    }

    // A hiring candidate is the record detector's; a test centre's or an exam board's candidate by name is a learner's record.
    private static readonly CueSet TestCentreWords = new(
        "test centre", "test center", "theory test", "driving test", "practical test", "road test", "test slot", "exam centre",
        "exam center", "exam slot", "resit", "re-sit", "rebook*");

    // A graduate school's or a doctoral panel's arrangements for a thesis defence (eighteenth pass): its candidate is a student
    // on the school's records, not an election's or a job's candidate.
    private static readonly CueSet VivaWords = new(
        "viva", "viva voce", "vivas", "thesis defence", "thesis defense", "dissertation defence", "dissertation defense",
        "defence panel", "defense panel", "defence committee", "defense committee", "thesis committee", "dissertation committee",
        "external examiner*", "internal examiner*", "examiners", "oral examination", "doctoral defence", "doctoral defense");

    /// <summary>"viva panel for candidate Ana … — chair TBC": a candidate labelled by name in a thesis defence's arrangements.</summary>
    public static bool ThesisCandidate(string text, TextSpan name, TextSpan cue) =>
        cue.End <= name.Start && VivaWords.Any(text) && RecordRole.IsRoleOf(text, name, cue);

    /// <summary>"Test centre: candidate Rohan … missed his slot": a candidate labelled by name in a test centre's record.</summary>
    public static bool TestCandidate(string text, TextSpan name, TextSpan cue) =>
        cue.End <= name.Start && TestCentreWords.Any(text) && RecordRole.IsRoleOf(text, name, cue);
}
