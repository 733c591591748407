namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Whether a record-role word in Latin text is the role of the name next to it, read from the few words between them:
/// a label or title right before the name ("Patient Ruth Anderson", "our client Jo Lee", "Client name: …", "Recipient: …")
/// or a noun phrase right after it that ends with the role ("…, a customer since 2015", "… (patient)", "… is a patient of
/// Dr. Moore", "… has been our client for years"). Not an adjective ("please be patient", "fully insured"), a role word
/// that qualifies another noun ("…, our customer service manager", "… is the patient advocate"), a name joined to the role
/// by other words ("… reports on employee rights", "… from our client Acme"), an award ("… recipient of the … prize") or a
/// form label of something else ("Speaker name: …").
/// </summary>
internal static class RecordRole
{
    // Between a role and the name after it: "Client name: …", "patient ID 4471, …", "a customer named …", "tenant Mr. …".
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "named", "called", "is", "was", "full", "id", "no", "nr", "number", "ref", "file", "mr", "mrs", "ms", "miss", "mx",
        "dr", "prof",
        // A chat transcript's greeting between the speaker's label and the name they give ("Customer: hi it's Elif …", "Client:
        // hello, this is …").
        "hi", "hello", "hey", "it", "s", "this",
        // A record about the person between role and name ("Student record note: …", "Customer complaint from …", "complaint
        // raised by user …").
        "record", "note", "notes", "evaluation", "appraisal", "review", "report", "log", "profile", "complaint", "from", "by", "raised",
        "submitted", "filed", "lodged", "signed",
    };

    // A unit between a role and the name after it ("the tenant in 4B, …", "resident of flat 12, …", "patient in bed 3, …").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitWordsLookup = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "of", "flat", "apt", "apartment", "unit", "suite", "room", "bed", "bay", "cell", "wing", "floor",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Between a name and the role after it: "…, a long-time customer", "… has been our client", "… is one of our tenants".
    private static readonly HashSet<string> DescriptionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "a", "an", "the", "our", "my", "his", "her", "their",
        "your", "as", "one", "of", "former", "new", "long-time", "longtime", "long-standing", "loyal", "regular", "existing", "valued",
        "prospective", "potential", "current", "registered", "sole", "primary", "joint", "another", "also", "now", "still", "who",
        // A client's standing in a CRM or bank note ("… is a priority client since 2019", "… is a VIP customer").
        "priority", "premium", "vip", "key", "private", "preferred", "repeat", "returning", "active", "dormant", "vulnerable",
        "high-value", "gold", "platinum",
        "jr", "sr", "md", "phd", "dds", "dvm", "ii", "iii", "iv", "esq",
    };

    // A role after the name ends its noun phrase: punctuation, the end of the text, or one of these words ("a customer since
    // 2015", "a patient of …"). Any other word makes the role word qualify a noun ("customer service", "client partner").
    private static readonly HashSet<string> AfterRole = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "at", "in", "since", "from", "with", "who", "whose", "whom", "that", "for", "under", "on", "to", "and", "here", "there",
        "now", "until", "id", "no", "nr", "number", "ref",
    };

    // After "…'s" the role qualifies the record about the person ("Ana Ruiz's employee file", "… 's patient record").
    private static readonly HashSet<string> RecordNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "record", "records", "file", "files", "profile", "history", "account", "details", "information", "data", "id", "number",
        "form", "review", "evaluation", "contract", "agreement", "notes", "chart", "status", "portal",
    };

    // Role words that are also adjectives ("be patient", "is fully insured", "a patient and careful teacher").
    private static readonly HashSet<string> AdjectiveRoles = new(StringComparer.OrdinalIgnoreCase) { "patient", "insured" };

    private static readonly HashSet<string> BeforeAdjective = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "is", "was", "are", "were", "been", "being", "so", "very", "more", "most", "too", "less", "remain", "remains", "remained",
        "stay", "stays", "stayed", "fully", "not", "really", "extremely", "incredibly", "quite", "always", "become", "became", "get",
        "keep", "properly", "adequately", "uninsured", "underinsured",
    };

    // Words before "name:" that make it a person's record field; any other word labels something else ("Speaker name:",
    // "Team name:", "Project name:").
    private static readonly HashSet<string> PersonNameFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "full", "legal", "given", "first", "last", "family", "maiden", "your", "my", "his", "her", "their", "the", "client", "customer",
        "patient", "employee", "applicant", "borrower", "tenant", "recipient", "student", "contact", "guest", "passenger", "account",
        "holder", "claimant", "debtor", "insured", "beneficiary", "guarantor", "member", "staff", "child", "parent", "pupil",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelWordsLookup = LabelWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptionWordsLookup = DescriptionWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterRoleLookup = AfterRole.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveRolesLookup = AdjectiveRoles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeAdjectiveLookup = BeforeAdjective.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RecordNounsLookup = RecordNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNameFieldsLookup = PersonNameFields.GetAlternateLookup<ReadOnlySpan<char>>();

    // Fields of a record about a person: a bare "Name:" is one only in a form that has one of them ("Name: …\nEmployee ID: …",
    // "Name: …\nDepartment: …"), not in any list of names ("Name: …\nCity: …").
    private static readonly CueSet RecordFields = new(
        "id", "no", "number", "department", "dept", "position", "job title", "start date", "gender", "sex", "age", "dob",
        "nationality", "marital status", "employee*", "staff*", "student*", "patient*", "customer*", "client*", "member*",
        "case", "claim", "policy", "account", "ward", "room", "bed", "grade", "manager", "salary", "reason", "contract",
        "passport", "ssn", "insurance", "admitted", "allergies", "doctor", "physician", "emergency contact", "occupation");

    // A record field label ("…ID:", "Department:") within a few lines of a bare "Name:".
    private static bool HasRecordField(string text, TextSpan cue)
    {
        var start = Math.Max(0, cue.Start - 150);
        var window = text.Substring(start, Math.Min(text.Length, cue.End + 200) - start);
        var hits = new List<TextSpan>();
        RecordFields.FindAll(window, hits);
        foreach (var hit in hits)
        {
            var after = window.AsSpan(hit.End).TrimStart(" \t.#");
            if (!after.IsEmpty && after[0] is ':' or '：')
            {
                return true;
            }
        }
        return false;
    }

    // Awards and honours: "recipient of the 2019 science prize", "this year's award recipient".
    private static readonly CueSet Honours = new(
        "prize*", "award*", "medal*", "fellowship*", "scholarship*", "honour*", "honor*", "trophy", "trophies", "grant", "grants",
        "laureate*", "nobel", "oscar*", "pulitzer", "grammy*", "title", "titles", "distinction");

    public static bool IsRoleOf(string text, TextSpan name, TextSpan cue)
    {
        var role = text.AsSpan(cue.Start, cue.End - cue.Start);
        var before = PreviousWord(text, cue.Start);
        if (AdjectiveRolesLookup.Contains(role) && BeforeAdjectiveLookup.Contains(before))
        {
            return false;
        }
        if (Honours.Any(before) || (NextWord(text, cue.End).Equals("of", StringComparison.OrdinalIgnoreCase)
            && Honours.Any(text.AsSpan(cue.End, Math.Min(40, text.Length - cue.End)))))
        {
            return false;
        }
        if (role[^1] == ':' && (before.IsEmpty ? !HasRecordField(text, cue) : !PersonNameFieldsLookup.Contains(before)))
        {
            return false;
        }
        if (cue.End <= name.Start)
        {
            return LabelsName(text.AsSpan(cue.End, name.Start - cue.End));
        }
        if (role[^1] == ':' || name.End > cue.Start)
        {
            return false;
        }
        var gap = text.AsSpan(name.End, cue.Start - name.End);
        var possessive = gap is "'s " or "’s " || (gap is " " && text.AsSpan(name.Start, name.End - name.Start).EndsWith("s") && name.End >= 2 && text[name.End - 2] is '\'' or '’');
        return possessive ? RecordNounsLookup.Contains(NextWord(text, cue.End))
            : DescribesName(gap) && EndsNounPhrase(text, cue, AdjectiveRolesLookup.Contains(role));
    }

    // "Patient Ruth…", "client: …", "Client name: …", "tenant, Mr. …", "Recipient:\n…" (a line break only after a colon).
    private static bool LabelsName(ReadOnlySpan<char> gap)
    {
        var colon = false;
        for (var i = 0; i < gap.Length;)
        {
            var c = gap[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < gap.Length && char.IsLetter(gap[i]))
                {
                    i++;
                }
                // "tenant in 4B, …", "resident of flat 12, …": the role's unit, a unit word or the letter of a unit number.
                if (!LabelWordsLookup.Contains(gap[start..i]) && !UnitWordsLookup.Contains(gap[start..i])
                    && !(i - start <= 2 && start > 0 && char.IsAsciiDigit(gap[start - 1])))
                {
                    return false;
                }
                continue;
            }
            if (c is '\n' or '\r' && !colon)
            {
                return false;
            }
            if (!(char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is ':' or ',' or '-' or '–' or '—' or '#' or '(' or ')' or '.' or '"' or '“' or '”' or '/' or '\'' or '’'))
            {
                return false;
            }
            colon |= c == ':';
            i++;
        }
        return true;
    }

    // "…, a long-time customer", "… (patient", "… has been our client", "… is one of our" — on the name's line.
    private static bool DescribesName(ReadOnlySpan<char> gap)
    {
        for (var i = 0; i < gap.Length;)
        {
            var c = gap[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < gap.Length && (char.IsLetter(gap[i]) || (gap[i] == '-' && i + 1 < gap.Length && char.IsLetter(gap[i + 1]))))
                {
                    i++;
                }
                if (!DescriptionWordsLookup.Contains(gap[start..i]))
                {
                    return false;
                }
                continue;
            }
            if (!(c is ' ' or '\t' or ',' or '(' or '-' or '–' or '—' or ':' or '.'))
            {
                return false;
            }
            i++;
        }
        return true;
    }

    private static bool EndsNounPhrase(string text, TextSpan cue, bool adjective)
    {
        // "patient-facing", "client-side": a hyphenated compound qualifies the noun after it.
        if (cue.End + 1 < text.Length && text[cue.End] == '-' && char.IsLetter(text[cue.End + 1]))
        {
            return false;
        }
        var next = NextWord(text, cue.End);
        if (next.IsEmpty)
        {
            return true;
        }
        // A participle opens a reduced relative clause about the person ("a patient admitted with …", "a tenant living at …").
        var participle = next.Length >= 5 && (next.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || next.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        return (AfterRoleLookup.Contains(next) || participle) && !(adjective && next.Equals("and", StringComparison.OrdinalIgnoreCase));
    }

    // The word right after position (one space or a hyphen between), or empty where punctuation or the end comes first.
    private static ReadOnlySpan<char> NextWord(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '\t')
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

    // The word right before position on the same line, or empty.
    private static ReadOnlySpan<char> PreviousWord(string text, int position)
    {
        var i = position;
        while (i > 0 && text[i - 1] is ' ' or '\t' or '\'' or '’')
        {
            i--;
        }
        var end = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return text.AsSpan(i, end - i);
    }
}
