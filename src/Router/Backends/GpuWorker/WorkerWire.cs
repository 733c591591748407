using System.Text.Json.Serialization;

namespace Router.Backends.GpuWorker;

// The OpenAI chat completions wire format, as much of it as the worker speaks, plus its gpu_seconds.

internal sealed record WorkerMessage(string Role, string? Content);

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
