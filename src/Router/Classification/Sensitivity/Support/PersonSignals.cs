using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Eleventh-pass refinements of the shared vetoes in <see cref="PersonContext"/> (issue 15): a poem dedicated to the writer's own
/// relative is no fiction, a public role the text is addressed to is not the name's title, and a record shape (JSON, SQL, HL7)
/// before a question makes it no general question.
/// </summary>
internal static class PersonSignals
{
    private static readonly string[] DedicationTo = ["for my ", "for our ", "to my ", "to our "];

    /// <summary>
    /// Whether a hit of <see cref="PersonContext.Fiction"/> is a poem written for the writer's own relative or friend ("a birthday poem for my
    /// grandmother …", "a funny poem for my dad …'s 65th"): a real person's occasion, not a story, so the whole-request veto
    /// does not apply (the names, ages and dates in it are that person's). Stories and songs keep their veto.
    /// </summary>
    internal static bool IsDedication(string text, TextSpan hit)
    {
        if (!text.AsSpan(hit.Start, hit.End - hit.Start).StartsWith("poem", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var after = text.AsSpan(hit.End).TrimStart(' ');
        foreach (var to in DedicationTo)
        {
            if (after.StartsWith(to, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a hit of <see cref="PersonContext.Fiction"/> is the stock word "firstName"/"lastName" used as a record's key
    /// (<c>{"firstName": "Ottilie", …}</c>, <c>lastname=…</c>): a field holding a value, not a template's stock name.
    /// </summary>
    internal static bool IsFieldKey(string text, TextSpan hit)
    {
        var word = text.AsSpan(hit.Start, hit.End - hit.Start);
        if (!word.Equals("firstname", StringComparison.OrdinalIgnoreCase) && !word.Equals("lastname", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var after = text.AsSpan(hit.End).TrimStart("\"' ");
        return (!after.IsEmpty && after[0] is ':' or '=') || SpacedValue(text.AsSpan(hit.End));
    }

    // "Firstname Leila | Lastname Haddad |": one space, a capitalised word that is no stock key, then a column separator (eighteenth
    // pass). "Dear Firstname Lastname," stays a template.
    private static bool SpacedValue(ReadOnlySpan<char> after)
    {
        if (after.Length < 3 || after[0] != ' ' || !char.IsUpper(after[1]))
        {
            return false;
        }
        var end = 2;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }
        var word = after[1..end];
        var rest = after[end..].TrimStart(' ');
        return !word.Equals("lastname", StringComparison.OrdinalIgnoreCase) && !word.Equals("firstname", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("surname", StringComparison.OrdinalIgnoreCase) && !rest.IsEmpty && rest[0] is '|' or ';' or '\t' or ',' or '\n';
    }

    /// <summary>
    /// Whether a template hit of <see cref="PersonContext.Fiction"/> is a date format ("YYYY", "DD/MM", "MM/DD") written beside a
    /// real date ("entered 31/12/1999, dd/mm/yyyy", "DOB 04.07.2016 (DD.MM.YYYY)"): the format of a value, not a blank to fill.
    /// </summary>
    internal static bool IsFormatBesideDate(string text, TextSpan hit)
    {
        var word = text.AsSpan(hit.Start, hit.End - hit.Start);
        if (!word.Equals("yyyy", StringComparison.OrdinalIgnoreCase) && !word.Equals("dd/mm", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("mm/dd", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var from = Math.Max(0, hit.Start - 80);
        var window = text.AsSpan(from, Math.Min(text.Length, hit.End + 80) - from);
        for (var at = window.IndexOfAnyInRange('0', '9'); at >= 0 && at < window.Length;)
        {
            if (NumericDateAt(window[at..]))
            {
                return true;
            }
            var next = window[at..].IndexOfAnyExceptInRange('0', '9');
            if (next < 0)
            {
                break;
            }
            var digit = window[(at + next)..].IndexOfAnyInRange('0', '9');
            at = digit < 0 ? -1 : at + next + digit;
        }
        return false;
    }

    // "31/12/1999", "04.07.2016", "2008-04-17": three groups of digits (1–4, 1–2, 2–4) joined by one separator.
    private static bool NumericDateAt(ReadOnlySpan<char> s)
    {
        var first = s.IndexOfAnyExceptInRange('0', '9');
        if (first is < 1 or > 4 || s[first] is not ('/' or '.' or '-'))
        {
            return false;
        }
        var separator = s[first];
        var rest = s[(first + 1)..];
        var second = rest.IndexOfAnyExceptInRange('0', '9');
        if (second is < 1 or > 2 || rest[second] != separator)
        {
            return false;
        }
        var last = rest[(second + 1)..];
        var third = last.IndexOfAnyExceptInRange('0', '9');
        third = third < 0 ? last.Length : third;
        return third is >= 2 and <= 4;
    }

    // "U12 registration: player Lucas …", "junior squad: striker Theo …": a youth or grassroots team's player or coach, whom a
    // club's registration or team sheet names, not a professional's public title.
    private static readonly CueSet AmateurSquad = new(
        "u7", "u8", "u9", "u10", "u11", "u12", "u13", "u14", "u15", "u16", "u17", "u18", "u19", "under-*", "registration", "club pass",
        "junior*", "youth", "grassroots", "sunday league", "squad list", "team sheet", "academy trial*", "eligible", "eligibility",
        // A player's own pay terms explained to the family (nineteenth pass): a stipend or a retainer, not a star's reported salary.
        "stipend", "retainer", "his parents", "her parents", "their parents", "his family", "her family");

    private static readonly string[] AddressingLatin = ["for the ", "to the ", "tell the ", "ask the ", "email the ", "message the ", "for my ", "to my ", "for our ", "to our "];

    // "Update for the coach: Caspian …", "Note to the author, Maisie …": the role is whom the text is for, set off from the name
    // after it by a colon or comma, not the name's title ("the coach Jürgen Klopp" still is).
    internal static bool AddressedInLatin(string text, int start, int end, int nameStart)
    {
        var gap = text.AsSpan(end, nameStart - end).Trim();
        if (gap is not (":" or ","))
        {
            return false;
        }
        var before = text.AsSpan(0, start);
        foreach (var words in AddressingLatin)
        {
            if (before.EndsWith(words, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a Latin public role word at start..end is no public title: the writer's own team's ("our striker Ayo …", "my coach
    /// Dan …": a club's, not a famous one) or the owner of what follows ("Coach's note: Lena …": someone else's note).
    /// </summary>
    internal static bool OwnedOrOwningRole(string text, int start, int end)
    {
        if (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S')
        {
            return true;
        }
        var before = text.AsSpan(0, start).TrimEnd(' ');
        var word = before.Length;
        while (word > 0 && char.IsLetter(before[word - 1]))
        {
            word--;
        }
        var owner = before[word..];
        return TeamRoles.Contains(text.AsSpan(start, end - start))
            && (DocumentAfter(text, end) || owner.Equals("our", StringComparison.OrdinalIgnoreCase) || owner.Equals("my", StringComparison.OrdinalIgnoreCase)
                || AmateurSquad.Any(text));
    }

    // "Write a player card: …", "player profile for …": the role word names what is being written, not the name's title.
    private static bool DocumentAfter(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (rest.IsEmpty || rest[0] != ' ')
        {
            return false;
        }
        rest = rest[1..];
        var length = rest.IndexOfAnyExcept(Letters);
        return RoleDocuments.Contains(length < 0 ? rest : rest[..length]);
    }

    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleDocuments = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "card", "cards", "profile", "profiles", "bio", "bios", "blurb", "page", "registration", "form", "sheet", "spotlight", "intro",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Sports roles a school or club team has as much as a league ("our striker", "my coach"); "our president" stays public.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TeamRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "player", "coach", "striker", "quarterback",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> RecordShapes = SearchValues.Create(["{\"", "\":", "\" :", "VALUES", "WHERE ", " SET ", "PID|"], StringComparison.Ordinal);

    // A JSON object, an SQL statement or an HL7 segment holding the name: a record the writer has, whatever the question
    // after it asks ("{"name":"…","condition":"…"} — what's the JSON path to meds?").
    internal static bool HasRecordShape(string text) => text.AsSpan().ContainsAny(RecordShapes);
}
