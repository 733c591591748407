namespace Router;

/// <summary>
/// How much a tool or extraction request's structure raises its difficulty, bound from "Router:ToolDifficulty".
/// Each weight is in log-odds added to the text's score (<c>Classification/Difficulty/ToolDifficulty</c>). They are
/// priors, not fitted: no correctness data for tool requests of the routed models exists here (docs/difficulty.md,
/// "Tool and extraction requests"). Adjustments only ever raise a score, so a tool request never looks easier than
/// its text alone; a plain chat is never touched.
/// </summary>
public sealed class ToolDifficultyOptions
{
    /// <summary>Off: the difficulty is the text's score alone, as for a plain chat.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Per doubling of the tools the model must choose between (tool_choice auto or required).</summary>
    public double PerToolDoubling { get; set; } = 0.15;

    /// <summary>Per doubling of a schema's properties beyond <see cref="SimpleSchemaProperties"/> (the largest
    /// argument schema the model may fill, and the json_schema answer).</summary>
    public double PerSchemaDoubling { get; set; } = 0.10;

    /// <summary>Schemas with up to this many properties count as simple.</summary>
    public int SimpleSchemaProperties { get; set; } = 4;

    /// <summary>Per level of object/array nesting beyond two, in any schema the answer must follow.</summary>
    public double PerNestingLevel { get; set; } = 0.10;

    /// <summary>Per earlier tool round in the history (an assistant turn that called tools), up to <see cref="MaxToolRounds"/>.</summary>
    public double PerToolRound { get; set; } = 0.10;

    public int MaxToolRounds { get; set; } = 3;

    /// <summary>The most all adjustments together may add: at the default, a score of 0.19 becomes at most 0.33.</summary>
    public double MaxLogOdds { get; set; } = 0.75;
}
