using System.Text.Json;
using System.Text.RegularExpressions;
using Router.Functions.Http;
using Router.Functions.OpenAi;
using Router.Requests;

namespace Router.Functions.Native;

/// <summary>
/// The native shape, used by POST /api/route and by batch messages:
/// <c>{id?, tenant?, messages, model?, parameters?: {temperature, topP, maxTokens, stop, seed}, forcePrivate?,
/// tools?, tool_choice?, parallel_tool_calls?, response_format?}</c>. The tool and format fields are OpenAI's objects,
/// spelled and validated exactly as on the chat endpoint (<see cref="ToolsAndFormatReader"/>), as the messages' own
/// <c>tool_calls</c> / <c>tool_call_id</c> are. Any other field is a 400 naming it, with the native spelling where
/// it is an OpenAI one (max_tokens).
/// </summary>
internal static partial class NativeRequestReader
{
    private static readonly string[] Fields =
        ["id", "tenant", "messages", "model", "parameters", "forcePrivate", "tools", "tool_choice", "parallel_tool_calls", "response_format"];

    /// <summary>Batch messages may also name a completion window (the Batch API); an HTTP caller waits for its answer.</summary>
    private static readonly string[] MessageFields = [.. Fields, "completionWindow"];

    // OpenAI's deprecated tool fields pass here so that the tools reader refuses them with its own, clearer message.
    private static readonly string[] LegacyToolFields = ["functions", "function_call"];
    private static readonly string[] ParameterFields = ["temperature", "topP", "maxTokens", "stop", "seed"];

    // OpenAI's spellings, which a caller of the native shape easily sends instead.
    private static readonly Dictionary<string, string> OpenAiSpellings = new(StringComparer.Ordinal)
    {
        ["max_tokens"] = "parameters.maxTokens",
        ["max_completion_tokens"] = "parameters.maxTokens",
        ["temperature"] = "parameters.temperature",
        ["top_p"] = "parameters.topP",
        ["stop"] = "parameters.stop",
        ["seed"] = "parameters.seed",
        ["maxTokens"] = "parameters.maxTokens",
        ["topP"] = "parameters.topP",
        ["toolChoice"] = "tool_choice",
        ["parallelToolCalls"] = "parallel_tool_calls",
        ["responseFormat"] = "response_format",
    };

    public static NativeRequest Read(JsonElement body, bool queueMessage = false)
    {
        RejectUnknown(body, queueMessage ? MessageFields : Fields, "", LegacyToolFields);
        if (JsonFields.Get(body, "parameters") is { ValueKind: JsonValueKind.Object } given)
        {
            RejectUnknown(given, ParameterFields, "parameters.");
        }

        var id = JsonFields.String(body, "id");
        if (id is not null && !SafeId().IsMatch(id))
        {
            throw new InvalidRequestException("'id' must be 1-128 characters of letters, digits, '.', '_' or '-'.", "id");
        }

        var tenant = JsonFields.String(body, "tenant");
        if (tenant is not null && !SafeId().IsMatch(tenant))
        {
            throw new InvalidRequestException("'tenant' must be 1-128 characters of letters, digits, '.', '_' or '-'.", "tenant");
        }

        var window = queueMessage ? JsonFields.String(body, "completionWindow") : null;
        if (window is not null && !CompletionWindows.IsSupported(window))
        {
            throw new InvalidRequestException($"'completionWindow' must be {CompletionWindows.Supported} (the Azure OpenAI Batch API's window), or absent for an answer at once.", "completionWindow");
        }

        var model = JsonFields.String(body, "model");
        var messages = JsonFields.Messages(body);
        var parameters = JsonFields.Get(body, "parameters") switch
        {
            null => new SamplingParameters(),
            { ValueKind: JsonValueKind.Object } p => Parameters(p),
            _ => throw new InvalidRequestException("'parameters' must be an object.", "parameters", "invalid_type"),
        };
        return new NativeRequest(id, tenant, string.IsNullOrEmpty(model) ? ChatRequest.AutoModel : model, messages, parameters, JsonFields.Bool(body, "forcePrivate") ?? false)
        {
            CompletionWindow = window,
            ToolsAndFormat = ToolsAndFormatReader.Read(body),
        };
    }

    private static SamplingParameters Parameters(JsonElement p) => new()
    {
        Temperature = JsonFields.Number(p, "temperature", 0, 2),
        TopP = JsonFields.Number(p, "topP", 0, 1),
        MaxTokens = JsonFields.Integer(p, "maxTokens", 1),
        Stop = JsonFields.Stop(p, "stop"),
        Seed = JsonFields.Integer(p, "seed"),
    };

    /// <summary>A field the native shape does not know would be silently ignored (max_tokens was): name it instead.</summary>
    private static void RejectUnknown(JsonElement obj, string[] known, string prefix, string[]? passed = null)
    {
        var unknown = obj.EnumerateObject().Select(p => p.Name)
            .Where(n => !known.Contains(n, StringComparer.Ordinal) && passed?.Contains(n, StringComparer.Ordinal) != true).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        var named = string.Join(", ", unknown.Select(n => prefix.Length == 0 && OpenAiSpellings.TryGetValue(n, out var native)
            ? $"'{n}' (use '{native}')"
            : $"'{prefix}{n}'"));
        var allowed = string.Join(", ", known.Select(k => $"'{prefix}{k}'"));
        throw new InvalidRequestException($"Unknown field{(unknown.Count > 1 ? "s" : "")} {named}; the fields are {allowed}.", prefix + unknown[0], "unknown_parameter");
    }

    // Ids become Table Storage keys: no '/', '\\', '#', '?' or control characters.
    [GeneratedRegex("^[A-Za-z0-9._-]{1,128}$")]
    public static partial Regex SafeId();
}

internal sealed record NativeRequest(
    string? Id,
    string? Tenant,
    string Model,
    IReadOnlyList<ChatMessage> Messages,
    SamplingParameters Parameters,
    bool ForcePrivate)
{
    public string? CompletionWindow { get; init; }
    public ToolsAndFormat ToolsAndFormat { get; init; } = ToolsAndFormat.None;

    public ChatRequest ToChatRequest(string requestId, string tenantId) => new()
    {
        RequestId = requestId,
        TenantId = tenantId,
        Model = Model,
        Messages = Messages,
        Parameters = Parameters,
        ForcePrivate = ForcePrivate,
        CompletionWindow = CompletionWindow,
        ToolsAndFormat = ToolsAndFormat,
    };
}
