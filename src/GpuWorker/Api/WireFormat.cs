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

internal sealed record ChatMessageOut(string Role, string Content);

internal sealed record Choice(int Index, ChatMessageOut Message, string FinishReason);

internal sealed record ChatCompletionResponse(
    string Id, string Object, long Created, string Model, IReadOnlyList<Choice> Choices, Usage Usage);

internal sealed record Delta(string? Role, string? Content);

internal sealed record ChunkChoice(int Index, Delta Delta, string? FinishReason);

internal sealed record ChatCompletionChunk(
    string Id, string Object, long Created, string Model, IReadOnlyList<ChunkChoice> Choices, Usage? Usage);

internal sealed record ErrorBody(string Message, string Type, string? Param, string? Code);

internal sealed record ErrorEnvelope(ErrorBody Error);
