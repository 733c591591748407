using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A private person's full name together with one kind of personal attribute (health, pay, birth date, a
/// record role). Names are looked for first; the cue words of all these detectors are searched in one pass only
/// when a name is found, and the span reported is the name's. Fiction, templates and general questions about public
/// figures do not fire (<see cref="PersonContext"/>).
/// </summary>
internal abstract class PersonAttributeDetector : ISensitivityDetector
{
    public abstract string Name { get; }

    public abstract SensitivityLevel Level { get; }

    public abstract string Evidence { get; }

    protected abstract CueSet Cues { get; }

    /// <summary>How far (in characters) a name may be from the cue in Latin text; Chinese text is denser.</summary>
    protected virtual int LatinReach => 150;

    protected virtual int HanReach => 40;

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Person.Text;
        // Both a name and a cue are needed. Names are looked for first: most texts have none, and finding them costs
        // less than the cue pass over every word (both are kept for the other personal-data detectors).
        if (input.Person.Names.Count == 0)
        {
            return;
        }
        var cues = input.Person.Cues(Cues);
        var besideName = FindBesideName(text);
        var tableRows = TableColumn == RecordTables.Columns.None ? null : input.Person.TableRows;
        if ((cues.Count == 0 && besideName is null && !HasSigns(text) && (tableRows is null || tableRows.Count == 0))
            || input.Person.IsFictionOrTemplate || input.Person.IsGeneralQuestion)
        {
            return;
        }
        foreach (var row in tableRows ?? [])
        {
            // A table row under a person header with this detector's kind of column (or role): the name in it is that record's.
            if (row.Kinds != RecordTables.Columns.Thing && (row.Kinds & TableColumn) != 0 && !found.Contains(row.Name) && !input.Person.MentionsFictionNear(row.Name))
            {
                found.Add(row.Name);
            }
        }
        var signs = FindSigns(text);
        if (signs is not null)
        {
            cues = [.. cues, .. signs];
        }
        foreach (var cue in cues)
        {
            var reach = HanText.IsHan(text[cue.Start]) ? HanReach : LatinReach;
            // A "name" that is the cue itself ("Multiple Sclerosis", "Parkinson's Disease") names a condition, not a person.
            if (input.Person.NearestName(cue, reach) is { } name)
            {
                if (!name.Overlaps(cue) && Confirms(text, name, cue) && !found.Contains(name) && (tableRows is null || !input.Person.IsThingCell(name))
                    && !input.Person.MentionsFictionNear(name) && !input.Person.PublicFigureNearer(cue, name))
                {
                    found.Add(name);
                }
            }
            else if (ReadsAddressee && HanText.IsHan(text[cue.Start]) && input.Person.Addressee is { } addressee && addressee.End <= cue.Start
                && Confirms(text, addressee, cue) && !found.Contains(addressee))
            {
                // A Chinese letter's pay, birth date or condition beyond reach of any name is its addressee's (尊敬的 X 女士：…月薪).
                found.Add(addressee);
            }
        }
        foreach (var evidence in besideName ?? [])
        {
            // Only a name that ends right before it: "Tobias Krüger, 29, Berlin", "Ana Silva (34)".
            if (input.Person.NearestName(evidence, 2) is { } name && name.End <= evidence.Start && !found.Contains(name)
                && !input.Person.MentionsFictionNear(name))
            {
                found.Add(name);
            }
        }
    }

    /// <summary>
    /// Evidence without a cue word that counts only right after a name (an age in commas or brackets), or null when the text
    /// holds none; by default none.
    /// </summary>
    protected virtual List<TextSpan>? FindBesideName(string text) => null;

    /// <summary>
    /// Cues of one or two symbols that the cue sets cannot list for Latin text (they search non-ASCII cues only where Han is):
    /// by default none. Asked only once a name is found.
    /// </summary>
    protected virtual List<TextSpan>? FindSigns(string text) => null;

    /// <summary>Whether <see cref="FindSigns"/> would find any (cheap).</summary>
    protected virtual bool HasSigns(string text) => false;

    /// <summary>The column of a person table (<see cref="RecordTables"/>) that makes its rows this kind of data; by default none.</summary>
    protected virtual RecordTables.Columns TableColumn => RecordTables.Columns.None;

    /// <summary>Whether a Chinese cue with no name in reach counts for the letter's addressee (<see cref="PersonScan.Addressee"/>).</summary>
    protected virtual bool ReadsAddressee => true;

    /// <summary>A further check of one name and cue pair; by default the pair is enough.</summary>
    protected virtual bool Confirms(string text, TextSpan name, TextSpan cue) => true;
}
