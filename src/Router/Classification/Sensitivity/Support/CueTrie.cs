namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The ASCII cues of one or more <see cref="CueSet"/>s as one trie over their upper-case letters, walked once from each
/// place a cue may start. A text character follows a trie edge when its invariant upper case is that ASCII character,
/// which is how an OrdinalIgnoreCase comparison with an ASCII cue treats it (so "ſ" counts as "s", the Kelvin sign as
/// nothing). One walk finds the longest cue of every set at a place; a vectorised multi-string search (Aho-Corasick for
/// sets this large) per set cost more per character, and the personal-data cue sets all run over the whole text.
/// </summary>
internal sealed class CueTrie
{
    // Upper-case ASCII character of every char whose invariant upper case is ASCII, else 0.
    private static readonly byte[] AsciiUpper = BuildAsciiUpper();

    private readonly sbyte[] _symbol = new sbyte[128];
    private readonly int _symbols;
    private readonly int _sets;
    private int[] _next;
    private int _nodes = 1;

    // Per node and set: 0 no cue ends here; 1 a cue ends that needs a non-letter after it; 2 a cue ends that may go
    // on (a prefix cue, or one whose last character is not a letter). Per node: whether any set has a cue ending there.
    private byte[] _end;
    private bool[] _anyEnd;

    // Per ASCII upper-case character: whether some cue starts with it (never for 0, the mark of a non-ASCII upper case).
    private readonly bool[] _startsWith = new bool[128];

    public CueTrie(IEnumerable<(string Cue, bool Prefix)> cues)
        : this([cues])
    {
    }

    public CueTrie(IReadOnlyList<IEnumerable<(string Cue, bool Prefix)>> sets)
    {
        Array.Fill(_symbol, (sbyte)-1);
        _sets = sets.Count;
        var lists = sets.Select(s => s.Where(c => c.Cue.Length > 0).ToArray()).ToArray();
        foreach (var c in lists.SelectMany(l => l).SelectMany(c => c.Cue).Select(char.ToUpperInvariant).Distinct())
        {
            _symbol[c] = (sbyte)_symbols++;
        }
        _next = new int[Math.Max(1, _symbols) * 16];
        _end = new byte[16 * _sets];
        _anyEnd = new bool[16];
        for (var set = 0; set < lists.Length; set++)
        {
            foreach (var (cue, prefix) in lists[set])
            {
                var node = 0;
                foreach (var c in cue)
                {
                    var slot = (node * _symbols) + _symbol[char.ToUpperInvariant(c)];
                    if (_next[slot] == 0)
                    {
                        // NewNode may replace the array: take the node first, then store it.
                        var child = NewNode();
                        _next[slot] = child;
                    }
                    node = _next[slot];
                }
                _startsWith[char.ToUpperInvariant(cue[0])] = true;
                var kind = prefix || !char.IsLetter(cue[^1]) ? (byte)2 : (byte)1;
                _end[(node * _sets) + set] = Math.Max(_end[(node * _sets) + set], kind);
                _anyEnd[node] = true;
            }
        }
    }

    /// <summary>
    /// False where no cue can start with <paramref name="c"/> (then <see cref="Longest"/> finds nothing there): a cheap
    /// test before the walk.
    /// </summary>
    public bool MayStartWith(char c)
    {
        var upper = c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : (char)AsciiUpper[c];
        return _startsWith[upper];
    }

    /// <summary>The length of the longest cue at <paramref name="at"/>, 0 if none: as a case-insensitive prefix of the text
    /// from there, and (unless it may go on) not followed by a letter. For a trie of one set.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int at)
    {
        Span<int> longest = [0];
        Longest(text, at, longest);
        return longest[0];
    }

    /// <summary>For each set, the length of its longest cue at <paramref name="at"/> (as <see cref="LongestAt"/>), written
    /// into <paramref name="longest"/> where one is found; true if any is.</summary>
    public bool Longest(ReadOnlySpan<char> text, int at, Span<int> longest)
    {
        var node = 0;
        var any = false;
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            var upper = c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c - 32) : c) : (char)AsciiUpper[c];
            if (upper == 0 || _symbol[upper] is var symbol && symbol < 0)
            {
                break;
            }
            node = _next[(node * _symbols) + symbol];
            if (node == 0)
            {
                break;
            }
            if (!_anyEnd[node])
            {
                continue;
            }
            var wordEnds = i + 1 == text.Length || !CharTable.IsLetter(text[i + 1]);
            for (var set = 0; set < _sets; set++)
            {
                var end = _end[(node * _sets) + set];
                if (end == 2 || (end == 1 && wordEnds))
                {
                    longest[set] = i + 1 - at;
                    any = true;
                }
            }
        }
        return any;
    }

    private int NewNode()
    {
        if ((_nodes + 1) * _symbols > _next.Length)
        {
            Array.Resize(ref _next, _next.Length * 2);
        }
        if (_nodes >= _anyEnd.Length)
        {
            Array.Resize(ref _end, _end.Length * 2);
            Array.Resize(ref _anyEnd, _anyEnd.Length * 2);
        }
        return _nodes++;
    }

    private static byte[] BuildAsciiUpper()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 128; c <= char.MaxValue; c++)
        {
            var upper = char.ToUpperInvariant((char)c);
            if (upper < 128)
            {
                table[c] = (byte)upper;
            }
        }
        return table;
    }
}
