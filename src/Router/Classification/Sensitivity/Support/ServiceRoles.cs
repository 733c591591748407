namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Record roles of a service provider's own notes (fourteenth pass, issue 15): the people a hotel, an airline or a ride app, a
/// wedding or funeral planner, a marketplace seller, a customs broker, an investigator, a school's or a charity's award panel
/// keeps a record of — a guest, a passenger, a buyer, an importer, a witness, the deceased, the couple, the bride and groom, and
/// the recipient of a grant, bursary or scholarship given for need. Each counts only as the name's role: a label before it
/// ("returning guest Ms. …", "Deceased: Mr. …", "the couple, …"), a copula after the role ("The buyer in this dispute is …"),
/// a plural after "our"/"my" ("our clients … and …"), or an award-of-need sentence ("Scholarship awarded to …", "Recipient of the
/// hardship grant: …"). Not a talk show's or a conference's guest ("special guest", "guest speaker"), nor a public prize.
/// </summary>
internal static class ServiceRoles
{
    /// <summary>The cue words whose check is <see cref="Confirms"/> (the record detector lists them among its cues).</summary>
    internal static readonly string[] Words =
    [
        "guest", "passenger", "rider", "buyer", "seller", "importer", "subscriber", "witness", "deceased", "the couple", "bride", "groom", "bride-to-be",
        "groom-to-be", "awarded to", "scholarship", "bursary", "hardship grant", "hardship fund", "grant recipient", "fee waiver",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Owned =
        new HashSet<string>(Words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AwardCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "awarded to", "scholarship", "bursary", "hardship grant", "hardship fund", "grant recipient", "fee waiver", "recipient",
        "beneficiary",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A role word of the general list that may also hold an award for need ("Recipient of the hardship grant: …").</summary>
    public static bool MayHoldAward(ReadOnlySpan<char> cue) =>
        cue.Equals("recipient", StringComparison.OrdinalIgnoreCase) || cue.Equals("beneficiary", StringComparison.OrdinalIgnoreCase);

    // Guests of a show, a stage or a conference, not of a hotel or a host.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PublicGuests = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "special", "celebrity", "star", "surprise", "mystery", "musical", "honoured", "honored", "invited", "keynote", "studio",
        "podcast", "show's", "tonight's", "weekly",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // An award given for need, which a school or a charity keeps as a record of the person; not a public honour.
    private static readonly CueSet AidAwards = new(
        "scholarship*", "bursary", "bursaries", "grant", "grants", "hardship", "financial aid", "fee waiver", "stipend", "tuition support",
        "study support", "relief fund", "emergency fund", "microgrant*");

    private static readonly CueSet AwardWords = new(
        "awarded", "award letter", "recipient", "recipients", "receive", "receives", "received", "will receive", "granted", "goes to",
        "approved", "approval", "successful", "offered", "won", "winner", "beneficiary", "beneficiaries");

    private static readonly CueSet PublicHonours = new(
        "prize*", "nobel", "medal*", "oscar*", "pulitzer", "grammy*", "laureate*", "knighthood", "honorary", "fellowship*", "rhodes",
        "fulbright", "olympic*");

    /// <summary>Whether <paramref name="cue"/> is one of this family's words (then <see cref="Confirms"/> decides).</summary>
    public static bool Owns(ReadOnlySpan<char> cue) => Owned.Contains(cue);

    public static bool Confirms(string text, TextSpan name, TextSpan cue)
    {
        var word = text.AsSpan(cue.Start, cue.End - cue.Start);
        if (AwardCues.Contains(word))
        {
            return AidAward(text, name, cue);
        }
        if (word.Equals("guest", StringComparison.OrdinalIgnoreCase)
            && (PublicGuests.Contains(PreviousWord(text, cue.Start)) || NextWord(text, cue.End) is "speaker" or "star" or "appearance" or "list" or "lecture"))
        {
            return false;
        }
        return RecordRole.IsRoleOf(text, name, cue) || Copula(text, name, cue);
    }

    /// <summary>
    /// "The buyer in this Etsy dispute is Jessica …", "the tenant of flat 4 was …", "Our client for the Leeds matter: …": the role, a
    /// short phrase on the same line opening with a preposition (or none), then "is"/"was" or a colon right before the name.
    /// </summary>
    public static bool Copula(string text, TextSpan name, TextSpan cue)
    {
        if (cue.End > name.Start || name.Start - cue.End > 40 || PreviousWord(text, cue.Start) is not ("the" or "The" or "our" or "Our" or "my" or "My" or "this" or "This"))
        {
            return false;
        }
        var gap = text.AsSpan(cue.End, name.Start - cue.End);
        if (gap.IndexOfAny(".!?;\n") >= 0)
        {
            return false;
        }
        var trimmed = gap.TrimEnd(' ');
        var verb = trimmed.EndsWith(" is", StringComparison.Ordinal) ? 3 : trimmed.EndsWith(" was", StringComparison.Ordinal) ? 4
            : trimmed.EndsWith(':') ? 1 : -1;
        if (verb < 0)
        {
            return false;
        }
        var phrase = trimmed[..^verb].Trim(' ');
        if (phrase.IsEmpty)
        {
            return true;
        }
        var first = phrase.IndexOf(' ') is var space and > 0 ? phrase[..space] : phrase;
        return phrase.Count(' ') <= 5 && first is "in" or "on" or "for" or "of" or "at" or "from" or "with";
    }

    /// <summary>
    /// "Scholarship 2026 awarded to Mihail …", "Recipient of the hardship grant this term: Nkechi …", "Bursary awarded: Thandeka …
    /// will receive …": the name in a sentence that gives an award for need, with no public honour in it.
    /// </summary>
    private static bool AidAward(string text, TextSpan name, TextSpan cue)
    {
        if (!PersonContext.SameSentence(text, name, cue))
        {
            return false;
        }
        var start = Math.Max(0, Math.Min(name.Start, cue.Start) - 80);
        var end = Math.Min(text.Length, Math.Max(name.End, cue.End) + 80);
        var window = text.AsSpan(start, end - start);
        return AidAwards.Any(window) && AwardWords.Any(window) && !PublicHonours.Any(window);
    }

    /// <summary>"our clients Valentina … and Marco …", "my tenants: …": a plural role after "our" or "my" labelling the names after it.</summary>
    public static bool OwnPlural(string text, TextSpan name, TextSpan cue) =>
        cue.End <= name.Start && PreviousWord(text, cue.Start) is "our" or "Our" or "my" or "My"
        && text.AsSpan(cue.End, name.Start - cue.End).Trim(" :,–—-").IsEmpty && text.AsSpan(cue.End, name.Start - cue.End).IndexOf('\n') < 0;

    private static ReadOnlySpan<char> PreviousWord(string text, int position)
    {
        var i = position;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }
        var end = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '\'' or '’'))
        {
            i--;
        }
        return text.AsSpan(i, end - i);
    }

    private static ReadOnlySpan<char> NextWord(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '-')
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }
        return text.AsSpan(start, i - start);
    }
}
