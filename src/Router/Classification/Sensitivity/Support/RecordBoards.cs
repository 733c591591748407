namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A task board, CRM pipeline or list named after the people on it (eighteenth pass, issue 15): 'Monday board "Candidates":
/// Priya … — stage: final panel', "Trello list Tenants — Omar …", "Pipeline › Leads: Jonas … (status: demo booked)". The
/// plural role heads the column and the name is a card in it, right after the heading; the board itself says the writer keeps
/// these people's records. The plural must be the heading (capitalised or quoted) with only punctuation, or the words column,
/// list, lane or stage, between it and the name, in a text that speaks of a board, a card or a pipeline.
/// </summary>
internal static class RecordBoards
{
    /// <summary>Plural roles a board's column is named after (the record detector lists them among its cues).</summary>
    internal static readonly string[] Plurals =
    [
        "applicants", "candidates", "leads", "prospects", "tenants", "patients", "members", "clients", "customers", "students",
        "residents", "volunteers", "trainees", "interns", "new hires", "recruits", "pupils", "learners", "borrowers", "donors",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralLookup =
        new HashSet<string>(Plurals, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plurals that only a board makes a record role (the others have their own checks: SQL tables, aid lists).</summary>
    internal static readonly string[] BoardOnlyWords =
        ["leads", "prospects", "residents", "volunteers", "trainees", "interns", "new hires", "recruits", "pupils", "learners", "donors"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoardOnlyLookup =
        new HashSet<string>(BoardOnlyWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly CueSet BoardWords = new(
        "board", "kanban", "Trello", "Asana", "Jira", "Notion", "ClickUp", "Airtable", "pipeline", "column", "swimlane", "lane",
        "card", "cards", "CRM", "HubSpot", "Salesforce", "Pipedrive", "Zoho", "stage", "status");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GapWords = new HashSet<string>(
        ["column", "list", "lane", "stage", "group"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="cue"/> is one of <see cref="Plurals"/>.</summary>
    public static bool Owns(ReadOnlySpan<char> cue) => PluralLookup.Contains(cue);

    /// <summary>Whether the plural counts only as a board's column (no other record check reads it).</summary>
    public static bool BoardOnly(ReadOnlySpan<char> cue) => BoardOnlyLookup.Contains(cue);

    /// <summary>Whether the name is a card right under the plural role heading a board's column.</summary>
    public static bool Lists(string text, TextSpan name, TextSpan cue)
    {
        if (name.Start < cue.End || name.Start - cue.End > 24 || !PluralLookup.Contains(text.AsSpan(cue.Start, cue.End - cue.Start)))
        {
            return false;
        }
        var quoted = cue.Start > 0 && text[cue.Start - 1] is '"' or '\'' or '“' or '‘' or '«' or '#';
        if (!quoted && !char.IsUpper(text[cue.Start]))
        {
            return false;
        }
        var gap = text.AsSpan(cue.End, name.Start - cue.End);
        var separated = false;
        while (!gap.IsEmpty)
        {
            if (char.IsLetter(gap[0]))
            {
                var length = 0;
                while (length < gap.Length && char.IsLetter(gap[length]))
                {
                    length++;
                }
                if (!GapWords.Contains(gap[..length]))
                {
                    return false;
                }
                gap = gap[length..];
                continue;
            }
            if (gap[0] is not (' ' or '\t' or '\n' or '\r' or '"' or '\'' or '”' or '’' or '»' or ':' or '-' or '–' or '—' or '|' or '>' or '›' or '→' or '*'))
            {
                return false;
            }
            separated |= gap[0] is ':' or '-' or '–' or '—' or '|' or '>' or '›' or '→' or '\n';
            gap = gap[1..];
        }
        return separated && BoardWords.Any(text);
    }
}
