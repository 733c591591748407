using System.Text.Json;
using System.Text.Json.Serialization;

namespace GpuWorker.Api;

internal static class WireFormat
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

internal sealed record Usage(int PromptTokens, int CompletionTokens, int TotalTokens, double GpuSeconds);

/// <summary>Content is written even when null: OpenAI's tool-calling answers carry <c>"content": null</c>.</summary>
internal sealed record ChatMessageOut(string Role, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Content)
{
    public IReadOnlyList<ToolCallOut>? ToolCalls { get; init; }
}

/// <summary>A tool call, whole; in a stream chunk it also carries its index (the OpenAI SDKs reassemble by index).</summary>
internal sealed record ToolCallOut(string Id, FunctionCallOut Function)
{
    public int? Index { get; init; }
    public string Type => "function";
}

internal sealed record FunctionCallOut(string Name, string Arguments);

internal sealed record Choice(int Index, ChatMessageOut Message, string FinishReason);

internal sealed record ChatCompletionResponse(
    string Id, string Object, long Created, string Model, IReadOnlyList<Choice> Choices, Usage Usage);

internal sealed record Delta(string? Role, string? Content)
{
    public IReadOnlyList<ToolCallOut>? ToolCalls { get; init; }
}

internal sealed record ChunkChoice(int Index, Delta Delta, string? FinishReason);

internal sealed record ChatCompletionChunk(
    string Id, string Object, long Created, string Model, IReadOnlyList<ChunkChoice> Choices, Usage? Usage);

internal sealed record ErrorBody(string Message, string Type, string? Param, string? Code);

internal sealed record ErrorEnvelope(ErrorBody Error);
