using System.Text.Json;

namespace GpuWorker.Api;

/// <summary>The OpenAI chat completion request fields the worker reads (snake_case on the wire).</summary>
internal sealed record ChatCompletionRequest(
    string? Model,
    IReadOnlyList<ChatMessageDto>? Messages,
    int? MaxTokens,
    int? MaxCompletionTokens,
    float? Temperature,
    float? TopP,
    JsonElement? Stop,
    long? Seed,
    bool? Stream,
    int? N,
    bool? IgnoreEos);

internal sealed record ChatMessageDto(string? Role, JsonElement? Content);
