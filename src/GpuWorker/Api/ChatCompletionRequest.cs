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
    bool? IgnoreEos)
{
    public IReadOnlyList<ToolDto>? Tools { get; init; }

    /// <summary>"none", "auto", "required" or {"type":"function","function":{"name":...}}.</summary>
    public JsonElement? ToolChoice { get; init; }

    public bool? ParallelToolCalls { get; init; }

    /// <summary>{"type":"text"|"json_object"|"json_schema","json_schema":{"name","schema",...}}.</summary>
    public JsonElement? ResponseFormat { get; init; }
}

internal sealed record ChatMessageDto(string? Role, JsonElement? Content)
{
    public IReadOnlyList<ToolCallDto>? ToolCalls { get; init; }
    public string? ToolCallId { get; init; }
}

internal sealed record ToolDto(string? Type, FunctionDto? Function);

internal sealed record FunctionDto(string? Name, string? Description, JsonElement? Parameters);

internal sealed record ToolCallDto(string? Id, string? Type, FunctionCallDto? Function);

internal sealed record FunctionCallDto(string? Name, string? Arguments);
