namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// What the five personal-data detectors share about one request's view, worked out on first use and kept for the
/// rest of that classification: the names in it, whether it is fiction or a template, whether it is a general
/// question. One instance per <see cref="ScanInput"/>, so nothing is shared between requests or threads.
/// </summary>
internal sealed class PersonScan(string view)
{
    private string? _text;
    private string? _folded;
    private IReadOnlyList<TextSpan>? _names;
    private int[]? _byPosition;
    private TextSpan[]? _sorted;
    private bool? _fictionOrTemplate;
    private bool? _generalQuestion;
    private List<TextSpan>[]? _cues;

    /// <summary>
    /// The view text with traditional Chinese characters folded to simplified ones (<see cref="TraditionalChinese"/>) and
    /// letter-spaced Han closed up (<see cref="SpacedHan"/>): what the personal-data detectors read. Same length as the view,
    /// so its spans are the view's.
    /// </summary>
    // A URL-encoded form body's "+" reads as the space it stands for (FormBodies).
    public string Text => _text ??= FormBodies.Spaced(HanText.Contains(Folded) ? SpacedHan.CloseUp(Folded) : Folded);

    /// <summary>
    /// The view text with traditional characters folded, nothing else (what the confidential markers read, which look for
    /// their own spaced spellings); <see cref="Text"/> also closes up letter-spaced Han (<see cref="SpacedHan"/>).
    /// </summary>
    public string Folded => _folded ??= TraditionalChinese.Fold(view);

    /// <summary>Full names of private people (public figures removed): Latin names first, then Chinese, each in text order.</summary>
    // Names are read in the OCR-folded copy ("J0HN 0'NEILL" is JOHN O'NEILL), which has the text's length and spans.
    public IReadOnlyList<TextSpan> Names => _names ??= PersonNames.Find(OcrFolded(Text) ?? Text, _publicFigures = []);

    private string? _ocrSource;
    private string? _ocrFolded;

    /// <summary><see cref="OcrFold.Fold"/> of <paramref name="text"/>, kept for the last text asked: the names read
    /// <see cref="Text"/> and the markers <see cref="Folded"/>, most often the same string.</summary>
    public string? OcrFolded(string text)
    {
        if (!ReferenceEquals(text, _ocrSource))
        {
            _ocrFolded = OcrFold.Fold(text);
            _ocrSource = text;
        }
        return _ocrFolded;
    }

    private List<TextSpan>? _publicFigures;

    /// <summary>The public figures' names taken out of <see cref="Names"/> (found with them), in text order.</summary>
    public IReadOnlyList<TextSpan> PublicFigureNames
    {
        get
        {
            _ = Names;
            return _publicFigures!;
        }
    }

