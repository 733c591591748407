using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Router.Accounting;

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
