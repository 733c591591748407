using System.Text.Json.Serialization;

namespace Router.Backends.GpuWorker;

// The OpenAI chat completions wire format, as much of it as the worker speaks, plus its gpu_seconds.

internal sealed record WorkerMessage(string? Role, string? Content)
{
    public IReadOnlyList<WorkerToolCall>? ToolCalls { get; init; }
    public string? ToolCallId { get; init; }
}

/// <summary>A tool call, whole (a message) or a streamed piece of one (a delta: index, then id/name first, argument fragments after).</summary>
internal sealed record WorkerToolCall(int? Index, string? Id, string? Type, WorkerFunctionCall? Function);

internal sealed record WorkerFunctionCall(string? Name, string? Arguments);

internal sealed record WorkerTool(string Type, WorkerFunction Function);

internal sealed record WorkerFunction(string Name, string? Description, System.Text.Json.JsonElement? Parameters, bool? Strict);

internal sealed record WorkerJsonSchema(string Name, string? Description, System.Text.Json.JsonElement? Schema, bool? Strict);

internal sealed record WorkerResponseFormat(string Type, WorkerJsonSchema? JsonSchema);

internal sealed record WorkerStreamOptions(bool IncludeUsage);

internal sealed record WorkerChatRequest
{
    public required string Model { get; init; }
    public required IReadOnlyList<WorkerMessage> Messages { get; init; }
    public float? Temperature { get; init; }
    public float? TopP { get; init; }
    public int? MaxTokens { get; init; }
    public IReadOnlyList<string>? Stop { get; init; }
    public int? Seed { get; init; }
    public bool Stream { get; init; }
    public IReadOnlyList<WorkerTool>? Tools { get; init; }

    /// <summary>"none", "auto", "required", or {"type":"function","function":{"name":...}}.</summary>
    public System.Text.Json.JsonElement? ToolChoice { get; init; }
    public bool? ParallelToolCalls { get; init; }
    public WorkerResponseFormat? ResponseFormat { get; init; }
    public WorkerStreamOptions? StreamOptions { get; init; }
}

internal sealed record WorkerUsage(int PromptTokens, int CompletionTokens, double? GpuSeconds);

internal sealed record WorkerChoice(WorkerMessage? Message, WorkerMessage? Delta, string? FinishReason);

/// <summary>The worker's OpenAI-shaped error; its code tells "model_not_ready" from "queue_full" (both 503 + Retry-After).</summary>
internal sealed record WorkerError(string? Code);

/// <summary>A whole response, a stream chunk (they differ only in message vs delta), or an error body / error event.</summary>
internal sealed record WorkerChatResponse(string? Model, IReadOnlyList<WorkerChoice>? Choices, WorkerUsage? Usage, WorkerError? Error = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WorkerChatRequest))]
[JsonSerializable(typeof(WorkerChatResponse))]
internal sealed partial class WorkerJsonContext : JsonSerializerContext;
