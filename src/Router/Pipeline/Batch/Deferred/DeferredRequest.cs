using System.Text.Json;
using System.Text.Json.Serialization;
using Router.Requests;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>What of a request the Batch API needs, and a retry on the standard route: plain chat messages and sampling
/// parameters. Requests with tools, a response format or tool turns are not deferred (<see cref="CanDefer"/>).</summary>
public sealed record DeferredRequest(string Model, IReadOnlyList<DeferredMessage> Messages, SamplingParameters Parameters)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static bool CanDefer(ChatRequest request) =>
        request.ToolsAndFormat.IsNone && !request.Stream
        && request.Messages.All(m => m.ToolCalls.Count == 0 && m.ToolCallId is null);

    public static DeferredRequest From(ChatRequest request) =>
        new(request.Model, [.. request.Messages.Select(m => new DeferredMessage(m.Role, m.Content))], request.Parameters);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DeferredRequest Parse(string json) =>
        JsonSerializer.Deserialize<DeferredRequest>(json, Json) ?? throw new JsonException("empty deferred request");

    public ChatRequest ToChatRequest(string tenantId, string requestId) => new()
    {
        RequestId = requestId,
        TenantId = tenantId,
        Model = Model,
        Messages = [.. Messages.Select(m => new ChatMessage(m.Role, m.Content))],
        Parameters = Parameters,
    };
}

public sealed record DeferredMessage(string Role, string Content);
