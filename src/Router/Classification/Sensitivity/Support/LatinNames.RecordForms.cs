namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Name forms of records, forms and exports that the capitalised-word finder cannot see: initials before a surname ("A. K.
/// Lindström", "patient j. r. okonkwo"), names in capitals where a record puts them (after a title or a role label, heading a
/// CV line before a birth date, or set in lower-case prose: "visited GORDON PIKE at home"), and "SURNAME, Given" / "Surname,
/// Given —" in a record line. Each form is tried only where its first character or punctuation is there, so plain prose
/// costs one comparison per word.
/// </summary>
internal static partial class LatinNames
{
    // Capitalised words that records, code and emphasis write in capitals and that are no name ("VERY IMPORTANT", "INNER JOIN").
    private static readonly HashSet<string> CapsNotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "very", "important", "urgent", "must", "never", "always", "only", "note", "warning", "caution", "free", "sale", "asap", "fyi",
        "read", "stop", "now", "none", "final", "draft", "confidential", "private", "secret", "internal", "public", "total", "net",
        "gross", "due", "paid", "unpaid", "overdue", "high", "low", "top", "min", "ok", "okay", "true", "false", "null", "select",
        "inner", "outer", "left", "right", "join", "distinct", "count", "sum", "avg", "having", "limit", "offset", "union", "values",
        "set", "into", "table", "drop", "alter", "index", "primary", "key", "foreign", "references", "default", "varchar", "int",
        "text", "case", "then", "else", "end", "asc", "desc", "like", "between", "exists", "insert", "delete", "where", "group",
        "order", "as", "like", "get", "post", "put", "patch", "head", "api", "url", "id", "pdf", "faq", "tbd", "todo", "fixme",
        "done", "open", "closed", "pending", "approved", "rejected", "active", "inactive", "yes", "no", "off", "alert", "error",
        "info", "debug", "trace", "fatal", "critical", "success", "failed", "fail", "pass", "passed", "ready", "live", "test", "tests",
        "section", "part", "article", "clause", "schedule", "appendix", "annex", "exhibit", "table", "figure", "page", "total",
        "minutes", "agenda", "board", "meeting", "quarterly", "annual", "monthly", "weekly", "daily", "summary", "overview",
        "introduction", "conclusion", "background", "objective", "objectives", "scope", "purpose", "results", "methods",
        "discussion", "references", "contents", "terms", "conditions", "notice", "disclaimer", "statement", "budget", "forecast",
        "revenue", "sales", "marketing", "finance", "legal", "operations", "strategy", "security", "privacy", "restricted",
        "classified", "sensitive", "personal", "education", "experience", "skills", "profile", "contact", "details", "information",
        "dear", "sir", "madam", "attention", "regarding", "subject", "memo", "memorandum", "re", "cc", "bcc", "to", "from",
        "free", "shipping", "new", "hot", "best", "seller", "limited", "edition", "offer", "deal", "deals", "click", "here",
        "sign", "up", "log", "in", "out", "login", "logout", "submit", "cancel", "save", "edit", "view", "download", "upload",
        "breaking", "news", "live", "update", "alert", "exclusive", "official", "press", "release", "wanted", "missing",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapsNameAfterLookup = new HashSet<string>(StringComparer.Ordinal)
    {
        "to", "for", "with", "from", "by", "of", "visit", "visits", "call", "calls", "meet", "meets", "met", "saw", "see", "sees",
        "told", "tell", "ask", "asks", "contact", "email", "phone", "pay", "pays", "paid", "owes", "owe", "patient", "customer", "client",
        "tenant", "employee", "mr", "mrs", "ms", "dr",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapsNotNameLookup = CapsNotNames.GetAlternateLookup<ReadOnlySpan<char>>();

    // Places that follow a town and a comma ("Austin, Texas", "LONDON, England"): not a given name after a surname.
    private static readonly HashSet<string> PlaceAfterComma = new(StringComparer.OrdinalIgnoreCase)
    {
        "England", "Scotland", "Wales", "Ireland", "France", "Germany", "Spain", "Portugal", "Italy", "Austria", "Switzerland",
        "Belgium", "Netherlands", "Holland", "Denmark", "Norway", "Sweden", "Finland", "Poland", "Greece", "Turkey", "Russia",
        "Ukraine", "China", "Japan", "Korea", "India", "Pakistan", "Bangladesh", "Nigeria", "Kenya", "Egypt", "Morocco", "Israel",
        "Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Australia", "Zealand", "Singapore", "Malaysia",
        "Indonesia", "Philippines", "Vietnam", "Thailand", "Africa", "Europe", "Asia", "America", "USA", "UK", "Alabama", "Alaska",
        "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho",
        "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Hampshire", "Jersey", "Mexico", "York",
        "Carolina", "Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode", "Tennessee", "Texas", "Utah", "Vermont",
        "Virginia", "Washington", "Wisconsin", "Wyoming", "Ontario", "Quebec", "Alberta", "Columbia", "Manitoba", "Saskatchewan",
        "Scotia", "Brunswick", "Victoria", "Queensland", "Tasmania", "Bavaria", "Catalonia", "Andalusia", "Tuscany", "Sicily",
        "Inc", "Ltd", "LLC", "Jr", "Sr", "PhD", "MD", "Esq",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceAfterCommaLookup = PlaceAfterComma.GetAlternateLookup<ReadOnlySpan<char>>();

    // Birth words a CV or record line puts after a name in capitals ("MAXIMILIAN HOFER — born 14 March 1988").
    private static readonly CueSet CapsHeaderBirth = new("born", "b", "DOB", "D.O.B", "geb", "geboren", "née", "nee", "aged", "age");

    // Letter pairs that are abbreviations, not initials ("U. S. Army", "e. g. the").
    private static readonly HashSet<string> InitialPairs = new(StringComparer.OrdinalIgnoreCase) { "us", "uk", "eu", "un", "ps", "ad", "bc", "am", "pm", "dc", "ny", "la", "eg", "ie", "nb", "vs", "aka" };

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }
        var vowel = false;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            vowel |= c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y' || c >= 128;
        }
        return vowel;
    }

    private static bool IsCapsNameWord(ReadOnlySpan<char> word) =>
        IsAllCaps(word) && !NotNameLookup.Contains(word) && !CapsNotNameLookup.Contains(word) && !TitleLookup.Contains(word);

    /// <summary>
    /// A record form starting at word <paramref name="w"/> (not a capitalised word): initials and a surname, or a name in
    /// capitals in a record's place for one. Adds the name and returns its last word, or -1.
    /// </summary>
    private static int FindRecordForm(string text, List<(int Start, int End)> words, int w, List<TextSpan> names)
    {
        var word = Word(text, words[w]);
        var last = word.Length == 1 ? Initials(text, words, w)
            : IsCapsNameWord(word) ? SlashName(text, words, w) is var slash and >= 0 ? slash : CaretName(text, words, w) is var caret and >= 0 ? caret : CapsName(text, words, w)
            : -1;
        if (last >= 0)
        {
            var span = new TextSpan(words[w].Start, words[last].End);
            if (!InsidePlaceholder(text, span))
            {
                names.Add(span);
            }
        }
        return last;
    }

    // Passenger-list and ticket titles after "SURNAME/GIVEN" (MSTR a boy, CHD a child, INF an infant).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TicketTitles = new HashSet<string>(StringComparer.Ordinal)
    {
        "MR", "MRS", "MS", "MISS", "MSTR", "MX", "DR", "PROF", "CHD", "INF",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words of a booking that make "SURNAME/GIVEN" without a title a passenger ("PNR", "pax", "manifest").
    private static readonly CueSet BookingWords = new("pnr", "pax", "passenger*", "manifest", "booking*", "boarding", "ticket*", "e-ticket", "itinerary", "check-in", "seat");

    // "HOLLOWAY/JAMES MR", "NGUYEN/THI LAN MRS": a passenger list's surname, a slash and the given names in capitals, then a
    // ticket title, or no title in a booking's text. Not "LHR/JFK" (no vowel), nor "HOLLOWAY/LONDON route" (nothing says booking).
    private static int SlashName(string text, List<(int Start, int End)> words, int w)
    {
        if (words[w].End >= text.Length || text[words[w].End] != '/' || w + 1 >= words.Count || words[w + 1].Start != words[w].End + 1
            || !IsCapsNameWord(Word(text, words[w + 1])))
        {
            return -1;
        }
        var last = w + 1;
        for (var k = w + 2; k < words.Count && k <= w + 4 && words[k].Start == words[k - 1].End + 1 && text[words[k - 1].End] == ' '; k++)
        {
            var next = Word(text, words[k]);
            if (TicketTitles.Contains(next))
            {
                // The title is the name's, not a title before a name that follows ("MRS born 03/04/1985").
                return k;
            }
            if (!IsCapsNameWord(next))
            {
                break;
            }
            last = k;
        }
        var from = Math.Max(0, words[w].Start - 120);
        return BookingWords.Any(text.AsSpan(from, Math.Min(text.Length, words[last].End + 60) - from)) ? last : -1;
    }

    // An HL7 v2 name field ("PID|1||4471^^^MRN||THORNBURY^ALARIC^J||19570412|M"): the family name, a caret and the given
    // name in capitals, at the start of a field (after "|"), then an optional caret and middle initial or name.
    private static int CaretName(string text, List<(int Start, int End)> words, int w)
    {
        if (words[w].Start == 0 || text[words[w].Start - 1] != '|' || words[w].End >= text.Length || text[words[w].End] != '^'
            || w + 1 >= words.Count || words[w + 1].Start != words[w].End + 1 || !IsCapsNameWord(Word(text, words[w + 1])))
        {
            return -1;
        }
        var last = w + 1;
        if (w + 2 < words.Count && words[last].End < text.Length && text[words[last].End] == '^' && words[w + 2].Start == words[last].End + 1
            && char.IsUpper(text[words[w + 2].Start]) && (words[w + 2].End - words[w + 2].Start == 1 || IsCapsNameWord(Word(text, words[w + 2]))))
        {
            last = w + 2;
        }
        return last;
    }

    // "A. K. Lindström", "J. R. Okonkwo", "Dr. A. Patel", "patient j. r. okonkwo": one or more initials, each with its full stop,
    // then a surname on the same line. Two initials at least, or one after a title or a role label; in lower case only after a
    // role label or in a lower-case line where a comma follows.
    private static int Initials(string text, List<(int Start, int End)> words, int w)
    {
        var upper = char.IsUpper(text[words[w].Start]);
        if (!char.IsLetter(text[words[w].Start]))
        {
            return -1;
        }
        var k = w;
        while (k < words.Count && words[k].End - words[k].Start == 1 && char.IsUpper(text[words[k].Start]) == upper
            && words[k].End + 1 < text.Length && text[words[k].End] == '.' && k + 1 < words.Count
            && text.AsSpan(words[k].End, words[k + 1].Start - words[k].End) is ". " or ".")
        {
            k++;
        }
        var initials = k - w;
        if (initials == 0 || k >= words.Count || words[k].End - words[k].Start < 2
            || (initials == 2 && InitialPairs.Contains(string.Concat(text[words[w].Start], text[words[w + 1].Start]))))
        {
            return -1;
        }
        var surname = Word(text, words[k]);
        var labelled = w > 0 && (TitleLookup.Contains(Word(text, words[w - 1])) || RoleLabelLookup.Contains(Word(text, words[w - 1])))
            && text.AsSpan(words[w - 1].End, words[w].Start - words[w - 1].End).Trim(" .:").IsEmpty;
        if (initials < 2 && !labelled && !(upper && SingleInitialName(text, words, w, k)))
        {
            return -1;
        }
        if (upper)
        {
            return (IsCapitalised(surname) || IsAllCaps(surname)) && !NotNameLookup.Contains(surname) ? k : -1;
        }
        var end = words[k].End;
        return char.IsLower(surname[0]) && surname.Length >= 3 && !NotNameLookup.Contains(surname) && !HasNounEnding(surname)
            && (labelled || (IsLowerCaseLine(text, words[k].Start) && end < text.Length && text[end] == ','))
            ? k : -1;
    }

    // A name in capitals: two or three capitalised-only words (one after a title) where records put a name: after a title or a
    // role label, heading a line before a birth word or a number, or inside lower-case prose. A fourth word in capitals makes it a
    // heading.
    private static int CapsName(string text, List<(int Start, int End)> words, int w)
    {
        var last = w;
        var most = w + 1 < words.Count && VietnameseMiddleLookup.Contains(Word(text, words[w + 1])) ? 3 : 2;
        while (last + 1 < words.Count && last - w < most && SameLine(text, words[last].End, words[last + 1].Start, allowDot: false)
            && IsCapsNameWord(Word(text, words[last + 1])))
        {
            last++;
        }
        if (last + 1 < words.Count && SameLine(text, words[last].End, words[last + 1].Start, allowDot: false) && IsAllCaps(Word(text, words[last + 1])))
        {
            return -1;
        }
        var count = last - w + 1;
        var previous = w > 0 ? Word(text, words[w - 1]) : default;
        var gapBefore = w > 0 ? text.AsSpan(words[w - 1].End, words[w].Start - words[w - 1].End) : default;
        if (w > 0 && TitleLookup.Contains(previous) && gapBefore is " " or ". " or "  " or "   ")
        {
            return last;
        }
        if (count < 2)
        {
            return -1;
        }
        if (w > 0 && RoleLabelLookup.Contains(previous) && gapBefore.Trim(" :").IsEmpty && !gapBefore.IsEmpty)
        {
            return last;
        }
        var end = words[last].End;
        var after = text.AsSpan(end, Math.Min(text.Length, end + 40) - end);
        // A cell of a delimited record row: "runner 4471; KENJI WATANABE; 5-12-3 …", "| 2 | AMARA OKONJO | …"; or a field's value
        // after a label's colon, ending at a comma, semicolon or the line's end ("ship to: FATIMA EZ-ZAHRA BENALI, 8 rue …").
        if (CellBetweenDelimiters(text, words[w].Start, after) || FieldValue(text, words[w].Start, after))
        {
            return last;
        }
        if (LineStartBefore(text, words[w].Start))
        {
            var rest = after.TrimStart(' ');
            if (rest.Length > 1 && rest[0] is ',' or '—' or '–' or '-' or '(' or '|' or ';' && rest.Length > 2)
            {
                var tail = rest[1..];
                var lineEnd = tail.IndexOf('\n');
                tail = lineEnd >= 0 ? tail[..lineEnd] : tail;
                return CapsHeaderBirth.Any(tail.Length > 24 ? tail[..24] : tail) ? last : -1;
            }
            return -1;
        }
        // In prose: after a verb of visiting or contacting, or a preposition that takes a person ("visited GORDON PIKE at home",
        // "paid to JANE DOE,"), and before a lower-case word, a comma or a full stop; not after an article ("the FAST TRACK lane").
        var lowerBefore = w > 0 && gapBefore is " " && char.IsLower(previous[0])
            && (previous.EndsWith("ed", StringComparison.Ordinal) || CapsNameAfterLookup.Contains(previous));
        var lowerAfter = after.Length > 1 && ((after[0] == ' ' && char.IsLower(after[1])) || after[0] is ',' or '.');
        return lowerBefore && lowerAfter ? last : -1;
    }

    private static bool CellBetweenDelimiters(string text, int start, ReadOnlySpan<char> after)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        var rest = after.TrimStart(' ');
        return k >= 0 && text[k] is ';' or '|' or '\t' && !rest.IsEmpty && rest[0] is ';' or '|' or '\t' or '\r' or '\n';
    }

    private static bool FieldValue(string text, int start, ReadOnlySpan<char> after)
    {
        var k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        return k > 0 && text[k] == ':' && char.IsLetter(text[k - 1]) && (after.IsEmpty || after[0] is ',' or ';' or '\r' or '\n');
    }

    // Record roles and ages that follow a lower-case name heading a line ("larry lombardo, a customer since 2015", "wendy olsen
    // (patient) missed …", "hannah rangel, 34, was promoted", "eric costa turned 60 last week").
    private static readonly string[] LowerCaseRecordTails = [", a ", ", an ", " (", ", "];

    // Everyday openings of a lower-case line that a role or a number may follow ("good morning, a customer …", "last week, 12, …").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseLeadStops = new HashSet<string>(StringComparer.Ordinal)
    {
        "good", "morning", "afternoon", "evening", "night", "last", "next", "week", "weekend", "month", "year", "quick", "question",
        "reminder", "issue", "problem", "hey", "sorry", "urgent", "earlier", "later", "recently", "also", "then", "so", "well", "one",
        "two", "three", "every", "another", "other", "same", "again", "once", "still", "here", "there", "guys", "folks", "everyone",
        "team", "all", "ps", "btw", "fyi", "update", "meeting", "call", "today", "tonight", "soon", "first", "second", "third", "finally",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A lower-case name of two or three words heading a lower-case line, right before a record role (", a customer", " (patient)",
    /// ", employee id"), an age in commas or "turned" and an age: its last word, or -1.
    /// </summary>
    private static int LowerCaseRecordLead(string text, List<(int Start, int End)> words, int w)
    {
        if (!LineStartBefore(text, words[w].Start) || !IsLowerCaseLine(text, words[w].Start))
        {
            return -1;
        }
        var last = w;
        while (last + 1 < words.Count && last - w < 2 && SameLine(text, words[last].End, words[last + 1].Start, allowDot: false)
            && !AfterLowerCaseNameLookup.Contains(Word(text, words[last + 1])) && !Word(text, words[last + 1]).SequenceEqual("turned"))
        {
            last++;
        }
        if (last == w)
        {
            return -1;
        }
        for (var k = w; k <= last; k++)
        {
            var word = Word(text, words[k]);
            if (word.Length < 2 || !char.IsLower(word[0]) || NotNameLookup.Contains(word) || HasNounEnding(word) || RoleLabelLookup.Contains(word)
                || CapsNotNameLookup.Contains(word) || LowerCaseLeadStops.Contains(word))
            {
                return -1;
            }
        }
        var rest = text.AsSpan(words[last].End, Math.Min(24, text.Length - words[last].End));
        if (rest.StartsWith(" turned ", StringComparison.Ordinal))
        {
            return rest.Length > 8 && char.IsAsciiDigit(rest[8]) ? last : -1;
        }
        foreach (var tail in LowerCaseRecordTails)
        {
            if (!rest.StartsWith(tail, StringComparison.Ordinal))
            {
                continue;
            }
            var next = rest[tail.Length..];
            if (tail == ", " && next.Length > 2 && char.IsAsciiDigit(next[0]))
            {
                var digits = next.IndexOfAnyExceptInRange('0', '9');
                return digits is 1 or 2 && next[digits] == ',' ? last : -1;
            }
            var end = next.IndexOfAny(' ', ')', ',');
            var role = end < 0 ? next : next[..end];
            if (RoleLabelLookup.Contains(role) && (tail != " (" || (end >= 0 && next[end] == ')')))
            {
                return last;
            }
        }
        return -1;
    }

    // At most a few bullets or spaces between the line's start and the position: a bounded look back, cheap on every word.
    private static bool HeadsLine(string text, int position)
    {
        var k = position - 1;
        while (k >= 0 && position - k <= 4 && text[k] is ' ' or '\t' or '-' or '*' or '•')
        {
            k--;
        }
        return k < 0 || text[k] == '\n';
    }

    // Only bullets, quotes, table bars or spaces between the line's start and the position.
    private static bool LineStartBefore(string text, int position)
    {
        var lineStart = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        return text.AsSpan(lineStart, position - lineStart).Trim(" \t*-•#>|\"").IsEmpty;
    }

    // "QURESHI, Abdul-Rahman S. — DOB …", "Olsen, Kari — gross …", "Lindqvist, Sofia; Storgatan 5": a surname, a comma and a
    // given name (and an initial or a second given name) heading a record line or cell, then the record goes on after a dash,
    // bar, semicolon, bracket or tab (or a comma and a number). A surname in capitals may also end its line.
    private static int Inverted(string text, List<(int Start, int End)> words, int w, List<TextSpan> names)
    {
        var surname = Word(text, words[w]);
        var caps = IsAllCaps(surname);
        if (w + 1 >= words.Count || text.AsSpan(words[w].End, words[w + 1].Start - words[w].End) is not ", "
            || !(caps ? IsCapsNameWord(surname) : !NotNameLookup.Contains(surname)) || !RecordCellStart(text, words[w].Start))
        {
            return -1;
        }
        var given = Word(text, words[w + 1]);
        if (!(IsCapitalised(given) || (caps && IsCapsNameWord(given))) || NotNameLookup.Contains(given) || PlaceAfterCommaLookup.Contains(given)
            || CapsNotNameLookup.Contains(given))
        {
            return -1;
        }
        var last = w + 1;
        var end = words[last].End;
        if (last + 1 < words.Count && SameLine(text, end, words[last + 1].Start, allowDot: false))
        {
            var next = Word(text, words[last + 1]);
            if (next.Length == 1 && char.IsUpper(next[0]) && words[last + 1].End < text.Length && text[words[last + 1].End] == '.')
            {
                last++;
                end = words[last].End + 1;
            }
            else if (IsCapitalised(next) && !NotNameLookup.Contains(next))
            {
                last++;
                end = words[last].End;
            }
            else
            {
                return -1;
            }
        }
        var rest = text.AsSpan(end);
        var trimmed = rest.TrimStart(" \t");
        var goesOn = trimmed.IsEmpty ? caps
            : trimmed[0] is '—' or '–' or '|' or ';' or '(' || (trimmed[0] == '-' && rest.Length > 0 && rest[0] == ' ')
              || (rest.Length > 0 && rest[0] == '\t')
              || (trimmed[0] is '\n' or '\r' && caps)
              || (trimmed[0] == ':' && caps)
              || (trimmed[0] == ',' && trimmed[1..].TrimStart(' ') is { Length: > 0 } digits && char.IsAsciiDigit(digits[0]));
        if (!goesOn)
        {
            return -1;
        }
        names.Add(new TextSpan(words[w].Start, end));
        return last;
    }

    // The start of a line, or of a cell or field after a bar, semicolon, tab or a label's colon.
    private static bool RecordCellStart(string text, int position)
    {
        var k = position - 1;
        while (k >= 0 && text[k] is ' ' or '*' or '•' or '"')
        {
            k--;
        }
        return k < 0 || text[k] is '\n' or '|' or ';' or '\t' or ':' || (text[k] == '-' && (k == 0 || text[k - 1] == '\n'));
    }
}
