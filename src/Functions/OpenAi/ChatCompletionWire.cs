using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Router.Accounting;
using Router.Backends;
using Router.Requests;

namespace Router.Functions.OpenAi;

/// <summary>OpenAI chat-completion response shapes (snake_case on the wire).</summary>
internal static class ChatCompletionWire
{
    // Generated metadata for the hot shapes (no reflection per property); anything else falls back to reflection.
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ChatCompletionWireContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static UsageWire Usage(TokenUsage usage) => new(usage.PromptTokens, usage.CompletionTokens, usage.TotalTokens);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ChatCompletionWireResponse))]
[JsonSerializable(typeof(ChunkWire))]
[JsonSerializable(typeof(ModelListWire))]
internal sealed partial class ChatCompletionWireContext : JsonSerializerContext;

internal sealed record ChatCompletionWireResponse(string Id, long Created, string Model, IReadOnlyList<ChoiceWire> Choices, UsageWire Usage)
{
    public string Object => "chat.completion";
    public string? SystemFingerprint => null;
}

internal sealed record ChoiceWire(int Index, MessageWire Message, string FinishReason)
{
    public object? Logprobs => null;
}

internal sealed record MessageWire(string Role, string? Content)
{
    public string? Refusal => null;

    /// <summary>Present only when the model called tools, as OpenAI sends it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ToolCallWire>? ToolCalls { get; init; }

    /// <summary>OpenAI's shape: a tool-calling answer with no text has content null.</summary>
    public static MessageWire Assistant(string content, IReadOnlyList<ToolCall> toolCalls) => toolCalls.Count == 0
        ? new("assistant", content)
        : new("assistant", content.Length == 0 ? null : content) { ToolCalls = toolCalls.Select(c => new ToolCallWire(c.Id, new FunctionWire(c.Name, c.Arguments))).ToList() };
}

internal sealed record ToolCallWire(string Id, FunctionWire Function)
{
    public string Type => "function";
}

internal sealed record FunctionWire(string Name, string Arguments);

/// <summary>A streamed tool-call piece: index always; id, type and name on a call's first piece; argument fragments.</summary>
internal sealed record ToolCallDeltaWire(int Index)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Id { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Type { get; init; }

    public required FunctionDeltaWire Function { get; init; }

    public static IReadOnlyList<ToolCallDeltaWire> From(IReadOnlyList<ToolCallDelta> deltas) => deltas.Select(d => new ToolCallDeltaWire(d.Index)
    {
        Id = d.Id,
        Type = d.Id is null ? null : "function",
        Function = new FunctionDeltaWire { Name = d.Name, Arguments = d.ArgumentsFragment ?? "" },
    }).ToList();
}

internal sealed record FunctionDeltaWire
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    public string Arguments { get; init; } = "";
}

internal sealed record UsageWire(int PromptTokens, int CompletionTokens, int TotalTokens);

internal sealed record ChunkWire(string Id, long Created, string Model, IReadOnlyList<ChunkChoiceWire> Choices, UsageWire? Usage)
{
    public string Object => "chat.completion.chunk";
    public string? SystemFingerprint => null;
}

internal sealed record ChunkChoiceWire(int Index, DeltaWire Delta, string? FinishReason)
{
    public object? Logprobs => null;
}

internal sealed record DeltaWire
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Content { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ToolCallDeltaWire>? ToolCalls { get; init; }
}

internal sealed record ModelListWire(IReadOnlyList<ModelWire> Data)
{
    public string Object => "list";
}

internal sealed record ModelWire(string Id, string OwnedBy)
{
    public string Object => "model";
    public long Created => 0;
}
