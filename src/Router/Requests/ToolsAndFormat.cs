namespace Router.Requests;

/// <summary>
/// What the caller asked the answer to look like: the functions the model may call, whether and which it must call,
/// whether it may call several at once, and the response format. Part of the cache key; passed to every backend.
/// </summary>
public sealed record ToolsAndFormat
{
    public static readonly ToolsAndFormat None = new();

    public IReadOnlyList<ToolDefinition> Tools { get; init; } = [];

    /// <summary>Null: the API default (auto when tools are given).</summary>
    public ToolChoice? ToolChoice { get; init; }

    public bool? ParallelToolCalls { get; init; }

    /// <summary>Null: not set (plain text).</summary>
    public ResponseFormat? ResponseFormat { get; init; }

    public bool HasTools => Tools.Count > 0;

    /// <summary>Nothing set: a plain chat.</summary>
    public bool IsNone => !HasTools && ToolChoice is null && ParallelToolCalls is null && ResponseFormat is null;

    /// <summary>A tool request (tools offered and not switched off) or an extraction request (JSON answer asked for).</summary>
    public bool IsToolOrExtraction =>
        (HasTools && ToolChoice?.Mode != ToolChoiceMode.None) || ResponseFormat is { Kind: not ResponseFormatKind.Text };

    /// <summary>The tool the answer must call, when the choice names one.</summary>
    public ToolDefinition? ForcedTool => ToolChoice is { Mode: ToolChoiceMode.Function, FunctionName: { } name }
        ? Tools.FirstOrDefault(t => t.Name == name)
        : null;
}
