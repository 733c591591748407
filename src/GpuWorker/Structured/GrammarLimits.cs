namespace GpuWorker.Structured;

/// <summary>
/// Bounds that make every output of a grammar finite: string length, items of an array (or members of a free-form
/// object) when the schema sets no maximum, and nesting of free-form JSON. The worker picks the most generous
/// bounds whose longest output still fits the request's token budget (<see cref="StructuredOutputGrammar"/>), so
/// even a model that never chooses to stop produces complete JSON.
/// </summary>
internal sealed record GrammarLimits(int StringChars, int Items, int Depth)
{
    /// <summary>Most generous first.</summary>
    public static readonly IReadOnlyList<GrammarLimits> Ladder =
    [
        new(512, 32, 3), new(256, 16, 3), new(128, 16, 3), new(64, 8, 2), new(32, 8, 2), new(16, 4, 2),
        new(8, 4, 2), new(8, 2, 1), new(4, 2, 1), new(2, 1, 1), new(1, 1, 0),
    ];

    public static readonly GrammarLimits Generous = Ladder[0];
}
