namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The ASCII cues of a <see cref="CueSet"/> as a trie over their upper-case letters, walked once from each place a cue
/// may start. A text character follows a trie edge when its invariant upper case is that ASCII character, which is
/// how an OrdinalIgnoreCase comparison with an ASCII cue treats it (so "ſ" counts as "s", the Kelvin sign as nothing).
/// One walk finds the longest cue at a place; a vectorised multi-string search (Aho-Corasick for sets this large) was
/// several times slower per character, and most cue sets are run over the whole text.
/// </summary>
internal sealed class CueTrie
{
    // Upper-case ASCII character of every char whose invariant upper case is ASCII, else 0.
    private static readonly byte[] AsciiUpper = BuildAsciiUpper();

    private readonly sbyte[] _symbol = new sbyte[128];
    private readonly int _symbols;
    private int[] _next;
    private int _nodes = 1;

    // Per node: 0 no cue ends here; 1 a cue ends that needs a non-letter after it; 2 a cue ends that may go on
    // (a prefix cue, or one whose last character is not a letter).
    private byte[] _end;

    public CueTrie(IEnumerable<(string Cue, bool Prefix)> cues)
    {
        Array.Fill(_symbol, (sbyte)-1);
        var list = cues.Where(c => c.Cue.Length > 0).ToArray();
        foreach (var c in list.SelectMany(c => c.Cue).Select(char.ToUpperInvariant).Distinct())
        {
            _symbol[c] = (sbyte)_symbols++;
        }
        _next = new int[Math.Max(1, _symbols) * 16];
        _end = new byte[16];
        foreach (var (cue, prefix) in list)
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
            var kind = prefix || !char.IsLetter(cue[^1]) ? (byte)2 : (byte)1;
            _end[node] = Math.Max(_end[node], kind);
        }
    }

    /// <summary>The length of the longest cue at <paramref name="at"/>, 0 if none: as a case-insensitive prefix of the text
    /// from there, and (unless it may go on) not followed by a letter.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int at)
    {
        var node = 0;
        var longest = 0;
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
            var end = _end[node];
            if (end == 2 || (end == 1 && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))))
            {
                longest = i + 1 - at;
            }
        }
        return longest;
    }

    private int NewNode()
    {
        if (_nodes * _symbols >= _next.Length)
        {
            Array.Resize(ref _next, _next.Length * 2);
        }
        if (_nodes >= _end.Length)
        {
            Array.Resize(ref _end, _end.Length * 2);
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
