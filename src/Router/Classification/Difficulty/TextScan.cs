using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Difficulty;

/// <summary>
/// The single character pass behind <see cref="DifficultyFeatureExtractor"/>: counts, numbers, cue words and
/// the distinct hashed unigram/bigram buckets (numbers hash as one shared token).
/// </summary>
internal sealed class TextScan(int hashBits)
{
    // Bitsets mark buckets already seen, so duplicates are dropped without sorting or hashing again.
    private readonly ulong[] _seen = new ulong[Math.Max(1, (1 << hashBits) / 64)];
    private readonly ulong[] _seenWords = new ulong[Math.Max(1, (1 << hashBits) / 64)];
    private readonly List<int> _buckets = [];
    private ulong _previous;
    private bool _hasPrevious;

    public int Words { get; private set; }
    public int Letters { get; private set; }
    public int Capitals { get; private set; }
    public int LongWords { get; private set; }
    public int Digits { get; private set; }
    public int Numbers { get; private set; }
    public int Decimals { get; private set; }
    public double MaxNumber { get; private set; }
    public int Operators { get; private set; }
    public int EqualSigns { get; private set; }
    public int MoneyOrPercent { get; private set; }
    public int QuestionMarks { get; private set; }
    public int Sentences { get; private set; }
    public int Lines { get; private set; } = 1;
    public int Negations { get; private set; }
    public int Quantitative { get; private set; }
    public int MultiStep { get; private set; }
    public int Compound { get; private set; }
    public int Reasoning { get; private set; }
    public int FirstPerson { get; private set; }
    public int Roman { get; private set; }

    /// <summary>Distinct words, counted by their unigram bucket (collisions are rare and harmless).</summary>
    public int UniqueWords { get; private set; }

    /// <summary>The distinct buckets in first-seen order; valid after <see cref="Run"/>.</summary>
    public int[] Buckets { get; private set; } = [];

    public void Run(ReadOnlySpan<char> text)
    {
        // About two buckets (unigram, bigram) per six characters of English; sized once to avoid regrowing.
        _buckets.Capacity = Math.Max(_buckets.Capacity, text.Length / 3);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharTable.IsLetter(c))
            {
                i = ReadWord(text, i);
            }
            else if (CharTable.IsDigit(c))
            {
                i = ReadNumber(text, i);
            }
            else
            {
                CountSymbol(text, i, c);
                i++;
            }
        }

        Buckets = [.. _buckets];
    }

    private int ReadWord(ReadOnlySpan<char> text, int start)
    {
        var hash = WordHash.Seed;
        var upper = 0;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                // ASCII letters are A-Z and a-z, hashed lower-cased (what WordHash.Add does for them).
                var lower = (char)(c | 0x20);
                if ((uint)(lower - 'a') >= 26)
                {
                    break;
                }
                hash = WordHash.AddLower(hash, lower);
                upper += c <= 'Z' ? 1 : 0;
                continue;
            }
            if (!CharTable.IsLetter(c))
            {
                break;
            }
            hash = WordHash.Add(hash, c);
            upper += CharTable.IsUpper(c) ? 1 : 0;
        }

        var length = i - start;
        Letters += length;
        Capitals += upper;
        LongWords += length >= 9 ? 1 : 0;
        if (length >= 2 && CueWords.MayBeCue(hash) && CueWords.Kinds.TryGetValue(hash, out var kinds))
        {
            Negations += upper == length && (kinds & CueKinds.Negation) != 0 ? 1 : 0;
            Quantitative += (kinds & CueKinds.Quantitative) != 0 ? 1 : 0;
            MultiStep += (kinds & CueKinds.MultiStep) != 0 ? 1 : 0;
            Compound += (kinds & CueKinds.Compound) != 0 ? 1 : 0;
            Reasoning += (kinds & CueKinds.Reasoning) != 0 ? 1 : 0;
            FirstPerson += (kinds & CueKinds.FirstPerson) != 0 ? 1 : 0;
            Roman += upper == length && (kinds & CueKinds.Roman) != 0 ? 1 : 0;
        }

        FirstPerson += length == 1 && text[start] == 'I' ? 1 : 0;

        AddToken(hash);
        return i;
    }

    private int ReadNumber(ReadOnlySpan<char> text, int start)
    {
        double value = 0;
        var i = start;
        var isDecimal = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var joiner = (c == '.' || c == ',') && i + 1 < text.Length && CharTable.IsDigit(text[i + 1]);
            if (CharTable.IsDigit(c))
            {
                value = isDecimal ? value : Math.Min(1e15, (value * 10) + (c - '0'));
                Digits++;
            }
            else if (joiner)
            {
                isDecimal |= c == '.';
            }
            else
            {
                break;
            }
        }

        Numbers++;
        Decimals += isDecimal ? 1 : 0;
        MaxNumber = Math.Max(MaxNumber, value);
        AddToken(WordHash.Number);
        return i;
    }

    private void CountSymbol(ReadOnlySpan<char> text, int i, char c)
    {
        switch (c)
        {
            case '+' or '*' or '/' or '^' or '<' or '>' or '×' or '÷' or '√' or '∑' or '∫' or '\\':
                Operators++;
                break;
            case '=':
                Operators++;
                EqualSigns++;
                break;
            case '$' or '%' or '€' or '£':
                MoneyOrPercent++;
                break;
            case '?':
                QuestionMarks++;
                Sentences++;
                break;
            case '.' or '!' when i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]):
                Sentences++;
                break;
            case '\n':
                Lines++;
                break;
        }
    }

    private void AddToken(ulong hash)
    {
        Words++;
        var unigram = WordHash.Bucket(hash, hashBits);
        UniqueWords += Mark(_seenWords, unigram) ? 1 : 0;
        Add(unigram);
        if (_hasPrevious)
        {
            Add(WordHash.Bucket(WordHash.Pair(_previous, hash), hashBits));
        }

        _previous = hash;
        _hasPrevious = true;
    }

    private void Add(int bucket)
    {
        if (Mark(_seen, bucket))
        {
            _buckets.Add(bucket);
        }
    }

    /// <summary>Sets the bucket's bit; true when it was not set before.</summary>
    private static bool Mark(ulong[] bits, int bucket)
    {
        ref var word = ref bits[bucket >> 6];
        var mask = 1UL << (bucket & 63);
        var fresh = (word & mask) == 0;
        word |= mask;
        return fresh;
    }
}
