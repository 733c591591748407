namespace GpuWorker.Structured;

/// <summary>
/// A grammar as a tree, written out as llama.cpp GBNF by <see cref="GbnfWriter"/>. Every node knows the most bytes
/// it can produce, so a grammar can be sized to fit a token budget (each token is at least one byte).
/// </summary>
internal abstract record GrammarNode;

/// <summary>Exactly this text.</summary>
internal sealed record Literal(string Text) : GrammarNode;

/// <summary>One character from a GBNF character class, e.g. <c>[0-9]</c>; <see cref="MaxBytes"/> of UTF-8.</summary>
internal sealed record CharClass(string Gbnf, int MaxBytes) : GrammarNode;

internal sealed record Sequence(IReadOnlyList<GrammarNode> Items) : GrammarNode;

internal sealed record Choice(IReadOnlyList<GrammarNode> Options) : GrammarNode;

/// <summary><see cref="Item"/> between <see cref="Min"/> and <see cref="Max"/> times (<see cref="Unbounded"/>: no
/// upper bound, allowed only inside <see cref="FreeText"/>).</summary>
internal sealed record Repeat(GrammarNode Item, int Min, int Max) : GrammarNode
{
    public const int Unbounded = int.MaxValue;
}

/// <summary>
/// A plain-text answer: the model may stop anywhere in it, and a length cut leaves it a valid answer, so it adds
/// nothing to <see cref="Grammar.MaxBytes"/> (only JSON must be complete within the token budget).
/// </summary>
internal sealed record FreeText(GrammarNode Body) : GrammarNode;

/// <summary>A named rule of the same grammar.</summary>
internal sealed record RuleRef(string Name) : GrammarNode;

/// <summary>Named rules and the one the output must match.</summary>
internal sealed class Grammar(string root, IReadOnlyDictionary<string, GrammarNode> rules)
{
    public string Root { get; } = root;
    public IReadOnlyDictionary<string, GrammarNode> Rules { get; } = rules;

    /// <summary>The most UTF-8 bytes any output of the grammar can have (the grammar has no cycles).</summary>
    public long MaxBytes() => MaxBytes(new RuleRef(Root), []);

    private long MaxBytes(GrammarNode node, Dictionary<string, long> known) => node switch
    {
        Literal l => System.Text.Encoding.UTF8.GetByteCount(l.Text),
        CharClass c => c.MaxBytes,
        Sequence s => s.Items.Sum(i => MaxBytes(i, known)),
        Choice c => c.Options.Max(o => MaxBytes(o, known)),
        FreeText => 0,
        Repeat { Max: Repeat.Unbounded } => throw new InvalidOperationException("An unbounded repeat outside free text has no longest output."),
        Repeat r => r.Max * MaxBytes(r.Item, known),
        RuleRef r => known.TryGetValue(r.Name, out var n) ? n : known[r.Name] = MaxBytes(Rules[r.Name], known),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