    /// <summary>
    /// Whether a public figure's name is nearer to <paramref name="cue"/> than the private <paramref name="name"/> and in the
    /// cue's sentence: "Elon Musk turned 50 … a house in Boca Chica" says the public figure's age, not the place's.
    /// </summary>
    public bool PublicFigureNearer(TextSpan cue, TextSpan name)
    {
        static int Distance(TextSpan a, TextSpan b) => a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;
        var own = Distance(name, cue);
        foreach (var figure in PublicFigureNames)
        {
            if (Distance(figure, cue) < own && PersonContext.SameSentence(Text, figure, cue))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Fiction framing or a template anywhere in the request: genre and story words, template blanks and stock names. Well-known
    /// characters, works and role-play mentioned in passing do not count here (see <see cref="MentionsFictionNear"/>).
    /// </summary>
    public bool IsFictionOrTemplate => _fictionOrTemplate ??= HasFraming() || PersonContext.HasPlaceholder(Text);

    private bool HasFraming()
    {
        foreach (var hit in Cues(PersonContext.Fiction))
        {
            if (!PersonContext.IsMention(Text, hit) && !PersonSignals.IsDedication(Text, hit) && !PersonSignals.IsFieldKey(Text, hit)
                && !PersonSignals.IsFormatBesideDate(Text, hit))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A fictional character, work or role-play named in the sentence that holds <paramref name="at"/>.</summary>
    public bool MentionsFictionNear(TextSpan at)
    {
        foreach (var hit in Cues(PersonContext.Fiction))
        {
            if (PersonContext.IsMention(Text, hit) && PersonContext.SameSentence(Text, hit, at))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The hits of one of the <see cref="SharedCues"/> sets in the whole text, as its <see cref="CueSet.FindAll"/> lists
    /// them; all shared sets are found in one pass, on first use. Any other set is searched on its own each time.
    /// </summary>
    public IReadOnlyList<TextSpan> Cues(CueSet set)
    {
        var slot = SharedCues.SlotOf(set);
        if (slot < 0)
        {
            var hits = new List<TextSpan>();
            set.FindAll(Text, hits);
            return hits;
        }
        _cues ??= SharedCues.FindAll(Text);
        return _cues[slot];
    }

    /// <summary>Whether the shared cue pass has run (then <see cref="Cues"/> costs nothing for its sets).</summary>
    public bool HasSharedCues => _cues is not null;

    public bool IsGeneralQuestion => _generalQuestion ??= PersonContext.IsGeneralQuestion(Text) && !ChineseNames.AnyLabelled(Text, Names);

    private List<RecordTables.Row>? _tableRows;

    /// <summary>The rows of tables whose header names people and whose person cell holds a name (<see cref="RecordTables"/>).</summary>
    // The cheap table test first: most texts hold no delimited line below another, and need no names for this.
    public List<RecordTables.Row> TableRows => _tableRows ??= !RecordTables.MayHave(Text) || Names.Count == 0 ? [] : RecordTables.Find(Text, this);

    /// <summary>Whether <paramref name="name"/> fills a cell of a table's column of things ("| Oak Desk | £240 |" under "Product").</summary>
    public bool IsThingCell(TextSpan name) => TableRows.Exists(r => r.Kinds == RecordTables.Columns.Thing && r.Name == name);

    private bool _addresseeRead;
    private TextSpan? _addressee;

    /// <summary>
    /// The Chinese name a letter is addressed to (尊敬的 钮嘉怡 女士：, 闻人嘉禾：您好), when its salutation opens one of the text's
    /// first lines: an offer letter or notice is about its addressee, however far down the pay or the date stands.
    /// </summary>
    public TextSpan? Addressee
    {
        get
        {
            if (!_addresseeRead)
            {
                _addressee = ChineseSalutation.Find(Text, Names);
                _addresseeRead = true;
            }
            return _addressee;
        }
    }

    /// <summary>
    /// The name nearest to <paramref name="cue"/> within <paramref name="reach"/> characters, if any; between names
    /// at the same distance the one listed first in <see cref="Names"/>. Names never overlap one another, so in text
    /// order only the names touching the cue and its neighbours on either side can be nearest.
    /// </summary>
    public TextSpan? NearestName(TextSpan cue, int reach)
    {
        var order = ByPosition();
        var sorted = _sorted!;
        var best = -1;
        var bestDistance = int.MaxValue;
        void Consider(int k)
        {
            var name = sorted[k];
            var index = order[k];
            var distance = name.End <= cue.Start ? cue.Start - name.End : name.Start >= cue.End ? name.Start - cue.End : 0;
            if (distance <= reach && (distance < bestDistance || (distance == bestDistance && index < best)))
            {
                best = index;
                bestDistance = distance;
            }
        }

        // Before the first name that ends after the cue starts lie only names wholly before the cue: the last is nearest.
        var first = FirstEndingAfter(sorted, cue.Start);
        if (first > 0)
        {
            Consider(first - 1);
        }
        // Then the names touching the cue, and the first one after it.
        for (var k = first; k < sorted.Length; k++)
        {
            Consider(k);
            if (sorted[k].Start >= cue.End)
            {
                break;
            }
        }
        return best < 0 ? null : Names[best];
    }

    /// <summary>Names that end at or after <paramref name="from"/> and start at or before <paramref name="to"/>.</summary>
    public IEnumerable<TextSpan> NamesBetween(int from, int to)
    {
        ByPosition();
        var sorted = _sorted!;
        for (var k = FirstEndingAfter(sorted, from - 1); k < sorted.Length && sorted[k].Start <= to; k++)
        {
            yield return sorted[k];
        }
    }

    // Index (into the names in text order) of the first name whose End is greater than position.
    private static int FirstEndingAfter(TextSpan[] sorted, int position)
    {
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].End > position)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private int[] ByPosition()
    {
        if (_byPosition is null)
        {
            var names = Names;
            var order = new int[names.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }
            Array.Sort(order, (a, b) => names[a].Start.CompareTo(names[b].Start));
            _sorted = [.. order.Select(i => names[i])];
            _byPosition = order;
        }
        return _byPosition;
    }
}
