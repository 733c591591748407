using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// One country-neutral rule for home and delivery addresses (eighteenth pass, issue 15): after a home or delivery context that
/// says whose dwelling or which errand it is ("to the passenger's home, Ms …,", "consignee: …", "at his house on", "from her
/// flat,", "moved to", "we visit at home:"), the next address is a home, whatever street words its country uses and whatever
/// venue the writer's errand names around it (a lost-property office couriering a bag home, a union posting a cheque). The street
/// itself is read by a shape that needs no street word (<see cref="StreetAddress.AddHomeShape"/>), tried only after such a cue or
/// right after a person's name. The cue must stand in the address's sentence with nothing between but a name, a label and a few
/// words ("for the shipment:"), and no venue or organisation word between (a business's "ship to our warehouse, …" stays out).
/// </summary>
internal sealed partial class PersonAddressDetector
{
    // How far before an address its home or errand cue may end.
    private const int ErrandReach = 90;

    // A move or a residence statement: a home as well, but said of famous people too ("… moved to …"), so the public-figure
    // exemption still holds for these.
    private static readonly string[] MoveWordList = ["moved to", "moving to", "relocated to", "we live at", "they live at", "lives at", "living at"];

    // A person watched at an address (nineteenth pass: an investigator's or a process server's report, "subject observed entering
    // 19 …", "he was seen leaving 4 …"): where that person lives or visits, as a move says; a person must be the one seen.
    private static readonly string[] SightingWordList =
    [
        "observed entering", "observed leaving", "observed arriving at", "observed returning to", "observed at", "seen entering",
        "seen leaving", "seen arriving at", "seen returning to", "seen going into", "spotted entering", "spotted leaving", "spotted at",
        "followed to", "followed her to", "followed him to", "followed them to", "tailed to", "tailed her to", "tailed him to",
    ];

    private static readonly CueSet HomeMove = new([.. MoveWordList, .. SightingWordList]);

    // Words that may stand between the cue and the address ("on", "at", "is", "address"), not counted against the few words a
    // label may hold.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GapWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "at", "on", "in", "is", "to", "of", "the", "from", "address", "and", "family", "with",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool HasNonAsciiCapital(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c > 127 && char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    // A census or survey line that names the household right after its address ("12 Suuq Road, Bosaso — head of household …").
    private static readonly string[] HouseholdWordList =
        ["head of household", "household head", "householder", "household of", "household members", "household:", "the household"];

    private static readonly string[] HomeErrandWords =
    [
        "*'s home", "*’s home", "*'s house", "*’s house", "*'s flat", "*’s flat", "*'s apartment", "*’s apartment", "*s' home", "*s’ home",
        "home address", "residential address", "home:", "at home", "home visit", "home visits", "house call",
        "his home", "her home", "their home", "his house", "her house", "their house", "his flat", "her flat", "their flat",
        "his apartment", "her apartment", "their apartment",
        "consignee", "recipient", "addressee", "deliver to", "delivery to", "ship to", "send to", "post to", "courier to", "mail to",
        "household at",
        // Sent home to the person's own address ("wants his charger posted home to 88 …"), whichever hotel or shop sends it.
        "posted home to", "sent home to", "shipped home to", "mailed home to", "couriered home to", "forwarded home to", "delivered home to",
    ];

    // An errand to or from someone's own dwelling, or the dwelling itself named by whose it is, and the moves above: the address is
    // that person's home, even of someone a role makes look public ("picks up the lead actor from his flat, …").
    private static readonly CueSet AnyHomeCue = new([.. HomeErrandWords, .. HouseholdWordList, .. MoveWordList, .. SightingWordList]);

    /// <summary>
    /// The text the address rules read, with <paramref name="addresses"/> completed: OCR noise in words read back as letters
    /// ("H0me addr3ss: 9 Millbrook Cl0se", <see cref="OcrFold"/>) and the streets found in that copy added (the copy has the text's
    /// length, so its spans are the text's; the streets found in the text itself stay, since a folded "SW1A" is no postcode), then
    /// the home-shaped streets after home and errand cues.
    /// </summary>
    private static string AddFoldedAndHomeShapes(string text, ScanInput input, List<TextSpan> addresses)
    {
        var folded = ReferenceEquals(text, input.Person.Text) ? input.Person.OcrFolded(text) : OcrFold.Fold(text);
        if (folded is not null)
        {
            var more = new List<TextSpan>();
            StreetAddress.Find(folded, input.DigitCount, more);
            foreach (var span in more)
            {
                if (!addresses.Exists(a => a.Overlaps(span)))
                {
                    addresses.Add(span);
                }
            }
            text = folded;
        }
        if (input.DigitCount > 0)
        {
            AddHomeShapes(text, input.Person, addresses);
        }
        return text;
    }

