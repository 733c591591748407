using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The ASCII cues of one or more <see cref="CueSet"/>s as one trie over their upper-case letters, walked once from each
/// place a cue may start. A text character follows a trie edge when its invariant upper case is that ASCII character,
/// which is how an OrdinalIgnoreCase comparison with an ASCII cue treats it (so "ſ" counts as "s", the Kelvin sign as
/// nothing), or when it is a Latin letter with a diacritic whose base letter is that character (<see cref="LatinFold"/>: "é" counts
/// as "E", so the cue "dogumlu" also reads the Turkish "doğumlu"). One walk finds the longest cue of every set at a place; a vectorised multi-string search (Aho-Corasick for
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

    // Per node, a bit per set: a cue of that set ends here that needs a non-letter after it (_wordEnd), or one that may
    // go on, a prefix cue or one whose last character is not a letter (_goesOn). A set with both counts as going on.
    private int[] _wordEnd;
    private int[] _goesOn;

    // The same two masks per node in one value (going on in the low half, word end in the high half): one load per step,
    // and 0 where no cue ends.
    private readonly long[] _ends;

    // The trie symbol of every ASCII character (its upper case), -1 where no cue holds it: one load per text character.
    private readonly sbyte[] _asciiSymbol = new sbyte[128];

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
        if (_sets > 31)
        {
            throw new ArgumentException("at most 31 cue sets share one trie", nameof(sets));
        }
        _next = new int[Math.Max(1, _symbols) * 16];
        _wordEnd = new int[16];
        _goesOn = new int[16];
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
                if (prefix || !char.IsLetter(cue[^1]))
                {
                    _goesOn[node] |= 1 << set;
                }
                else
                {
                    _wordEnd[node] |= 1 << set;
                }
            }
        }
        _ends = new long[_nodes];
        for (var node = 0; node < _nodes; node++)
        {
            _wordEnd[node] &= ~_goesOn[node];
            _ends[node] = (uint)_goesOn[node] | ((long)(uint)_wordEnd[node] << 32);
        }
        for (var c = 0; c < 128; c++)
        {
            _asciiSymbol[c] = _symbol[c is >= 'a' and <= 'z' ? c - 32 : c];
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
        var longest = 0;
        var node = 0;
        // Every node and symbol index is below the arrays' lengths by construction: no bounds checks in the walk.
        ref var next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref var ends = ref MemoryMarshal.GetArrayDataReference(_ends);
        var symbols = _symbols;
        for (var i = at; i < text.Length; i++)
        {
            var symbol = SymbolOf(text[i]);
            if (symbol < 0)
            {
                break;
            }
            node = Unsafe.Add(ref next, (node * symbols) + symbol);
            if (node == 0)
            {
                break;
            }
            var end = Unsafe.Add(ref ends, node);
            if (end != 0 && ((int)end != 0 || i + 1 == text.Length || !CharTable.IsLetter(text[i + 1])))
            {
                longest = i + 1 - at;
            }
        }
        return longest;
    }

    /// <summary>For each set, the length of its longest cue at <paramref name="at"/> (as <see cref="LongestAt"/>), written
    /// into <paramref name="longest"/> where one is found; true if any is.</summary>
    public bool Longest(ReadOnlySpan<char> text, int at, Span<int> longest)
    {
        var node = 0;
        var any = false;
        ref var next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref var ends = ref MemoryMarshal.GetArrayDataReference(_ends);
        var symbols = _symbols;
        for (var i = at; i < text.Length; i++)
        {
            var symbol = SymbolOf(text[i]);
            if (symbol < 0)
            {
                break;
            }
            node = Unsafe.Add(ref next, (node * symbols) + symbol);
            if (node == 0)
            {
                break;
            }
            var end = Unsafe.Add(ref ends, node);
            if (end == 0)
            {
                continue;
            }
            var found = (uint)end;
            var wordEnd = (uint)(end >>> 32);
            if (wordEnd != 0 && (i + 1 == text.Length || !CharTable.IsLetter(text[i + 1])))
            {
                found |= wordEnd;
            }
            if (found != 0)
            {
                any = true;
                do
                {
                    longest[BitOperations.TrailingZeroCount(found)] = i + 1 - at;
                    found &= found - 1;
                }
                while (found != 0);
            }
        }
        return any;
    }

    // The trie symbol of a text character (that of its ASCII upper case), -1 where no cue holds it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SymbolOf(char c)
    {
        if (c < 128)
        {
            return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_asciiSymbol), c);
        }
        var upper = AsciiUpper[c];
        return upper != 0 ? _symbol[upper] : -1;
    }

    private int NewNode()
    {
        if ((_nodes + 1) * _symbols > _next.Length)
        {
            Array.Resize(ref _next, _next.Length * 2);
        }
        if (_nodes >= _goesOn.Length)
        {
            Array.Resize(ref _wordEnd, _wordEnd.Length * 2);
            Array.Resize(ref _goesOn, _goesOn.Length * 2);
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
            else if (LatinFold.BaseUpper((char)c) is var folded and not '\0')
            {
                table[c] = (byte)folded;
            }
        }
        return table;
    }
}
