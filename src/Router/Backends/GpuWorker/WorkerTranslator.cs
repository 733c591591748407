using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Router.Accounting;
using Router.Requests;

namespace Router.Backends.GpuWorker;

/// <summary>Our request ↔ the worker's OpenAI-compatible JSON. No transport.</summary>
internal static class WorkerTranslator
{
    public const string GpuSecondsHeader = "x-gpu-seconds";

    public static WorkerChatRequest ToWire(BackendRequest request, bool stream) => new()
    {
        Model = request.Model,
        Messages = request.Messages.Select(ToWire).ToList(),
        Temperature = request.Parameters.Temperature,
        TopP = request.Parameters.TopP,
        MaxTokens = request.Parameters.MaxTokens,
        Stop = request.Parameters.Stop.Count == 0 ? null : request.Parameters.Stop,
        Seed = request.Parameters.Seed,
        Stream = stream,
        StreamOptions = stream ? new WorkerStreamOptions(IncludeUsage: true) : null,
        Tools = request.ToolsAndFormat.HasTools ? request.ToolsAndFormat.Tools.Select(ToWire).ToList() : null,
        ToolChoice = ToWire(request.ToolsAndFormat.ToolChoice),
        ParallelToolCalls = request.ToolsAndFormat.ParallelToolCalls,
        ResponseFormat = ToWire(request.ToolsAndFormat.ResponseFormat),
    };

    private static WorkerMessage ToWire(ChatMessage m) => new(m.Role, m.Content)
    {
        ToolCalls = m.ToolCalls.Count == 0 ? null : m.ToolCalls.Select(c => new WorkerToolCall(null, c.Id, "function", new WorkerFunctionCall(c.Name, c.Arguments))).ToList(),
        ToolCallId = m.ToolCallId,
    };

    private static WorkerTool ToWire(ToolDefinition tool) =>
        new("function", new WorkerFunction(tool.Name, tool.Description, Json(tool.Parameters), tool.Strict));

    private static JsonElement? ToWire(ToolChoice? choice) => choice switch
    {
        null => null,
        { Mode: ToolChoiceMode.Function } => JsonSerializer.SerializeToElement(new { type = "function", function = new { name = choice.FunctionName } }),
        _ => JsonSerializer.SerializeToElement(choice.Mode.ToString().ToLowerInvariant()),
    };

    private static WorkerResponseFormat? ToWire(ResponseFormat? format) => format switch
    {
        null => null,
        { Kind: ResponseFormatKind.JsonObject } => new WorkerResponseFormat("json_object", null),
        { Kind: ResponseFormatKind.JsonSchema } => new WorkerResponseFormat("json_schema", new WorkerJsonSchema(format.Name ?? "", format.Description, Json(format.Schema), format.Strict)),
        _ => new WorkerResponseFormat("text", null),
    };

    private static JsonElement? Json(string? text) => text is null ? null : JsonDocument.Parse(text).RootElement.Clone();

    public static IReadOnlyList<ToolCall> ToToolCalls(IReadOnlyList<WorkerToolCall>? calls) =>
        calls is null ? [] : calls.Select(c => new ToolCall(c.Id ?? "", c.Function?.Name ?? "", c.Function?.Arguments ?? "")).ToList();

    public static IReadOnlyList<ToolCallDelta>? ToDeltas(IReadOnlyList<WorkerToolCall>? calls) =>
        calls is not { Count: > 0 } ? null : calls.Select((c, i) => new ToolCallDelta(c.Index ?? i, c.Id, c.Function?.Name, c.Function?.Arguments)).ToList();

    public static TokenUsage? ToUsage(WorkerUsage? usage) =>
        usage is null ? null : new TokenUsage(usage.PromptTokens, usage.CompletionTokens);

    /// <summary>The header wins when both are present: it is measured around the whole call.</summary>
    public static TimeSpan? GpuTime(HttpResponseHeaders headers, WorkerUsage? usage)
    {
        if (headers.TryGetValues(GpuSecondsHeader, out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return usage?.GpuSeconds is { } fromBody and >= 0 ? TimeSpan.FromSeconds(fromBody) : null;
    }
}