    /// <summary>
    /// The home-shaped streets (<see cref="StreetAddress.AddHomeShape"/>) right after each home or errand cue, and right after each
    /// private person's name set off by a comma or colon where the text speaks of a home or a delivery at all.
    /// </summary>
    private static void AddHomeShapes(string text, PersonScan person, List<TextSpan> addresses)
    {
        var hits = new List<TextSpan>();
        AnyHomeCue.FindAll(text, hits);
        foreach (var hit in hits)
        {
            StreetAddress.AddHomeShape(text, hit.End, hit.End + ErrandReach, addresses, replace: true);
        }
        if (hits.Count == 0 && !HomeOrDelivery.Any(text))
        {
            return;
        }
        foreach (var name in person.Names)
        {
            if (name.End < text.Length && text[name.End] is ',' or ':')
            {
                StreetAddress.AddHomeShape(text, name.End + 1, name.End + 3, addresses);
            }
        }
    }

    /// <summary>
    /// Whether a home or errand cue ends shortly before <paramref name="address"/> in its sentence, with only a name, a label or a
    /// few words between and no venue or organisation word; <paramref name="errand"/> says the cue was an errand or a dwelling
    /// named by whose it is (not a move or a residence statement).
    /// </summary>
    private static bool HomeCueBefore(string text, PersonScan person, TextSpan address, out bool errand)
    {
        errand = false;
        // Only a street-like span: a capitalised word or a Han one in it, and no sentence inside it (the label form reads "Juan's
        // house is worth 76000" and "his house is 40 degrees. He spends 3" as addresses; word problems are full of both).
        var span = text.AsSpan(address.Start, address.End - address.Start);
        if (!(span.ContainsAnyInRange('A', 'Z') || HanText.IsHan(span[0]) || HasNonAsciiCapital(span))
            || span.Contains(". ", StringComparison.Ordinal) || span.IndexOfAny("?!") >= 0)
        {
            return false;
        }
        var start = Math.Max(0, address.Start - ErrandReach);
        var window = text[start..address.Start];
        var hits = new List<TextSpan>();
        AnyHomeCue.FindAll(window, hits);
        for (var i = hits.Count - 1; i >= 0; i--)
        {
            var gap = window.AsSpan(hits[i].End);
            // "to the clinic, not my mum's house: …" names the home as the place the errand is not going.
            if (!QuietGap(gap) || NegatedBefore(window.AsSpan(0, hits[i].Start)))
            {
                continue;
            }
            var cue = window.AsSpan(hits[i].Start, hits[i].End - hits[i].Start);
            errand = !HomeMove.Any(cue);
            // A move said of a business ("Our company moved to Building 5, …"); an office room given to a visitor; a venue named in the
            // address itself ("…, Riverside Campus"), a building's number aside (a flat's block is one: "Building 9, Apartment 3").
            return (errand || MoverIsPerson(text, person, start + hits[i].Start)) && !VisitorDirections.Holds(text, address)
                && !VenueInside(text, address);
        }
        return HouseholdAfter(text, address);
    }

    // Who moved or lives there, in the sentence before the cue: a person (a pronoun, a family or household word, a private person's
    // name), and no organisation ("Brightwell Analytics moved to …", "Our company moved to …").
    private static readonly CueSet Movers = new(
        "family", "families", "household", "tenant", "tenants", "client", "patient", "member", "couple",
        // The person an investigator, a process server or a caseworker watches or serves.
        "subject", "suspect", "claimant", "respondent", "defendant", "spouse", "husband", "wife", "insured", "individual");

    // A workplace's group as the mover ("Our team moved to Building 5, …", "the lab relocated to …"): its new office, not a home.
    private static readonly CueSet GroupMovers = new(
        "team", "teams", "department", "dept", "lab", "division", "squad", "startup", "practice", "firm", "studio", "crew", "operations");

    private static bool MoverIsPerson(string text, PersonScan person, int cueStart)
    {
        var from = Math.Max(0, cueStart - 60);
        var end = text.AsSpan(from, cueStart - from).LastIndexOfAny(".?!;\n");
        from = end < 0 ? from : from + end + 1;
        var before = text.AsSpan(from, cueStart - from);
        if (Venue.Any(before) || Organisation.Any(before) || GroupMovers.Any(before))
        {
            return false;
        }
        if (Personal.Any(before) || Movers.Any(before))
        {
            return true;
        }
        foreach (var name in person.NamesBetween(from, cueStart))
        {
            if (name.Start >= from && name.End <= cueStart)
            {
                return true;
            }
        }
        return false;
    }

