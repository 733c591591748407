namespace Router.Requests;

/// <summary>A request as it enters the router, whatever host it came from (HTTP, queue, CLI).</summary>
public sealed record ChatRequest
{
    public const string AutoModel = "auto";

    /// <summary>Unique per logical request; a retried queue message keeps its id, so accounting is idempotent.</summary>
    public required string RequestId { get; init; }
    public required string TenantId { get; init; }

    /// <summary>"auto" lets the policy choose; a catalogue model name is honoured unless policy forbids it.</summary>
    public string Model { get; init; } = AutoModel;
    public required IReadOnlyList<ChatMessage> Messages { get; init; }
    public SamplingParameters Parameters { get; init; } = new();

    /// <summary>Tools, tool choice and response format; <see cref="ToolsAndFormat.None"/> for a plain chat.</summary>
    public ToolsAndFormat ToolsAndFormat { get; init; } = ToolsAndFormat.None;
    public bool Stream { get; init; }

    /// <summary>The caller may always ask for a private route; it can never ask to leave one.</summary>
    public bool ForcePrivate { get; init; }

    /// <summary>How long the answer may take ("24h", queue messages only): such a request, when it goes to the closed
    /// route, is sent through the Azure OpenAI Batch API at batch prices. Null: answered at once (the default).</summary>
    public string? CompletionWindow { get; init; }
}
