using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A name split over a record's given-name and family-name fields (eleventh pass, issue 15): JSON keys and form fields
/// (<c>{"first": "Lucian", "last": "Marchetti"}</c>, <c>first=Anouk&amp;last=Devereaux</c>, <c>firstName: Maelle, lastName: …</c>)
/// and a delimited export whose header names both columns side by side (<c>first_name;last_name;dob</c> over
/// <c>Osgood;Pemberton;1961-03-12</c>). The span runs from the given name to the family name. Only texts holding a given-name
/// key are read (one vectorised search for the keys' stems).
/// </summary>
internal static class SplitNameFields
{
    private static readonly string[] GivenKeys = ["first", "firstname", "first_name", "given", "givenname", "given_name", "fname", "forename", "forenames"];
    private static readonly string[] FamilyKeys = ["last", "lastname", "last_name", "surname", "family", "familyname", "family_name", "lname"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenLookup =
        new HashSet<string>(GivenKeys, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FamilyLookup =
        new HashSet<string>(FamilyKeys, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // What every given-name key starts with, in the cases keys are written in: one vectorised search, where four
    // case-insensitive string searches cost as much as the whole Latin name finder.
    private static readonly SearchValues<string> Stems = SearchValues.Create(
        ["first", "First", "FIRST", "given", "Given", "GIVEN", "fname", "Fname", "FNAME", "forename", "Forename", "FORENAME"], StringComparison.Ordinal);

    public static void Find(string text, List<TextSpan> names)
    {
        var span = text.AsSpan();
        if (span.Contains("PID|", StringComparison.Ordinal))
        {
            AddPatientNames(text, names);
        }
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(Stems);
            if (at < 0)
            {
                return;
            }
            var i = from + at;
            from = i + 1;
            if (i > 0 && (char.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] == '_'))
            {
                continue;
            }
            var keyEnd = KeyEnd(text, i);
            if (!GivenLookup.Contains(text.AsSpan(i, keyEnd - i)))
            {
                continue;
            }
            var value = Value(text, keyEnd);
            if (value is { } given && FamilyAfter(text, given.End) is { } family)
            {
                Add(names, new TextSpan(given.Start, family.End));
                from = family.End;
            }
            else if (value is { } g && FamilyBefore(text, i) is { } f)
            {
                // FHIR writes the family name first ({"family":"Okafor","given":["Chidi"]}): the span runs from it to the given name.
                Add(names, new TextSpan(f.Start, g.End));
                from = g.End;
            }
            else if (HeaderColumns(text, i, keyEnd) is { } header)
            {
                AddRows(text, header, names);
            }
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpacedKeys = new HashSet<string>(
        ["firstname", "first_name", "forename", "givenname", "given_name", "lastname", "last_name", "surname", "familyname", "family_name"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether the key before " name" is first, last, given or family.
    private static bool NameWordKey(string text, int keyEnd)
    {
        var start = keyEnd;
        while (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }
        return text.AsSpan(start, keyEnd - start) is var key && (key.Equals("first", StringComparison.OrdinalIgnoreCase)
            || key.Equals("last", StringComparison.OrdinalIgnoreCase) || key.Equals("given", StringComparison.OrdinalIgnoreCase)
            || key.Equals("family", StringComparison.OrdinalIgnoreCase));
    }

    // Whether the key ending at keyEnd is a one-word name key, which a row may follow by its value after one space.
    private static bool SpacedKey(string text, int keyEnd)
    {
        if (keyEnd >= 5 && text.AsSpan(keyEnd - 5, 5).Equals(" name", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var start = keyEnd;
        while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '_'))
        {
            start--;
        }
        return SpacedKeys.Contains(text.AsSpan(start, keyEnd - start));
    }

    private static int KeyEnd(string text, int i)
    {
        var end = i;
        while (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '_'))
        {
            end++;
        }
        return end;
    }

    // The value after a key: an optional closing quote, ':' or '=', an optional opening quote, then one or two capitalised words.
    private static TextSpan? Value(string text, int keyEnd)
    {
        // "First name Leila | Last name Haddad": a two-word key reads as its one-word form (eighteenth pass).
        if (text.AsSpan(keyEnd).StartsWith(" name ", StringComparison.OrdinalIgnoreCase) && NameWordKey(text, keyEnd))
        {
            keyEnd += 5;
        }
        var at = keyEnd;
        if (at < text.Length && text[at] is '"' or '\'')
        {
            at++;
        }
        // FHIR XML puts the value in an attribute (<family value="Moreau"/>).
        if (text.AsSpan(at).StartsWith(" value=", StringComparison.Ordinal))
        {
            at += 6;
        }
        while (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        if (at < text.Length && at == keyEnd + 1 && SpacedKey(text, keyEnd) && char.IsUpper(text[at]))
        {
            // A CRM or export row written "Firstname Leila | Lastname Haddad": a one-word key, one space, the value (eighteenth pass).
            at--;
        }
        else if (at >= text.Length || text[at] is not (':' or '='))
        {
            return null;
        }
        at++;
        // FHIR JSON lists given names in an array ("given":["Chidi"]).
        while (at < text.Length && text[at] is ' ' or '"' or '\'' or '[')
        {
            at++;
        }
        var start = at;
        var end = CapitalisedWord(text, at);
        if (end < 0)
        {
            return null;
        }
        if (end + 1 < text.Length && text[end] == ' ' && CapitalisedWord(text, end + 1) is var second and > 0)
        {
            end = second;
        }
        return new TextSpan(start, end);
    }

    // A capitalised word from at (letters, apostrophes, hyphens; a lower-case letter after the first), its end or -1.
    private static int CapitalisedWord(string text, int at)
    {
        if (at >= text.Length || !char.IsUpper(text[at]))
        {
            return -1;
        }
        var end = at + 1;
        var lower = false;
        while (end < text.Length && (char.IsLetter(text[end]) || (text[end] is '\'' or '’' or '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            lower |= char.IsLower(text[end]);
            end++;
        }
        return end - at >= 2 && lower && !LatinNames.IsNotName(text.AsSpan(at, end - at)) ? end : -1;
    }

    // A family-name key and its value within the next 60 characters, with only punctuation, quotes and white space before the key.
    private static TextSpan? FamilyAfter(string text, int from)
    {
        var at = from;
        var limit = Math.Min(text.Length, from + 60);
        while (at < limit && !char.IsAsciiLetter(text[at]))
        {
            if (text[at] is '\n' && at > from && text[at - 1] is not ',' and not '{')
            {
                return null;
            }
            at++;
        }
        var keyEnd = KeyEnd(text, at);
        return at < limit && FamilyLookup.Contains(text.AsSpan(at, keyEnd - at)) ? Value(text, keyEnd) : null;
    }

    // An HL7 v2 PID segment's fifth field, the patient's name as family^given^middle ("PID|1||4471^^^MRN||Okafor^Chidi||19791003|M"),
    // written in mixed case (the name finder reads the same field in capitals, LatinNames.CaretName).
    private static void AddPatientNames(string text, List<TextSpan> names)
    {
        for (var at = text.IndexOf("PID|", StringComparison.Ordinal); at >= 0; at = text.IndexOf("PID|", at + 4, StringComparison.Ordinal))
        {
            if (at > 0 && text[at - 1] is not ('\n' or '\r' or ' ' or '"' or '\''))
            {
                continue;
            }
            var field = at + 3;
            for (var k = 0; k < 4 && field >= 0; k++)
            {
                var bar = text.IndexOf('|', field + 1);
                var lineEnd = text.IndexOf('\n', field + 1);
                field = bar < 0 || (lineEnd >= 0 && lineEnd < bar) ? -1 : bar;
            }
            if (field < 0)
            {
                continue;
            }
            var family = CapitalisedWord(text, field + 1);
            if (family > 0 && family < text.Length && text[family] == '^' && CapitalisedWord(text, family + 1) is var given and > 0)
            {
                Add(names, new TextSpan(field + 1, given));
            }
        }
    }

    // A family-name key and its value ending within the 60 characters before the given-name key, with only punctuation, quotes
    // and white space between them (FHIR: "family":"Okafor","given":…; <family value="Moreau"/><given value=…).
    private static TextSpan? FamilyBefore(string text, int givenKey)
    {
        var at = givenKey;
        var limit = Math.Max(0, givenKey - 60);
        while (at > limit && !char.IsLetter(text[at - 1]))
        {
            at--;
        }
        // Each word start before it may be the family key whose value ends there.
        var valueEnd = at;
        for (var k = at - 1; k >= limit; k--)
        {
            if (!char.IsAsciiLetter(text[k]) || (k > 0 && (char.IsAsciiLetterOrDigit(text[k - 1]) || text[k - 1] == '_')))
            {
                continue;
            }
            var keyEnd = KeyEnd(text, k);
            if (keyEnd < valueEnd && FamilyLookup.Contains(text.AsSpan(k, keyEnd - k)) && Value(text, keyEnd) is { } family && family.End == valueEnd)
            {
                return family;
            }
        }
        return null;
    }

    // A header line whose cell at the given key is followed by a family-name cell: its delimiter, the given column and the line end.
    private static (char Delimiter, int Column, int LineEnd)? HeaderColumns(string text, int start, int keyEnd)
    {
        if (keyEnd >= text.Length || text[keyEnd] is not (',' or ';' or '|' or '\t'))
        {
            return null;
        }
        var delimiter = text[keyEnd];
        var next = keyEnd + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        var nextEnd = KeyEnd(text, next);
        if (!FamilyLookup.Contains(text.AsSpan(next, nextEnd - next)))
        {
            return null;
        }
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var column = text.AsSpan(lineStart, start - lineStart).Count(delimiter);
        var lineEnd = text.IndexOf('\n', start);
        return lineEnd < 0 ? null : (delimiter, column, lineEnd);
    }

    // Each row under the header (up to 50) whose given and family cells both hold a capitalised word: that name.
    private static void AddRows(string text, (char Delimiter, int Column, int LineEnd) header, List<TextSpan> names)
    {
        var lineStart = header.LineEnd + 1;
        for (var row = 0; row < 50 && lineStart < text.Length; row++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var cellStart = lineStart;
            for (var c = 0; c < header.Column && cellStart < lineEnd; c++)
            {
                var next = text.IndexOf(header.Delimiter, cellStart, lineEnd - cellStart);
                cellStart = next < 0 ? lineEnd : next + 1;
            }
            var given = Cell(text, cellStart, lineEnd, header.Delimiter);
            if (given is { } g && g.End < lineEnd && Cell(text, g.End + 1, lineEnd, header.Delimiter) is { } f)
            {
                Add(names, new TextSpan(g.Start, f.End));
            }
            else if (cellStart >= lineEnd)
            {
                return;
            }
            lineStart = lineEnd + 1;
        }
    }

    // A cell holding one capitalised word (quotes and spaces around it allowed), ending at the delimiter or the line end.
    private static TextSpan? Cell(string text, int from, int lineEnd, char delimiter)
    {
        var at = from;
        while (at < lineEnd && text[at] is ' ' or '"' or '\'')
        {
            at++;
        }
        var end = CapitalisedWord(text, at);
        if (end < 0 || end > lineEnd)
        {
            return null;
        }
        var after = end;
        while (after < lineEnd && text[after] is ' ' or '"' or '\'')
        {
            after++;
        }
        return after == lineEnd || text[after] == delimiter ? new TextSpan(at, after == lineEnd ? end : after) : null;
    }

    private static void Add(List<TextSpan> names, TextSpan span)
    {
        if (!names.Exists(n => n.Overlaps(span)))
        {
            names.Add(span);
        }
    }
}
