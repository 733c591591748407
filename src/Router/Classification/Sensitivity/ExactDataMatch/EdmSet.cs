namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>
/// A tenant's registered values as keyed fingerprints (sorted, 8 bytes each) with their prefilters, and the key to
/// match them. Immutable and thread-safe; a reload swaps the whole set.
/// </summary>
internal sealed class EdmSet
{
    private const int MaxCanonicalChars = 256;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly EdmKey _key;
    private readonly ulong[] _vocabulary;
    private readonly int _vocabularyBits;
    private readonly ulong[] _bloom;
    private readonly int _bloomBlocks;
    private readonly ulong[] _fingerprints;

    public EdmSet(EdmSetHeader header, EdmKey key, ulong[] vocabulary, int vocabularyBits, ulong[] bloom, ulong[] fingerprints)
    {
        Header = header;
        _key = key;
        _vocabulary = vocabulary;
        _vocabularyBits = vocabularyBits;
        _bloom = bloom;
        _bloomBlocks = bloom.Length / EdmFilters.BlockWords;
        _fingerprints = fingerprints;
    }

    public EdmSetHeader Header { get; }

    internal ulong[] Vocabulary => _vocabulary;
    internal int VocabularyBits => _vocabularyBits;
    internal ulong[] Bloom => _bloom;
    internal ulong[] Fingerprints => _fingerprints;

    /// <summary>Adds the span of every registered value found in <paramref name="text"/> (1–8 units, any registered length).</summary>
    public void FindAll(string text, List<TextSpan> found)
    {
        var scratch = t_scratch ??= new Scratch();
        var tokens = scratch.Tokens;
        var units = tokens.Units;
        EdmTokenizer.Tokenize(text, tokens);
        if (units.Count == 0)
        {
            return;
        }
        if (scratch.Hashes.Length < units.Count)
        {
            scratch.Hashes = new ulong[Math.Max(units.Count, scratch.Hashes.Length * 2)];
        }
        var hashes = scratch.Hashes;
        for (var u = 0; u < units.Count; u++)
        {
            var hash = _key.UnitHash(tokens.Text(units[u]));
            // Zero (never a unit hash) marks a unit in no registered value: no n-gram through it can match.
            hashes[u] = EdmFilters.InVocabulary(_vocabulary, _vocabularyBits, hash) ? hash : 0;
        }

        Span<char> canonical = stackalloc char[MaxCanonicalChars];
        for (var first = 0; first < units.Count; first++)
        {
            if (hashes[first] == 0)
            {
                continue;
            }
            var mask = units[first].Kind == EdmUnitKind.Han ? Header.HanLengthMask : Header.LengthMask;
            var combined = EdmFilters.Start;
            var chars = 0;
            for (var n = 1; n <= EdmTokenizer.MaxUnits && mask >> n != 0; n++)
            {
                var last = first + n - 1;
                if (last >= units.Count || hashes[last] == 0)
                {
                    break;
                }
                chars += units[last].NormLength + 1;
                if (chars > MaxCanonicalChars)
                {
                    break;
                }
                combined = EdmFilters.Combine(combined, hashes[last]);
                if ((mask & (1u << n)) != 0 && EdmFilters.MayContain(_bloom, _bloomBlocks, combined)
                    && Contains(EdmTokenizer.Canonical(tokens, first, last, canonical), canonical))
                {
                    found.Add(new TextSpan(units[first].Start, units[last].End));
                }
            }
        }
    }

    private bool Contains(int length, ReadOnlySpan<char> canonical) =>
        Array.BinarySearch(_fingerprints, _key.Fingerprint(canonical[..length])) >= 0;

    private sealed class Scratch
    {
        public readonly EdmTokens Tokens = new();
        public ulong[] Hashes = new ulong[256];
    }
}
