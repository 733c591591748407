using System.Collections.Frozen;

namespace Router.Classification.Difficulty;

/// <summary>Word lists whose counts become dense features, looked up by <see cref="WordHash"/>.</summary>
internal static class CueWords
{
    /// <summary>Upper-case question reversals ("Which is NOT…", "all EXCEPT…").</summary>
    public static readonly FrozenSet<ulong> Negations = Hashes("not", "except", "least", "false", "incorrect", "never");

    public static readonly FrozenSet<ulong> Quantitative = Hashes(
        "calculate", "compute", "probability", "rate", "ratio", "percent", "percentage", "average", "sum",
        "value", "equation", "solve", "integer", "integers", "function", "derivative", "integral", "matrix",
        "velocity", "mass", "energy", "force", "mol", "concentration", "interest", "speed", "distance", "area",
        "volume", "root", "roots", "polynomial", "prime", "remainder", "expected", "variance", "mean", "estimate",
        "maximum", "minimum", "number", "degree", "order", "group", "field", "ring", "element", "elements");

    /// <summary>Words that chain steps in a word problem.</summary>
    public static readonly FrozenSet<ulong> MultiStep = Hashes(
        "each", "per", "then", "after", "remaining", "twice", "half", "times", "every", "left", "more", "less",
        "fewer", "total", "altogether", "respectively", "if", "remainder", "rest", "cost", "costs", "pays",
        "spends", "earns", "buys", "sells", "week", "weeks", "hours", "minutes", "days", "dozen", "triple", "double");

    /// <summary>Two-part judgements ("Statement 1 | …", "Scenario 1 | …", "True, False").</summary>
    public static readonly FrozenSet<ulong> Compound = Hashes("statement", "scenario", "true", "false", "wrong", "both", "neither");

    public static readonly FrozenSet<ulong> Reasoning = Hashes(
        "because", "therefore", "implies", "assume", "suppose", "given", "following", "argument", "conclusion",
        "valid", "invalid", "premise", "premises", "inference", "consistent", "best", "most", "likely", "strongest");

    /// <summary>First-person narration ("I", counted separately, "me", "my"): scenario and judgement questions.</summary>
    public static readonly FrozenSet<ulong> FirstPerson = Hashes("me", "my", "myself", "mine");

    /// <summary>Upper-case Roman numerals of combined-statement options ("I and III only").</summary>
    public static readonly FrozenSet<ulong> Roman = Hashes("ii", "iii", "iv");

    /// <summary>Every cue word's lists in one lookup, so the scan pays one hash probe per word.</summary>
    public static readonly FrozenDictionary<ulong, CueKinds> Kinds = Negations.Select(h => (h, CueKinds.Negation))
        .Concat(Quantitative.Select(h => (h, CueKinds.Quantitative)))
        .Concat(MultiStep.Select(h => (h, CueKinds.MultiStep)))
        .Concat(Compound.Select(h => (h, CueKinds.Compound)))
        .Concat(Reasoning.Select(h => (h, CueKinds.Reasoning)))
        .Concat(FirstPerson.Select(h => (h, CueKinds.FirstPerson)))
        .Concat(Roman.Select(h => (h, CueKinds.Roman)))
        .GroupBy(x => x.h)
        .ToFrozenDictionary(g => g.Key, g => g.Aggregate(CueKinds.None, (kinds, x) => kinds | x.Item2));

    /// <summary>
    /// One bit per low 12 bits of every cue word's hash: most words miss it, so the scan probes <see cref="Kinds"/>
    /// only for the few that hit.
    /// </summary>
    public static readonly ulong[] KindsFilter = Filter(Kinds.Keys);

    public static bool MayBeCue(ulong hash) => (KindsFilter[(int)(hash >> 6) & 63] & (1UL << (int)hash)) != 0;

    private static ulong[] Filter(IEnumerable<ulong> hashes)
    {
        var bits = new ulong[64];
        foreach (var hash in hashes)
        {
            bits[(int)(hash >> 6) & 63] |= 1UL << (int)hash;
        }
        return bits;
    }

    private static FrozenSet<ulong> Hashes(params string[] words) => words.Select(WordHash.Of).ToFrozenSet();
}

[Flags]
internal enum CueKinds
{
    None = 0,
    Negation = 1,
    Quantitative = 2,
    MultiStep = 4,
    Compound = 8,
    Reasoning = 16,
    FirstPerson = 32,
    Roman = 64,
}