    // "Our team moved to Building 5, Unit 3, …": a workplace's group moving, in the address's sentence, makes the place its office.
    private static bool GroupMovedThere(string text, TextSpan address)
    {
        var from = Math.Max(0, address.Start - 60);
        var end = text.AsSpan(from, address.Start - from).LastIndexOfAny(".?!;\n");
        var before = text.AsSpan(end < 0 ? from : from + end + 1, address.Start - (end < 0 ? from : from + end + 1));
        return GroupMovers.Any(before) && (HomeMove.Any(before) || before.Contains("move", StringComparison.OrdinalIgnoreCase));
    }

    private static bool VenueInside(string text, TextSpan address) =>
        VenueBesidesBuilding(text.AsSpan(address.Start, address.End - address.Start))
        || Organisation.Any(text.AsSpan(address.Start, address.End - address.Start));

    // A venue word other than "building": a flat's block is numbered as one ("Building 9, Apartment 3, …").
    private static bool VenueBesidesBuilding(ReadOnlySpan<char> span)
    {
        if (!Venue.Any(span))
        {
            return false;
        }
        var hits = new List<TextSpan>();
        Venue.FindAll(span.ToString(), hits);
        foreach (var hit in hits)
        {
            if (!span[hit.Start..hit.End].Equals("building", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly CueSet HouseholdWords = new(HouseholdWordList);

    private static bool HouseholdAfter(string text, TextSpan address)
    {
        var end = Math.Min(text.Length, address.End + 40);
        var hits = new List<TextSpan>();
        HouseholdWords.FindAll(text[address.End..end], hits);
        return hits.Count > 0 && QuietGap(text.AsSpan(address.End, hits[0].Start));
    }

    private static readonly string[] MeetingVerbs = ["见了", "见到", "见过", "拜访了", "拜访", "找到了", "找到", "约见了", "约见", "会见了", "碰到", "遇到", "接上", "接到"];

    /// <summary>
    /// 在…路 17 栋 1203 见了欧阳春明: a Han address of a building and a flat (栋, 幢, 单元, 室) where the writer met or picked up the
    /// person named right after it, with nothing but the verb between: that person's home, as a name right before it would say.
    /// </summary>
    private static bool HanNameMetAt(string text, PersonScan person, TextSpan address)
    {
        if (!HanText.IsHan(text[address.Start]) || text.AsSpan(address.Start, address.End - address.Start).IndexOfAny("栋幢元室") < 0)
        {
            return false;
        }
        foreach (var name in person.NamesBetween(address.End, address.End + 12))
        {
            if (name.Start < address.End)
            {
                continue;
            }
            // The flat number the pattern left after 栋 (…17栋1203见了…) belongs to the address.
            var gap = text.AsSpan(address.End, name.Start - address.End).Trim(" 0123456789\u3000");
            gap = gap.TrimEnd('了');
            foreach (var verb in MeetingVerbs)
            {
                if (gap.SequenceEqual(verb.AsSpan().TrimEnd('了')))
                {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    // Nothing between a cue and its address but names, numbers, punctuation and at most four other lower-case words, with no
    // sentence end and no venue or organisation word.
    private static bool QuietGap(ReadOnlySpan<char> gap)
    {
        if (gap.IndexOfAny("?!;\n") >= 0 || EndsSentence(gap) || OnlyNegatedVenues(gap) is false)
        {
            return false;
        }
        var words = 0;
        foreach (var range in gap.SplitAny(" ,:\t()—–"))
        {
            var word = gap[range].Trim(".'’\"");
            if (word.IsEmpty || !char.IsLower(word[0]) || GapWords.Contains(word))
            {
                continue;
            }
            if (++words > 4)
            {
                return false;
            }
        }
        return true;
    }

    private static readonly string[] Negations = ["not ", "not to ", "instead of ", "rather than ", "never "];

    /// <summary>
    /// null where the gap names no venue or organisation; true where each one it names is ruled out right before it ("to my mum's
    /// house, not the clinic: …", "rather than the office"), so the errand still goes to the home; false where one is the destination.
    /// </summary>
    private static bool? OnlyNegatedVenues(ReadOnlySpan<char> gap)
    {
        if (!Venue.Any(gap) && !Organisation.Any(gap))
        {
            return null;
        }
        var text = gap.ToString();
        var hits = new List<TextSpan>();
        Venue.FindAll(text, hits);
        Organisation.FindAll(text, hits);
        foreach (var hit in hits)
        {
            if (!NegatedBefore(gap[..hit.Start]))
            {
                return false;
            }
        }
        return true;
    }

    // A negation in the few words right before (an article or "my"/"his" between): "not the clinic", "not my mum's house".
    private static bool NegatedBefore(ReadOnlySpan<char> before)
    {
        var near = before[Math.Max(0, before.Length - 20)..];
        foreach (var negation in Negations)
        {
            var at = near.LastIndexOf(negation, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(near[at - 1])) && CountWords(near[(at + negation.Length)..]) <= 2)
            {
                return true;
            }
        }
        return false;
    }
}
