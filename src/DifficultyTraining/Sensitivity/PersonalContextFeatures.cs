using Router.Classification.Difficulty;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Difficulty.Training.Sensitivity;

/// <summary>Receives the hashed buckets of <see cref="PersonalContextFeatures"/> (a struct, so scoring allocates nothing).</summary>
internal interface IBucketSink
{
    void Add(int bucket);
}

/// <summary>
/// The personal-data model's features, in one pass over the characters: Latin words lower-cased (a number is one token)
/// as unigrams and bigrams, each word next to the neighbouring word's shape (capitalised, upper-case, lower-case, number:
/// "neighbour ⟨Cap⟩" generalises over names), shape bigrams, a label separator (':', '=', '|', tab) kept in the bigram,
/// and Han character 1–3-grams (full-width punctuation included, so "名：" is a bigram). Occurrences are counted, not
/// deduplicated; the model scales their sum by 1/√n.
/// </summary>
internal static class PersonalContextFeatures
{
    public static readonly string[] DenseNames =
    [
        "log_chars", "has_name", "log_names", "has_public_figure", "health_cue", "finance_cue", "birth_cue", "role_cue",
        "fiction_cue", "home_cue", "fiction_or_template", "general_question", "name_and_cue",
    ];

    private const ulong Prime = 1099511628211UL;
    private const ulong HanSalt = 0x9E3779B97F4A7C15UL;
    private const byte Lower = 1;
    private const byte Capitalised = 2;
    private const byte Upper = 3;
    private const byte Number = 4;

    /// <summary>The features of all <paramref name="texts"/> as a vector for training (buckets may repeat).</summary>
    public static FeatureVector Extract(IReadOnlyList<string> texts, int hashBits, bool ruleSignals)
    {
        var sink = new ListSink([]);
        foreach (var text in texts)
        {
            Visit(text, hashBits, ref sink);
        }

        var buckets = sink.Buckets.ToArray();
        return new FeatureVector(Dense(texts, ruleSignals), buckets, buckets.Length == 0 ? 0 : 1 / Math.Sqrt(buckets.Length), false);
    }

    /// <summary>
    /// The dense signals: the length, and (with <paramref name="ruleSignals"/>) what the rule detectors' shared person scan
    /// finds — private names, public figures, each attribute's cue words, fiction or template framing, a general question —
    /// none of which alone makes a text sensitive. Zero when off (a constant feature keeps a zero weight).
    /// </summary>
    public static double[] Dense(IReadOnlyList<string> texts, bool ruleSignals)
    {
        var dense = new double[DenseNames.Length];
        var chars = 0;
        foreach (var text in texts)
        {
            chars += text.Length;
        }

        dense[0] = Math.Log(1 + chars);
        if (!ruleSignals)
        {
            return dense;
        }

        var person = new ScanInput(texts, SensitivityScope.None).Person;
        var names = person.Names.Count;
        dense[1] = names > 0 ? 1 : 0;
        dense[2] = Math.Log(1 + names);
        dense[3] = person.PublicFigureNames.Count > 0 ? 1 : 0;
        var anyCue = false;
        var cues = SharedCues.FindAll(person.Text);
        for (var set = 0; set < cues.Length && set < 6; set++)
        {
            dense[4 + set] = cues[set].Count > 0 ? 1 : 0;
            anyCue |= set != 4 && cues[set].Count > 0;
        }

        dense[10] = person.IsFictionOrTemplate ? 1 : 0;
        dense[11] = person.IsGeneralQuestion ? 1 : 0;
        dense[12] = names > 0 && anyCue ? 1 : 0;
        return dense;
    }

    public static void Visit<TSink>(ReadOnlySpan<char> text, int hashBits, ref TSink sink)
        where TSink : struct, IBucketSink
    {
        ulong previous = 0;
        byte previousShape = 0;
        char separator = '\0';
        // The last two Han characters of the current run ('\0' when the run is shorter).
        char han1 = '\0', han2 = '\0';
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsHan(c))
            {
                Emit(ref sink, Mix(HanSalt, c), hashBits);
                if (han1 != '\0')
                {
                    Emit(ref sink, Mix(Mix(HanSalt + 1, han1), c), hashBits);
                    if (han2 != '\0')
                    {
                        Emit(ref sink, Mix(Mix(Mix(HanSalt + 2, han2), han1), c), hashBits);
                    }
                }

                (han2, han1) = (han1, c);
                previousShape = 0;
                i++;
                continue;
            }

            han1 = han2 = '\0';
            if (!CharTable.IsLetterOrDigit(c))
            {
                if (c is ':' or '=' or '|' or '\t')
                {
                    separator = c;
                }
                else if (c == '\n')
                {
                    // A new line starts a new chain: a form's label does not pair with the previous line's value.
                    previousShape = 0;
                    separator = '\0';
                }

                i++;
                continue;
            }

            var (hash, shape, end) = ReadWord(text, i);
            Emit(ref sink, hash, hashBits);
            if (previousShape != 0)
            {
                var left = separator == '\0' ? previous : WordHash.AddLower(previous, separator);
                Emit(ref sink, WordHash.Pair(left, hash), hashBits);
                Emit(ref sink, WordHash.Pair(left, shape), hashBits);
                Emit(ref sink, WordHash.Pair(previousShape, hash), hashBits);
                Emit(ref sink, WordHash.Pair((ulong)previousShape << 8, shape), hashBits);
            }

            (previous, previousShape, separator) = (hash, shape, '\0');
            i = end;
        }
    }

    private static (ulong Hash, byte Shape, int End) ReadWord(ReadOnlySpan<char> text, int start)
    {
        var hash = WordHash.Seed;
        int letters = 0, uppers = 0, digits = 0;
        var firstUpper = CharTable.IsUpper(text[start]);
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (CharTable.IsLetterOrDigit(c) && !IsHan(c))
            {
                if (CharTable.IsDigit(c))
                {
                    digits++;
                }
                else
                {
                    letters++;
                    uppers += CharTable.IsUpper(c) ? 1 : 0;
                }

                hash = WordHash.Add(hash, c);
            }
            else if (c is '\'' or '\u2019' && i + 1 < text.Length && CharTable.IsLetter(text[i + 1]) && i > start)
            {
                hash = WordHash.AddLower(hash, '\'');
            }
            else
            {
                break;
            }
        }

        if (digits > 0)
        {
            return (WordHash.Number, Number, i);
        }

        var shape = uppers == 0 ? Lower : uppers == letters && letters > 1 ? Upper : firstUpper ? Capitalised : Lower;
        return (hash, shape, i);
    }

    private static bool IsHan(char c) => c is (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF1F');

    private static ulong Mix(ulong hash, char c) => (hash ^ c) * Prime;

    private static void Emit<TSink>(ref TSink sink, ulong hash, int hashBits)
        where TSink : struct, IBucketSink => sink.Add(WordHash.Bucket(hash, hashBits));

    private readonly struct ListSink(List<int> buckets) : IBucketSink
    {
        public List<int> Buckets { get; } = buckets;

        public void Add(int bucket) => Buckets.Add(bucket);
    }
}
