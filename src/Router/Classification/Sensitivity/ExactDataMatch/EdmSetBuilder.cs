namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>
/// Makes a set from plain values: each is normalised, hashed, and forgotten; only fingerprints and keyed filters are
/// kept. Values that cannot match safely are refused with the reason (never the value): empty, longer than
/// <see cref="EdmTokenizer.MaxUnits"/> units, or a single unit too short to mean anything on its own.
/// </summary>
internal sealed class EdmSetBuilder(EdmKey key, string tenantId, string keyId)
{
    private const int MaxCanonicalChars = 256;

    private readonly EdmTokens _tokens = new();
    private readonly HashSet<ulong> _fingerprints = [];
    private readonly HashSet<ulong> _unitHashes = [];
    private readonly List<ulong> _valueHashes = [];
    private uint _lengthMask;
    private uint _hanLengthMask;

    public long Added { get; private set; }

    public long Distinct => _fingerprints.Count;

    /// <summary>Adds one value; null when added, else why it was refused.</summary>
    public string? Add(string value)
    {
        EdmTokenizer.Tokenize(value, _tokens);
        var units = _tokens.Units;
        if (units.Count == 0)
        {
            return "no letters or digits";
        }
        if (units.Count > EdmTokenizer.MaxUnits)
        {
            return $"{units.Count} words, numbers or Han characters; at most {EdmTokenizer.MaxUnits} are matched";
        }
        if (units.Count == 1 && (units[0].Kind == EdmUnitKind.Han || units[0].NormLength < 3))
        {
            return "a single short word would match ordinary text; register at least 3 letters or digits, or 2 Han characters";
        }
        Span<char> canonical = stackalloc char[MaxCanonicalChars * 2];
        var total = 0;
        foreach (var unit in units)
        {
            total += unit.NormLength + 1;
        }
        if (total > MaxCanonicalChars)
        {
            return $"longer than {MaxCanonicalChars} characters once normalised";
        }
        var length = EdmTokenizer.Canonical(_tokens, 0, units.Count - 1, canonical);
        Added++;
        if (!_fingerprints.Add(key.Fingerprint(canonical[..length])))
        {
            return null;
        }
        var combined = EdmFilters.Start;
        foreach (var unit in units)
        {
            var hash = key.UnitHash(_tokens.Text(unit));
            _unitHashes.Add(hash);
            combined = EdmFilters.Combine(combined, hash);
        }
        _valueHashes.Add(combined);
        if (units[0].Kind == EdmUnitKind.Han)
        {
            _hanLengthMask |= 1u << units.Count;
        }
        else
        {
            _lengthMask |= 1u << units.Count;
        }
        return null;
    }

    public EdmSet Build(TimeProvider time)
    {
        var vocabularyBits = EdmFilters.VocabularyBits(_unitHashes.Count);
        var vocabulary = new ulong[Math.Max(1, (1L << vocabularyBits) / 64)];
        foreach (var hash in _unitHashes)
        {
            EdmFilters.AddToVocabulary(vocabulary, vocabularyBits, hash);
        }
        var blocks = EdmFilters.BloomBlocks(_valueHashes.Count);
        var bloom = new ulong[blocks * EdmFilters.BlockWords];
        foreach (var hash in _valueHashes)
        {
            EdmFilters.AddToBloom(bloom, blocks, hash);
        }
        var fingerprints = _fingerprints.ToArray();
        Array.Sort(fingerprints);
        var header = new EdmSetHeader(tenantId, keyId, EdmSetHeader.CurrentNormalizationVersion, key.KeyCheck, fingerprints.Length,
            _lengthMask, _hanLengthMask, time.GetUtcNow());
        return new EdmSet(header, key, vocabulary, vocabularyBits, bloom, fingerprints);
    }
}
