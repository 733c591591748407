using System.Text.Json;
using Router.Requests;

namespace Router.Functions.Http;

/// <summary>Typed reads of optional fields with errors that name the parameter; shared by the OpenAI and native shapes.</summary>
internal static class JsonFields
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal) { "system", "developer", "user", "assistant", "tool" };

    public static string? String(JsonElement obj, string name) => Get(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        _ => throw new InvalidRequestException($"'{name}' must be a string.", name, "invalid_type"),
    };

    public static bool? Bool(JsonElement obj, string name) => Get(obj, name) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw new InvalidRequestException($"'{name}' must be a boolean.", name, "invalid_type"),
    };

    public static float? Number(JsonElement obj, string name, double min, double max)
    {
        if (Get(obj, name) is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d))
        {
            throw new InvalidRequestException($"'{name}' must be a number.", name, "invalid_type");
        }

        return d >= min && d <= max ? (float)d : throw new InvalidRequestException($"'{name}' must be between {min} and {max}.", name);
    }

    public static int? Integer(JsonElement obj, string name, int min = int.MinValue)
    {
        if (Get(obj, name) is not { } v)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i))
        {
            throw new InvalidRequestException($"'{name}' must be an integer.", name, "invalid_type");
        }

        return i >= min ? i : throw new InvalidRequestException($"'{name}' must be at least {min}.", name);
    }

    /// <summary>A string or an array of up to 4 strings, as OpenAI accepts.</summary>
    public static IReadOnlyList<string> Stop(JsonElement obj, string name)
    {
        switch (Get(obj, name))
        {
            case null:
                return [];
            case { ValueKind: JsonValueKind.String } s:
                return [s.GetString()!];
            case { ValueKind: JsonValueKind.Array } a when a.GetArrayLength() <= 4 && a.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                return a.EnumerateArray().Select(e => e.GetString()!).ToList();
            default:
                throw new InvalidRequestException($"'{name}' must be a string or an array of at most 4 strings.", name, "invalid_type");
        }
    }

    /// <summary>A non-empty array of {role, content}; content is a string, null (assistant turns) or text parts. Assistant
    /// turns may carry <c>tool_calls</c>; tool turns must name the call they answer in <c>tool_call_id</c>.</summary>
    public static IReadOnlyList<ChatMessage> Messages(JsonElement obj)
    {
        if (Get(obj, "messages") is not { ValueKind: JsonValueKind.Array } array)
        {
            throw new InvalidRequestException("'messages' is required and must be an array.", "messages", Get(obj, "messages") is null ? "missing_required_parameter" : "invalid_type");
        }

        if (array.GetArrayLength() == 0)
        {
            throw new InvalidRequestException("'messages' must contain at least one message.", "messages", "empty_array");
        }

        return array.EnumerateArray().Select((m, i) => Message(m, $"messages[{i}]")).ToList();
    }

    private static ChatMessage Message(JsonElement message, string path)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestException($"'{path}' must be an object.", path, "invalid_type");
        }

        var role = String(message, "role") ?? throw new InvalidRequestException($"'{path}.role' is required.", $"{path}.role", "missing_required_parameter");
        if (!Roles.Contains(role))
        {
            throw new InvalidRequestException($"'{path}.role' must be one of: {string.Join(", ", Roles)}.", $"{path}.role");
        }

        var content = Content(Get(message, "content"), $"{path}.content");
        return role switch
        {
            "assistant" => new ChatMessage(role, content) { ToolCalls = ToolCalls(message, $"{path}.tool_calls") },
            "tool" => new ChatMessage(role, content)
            {
                ToolCallId = String(message, "tool_call_id") ?? throw new InvalidRequestException($"'{path}.tool_call_id' is required in a tool message.", $"{path}.tool_call_id", "missing_required_parameter"),
            },
            _ => new ChatMessage(role, content),
        };
    }

    /// <summary>An assistant turn's <c>tool_calls</c>: [{id, type: "function", function: {name, arguments}}].</summary>
    private static IReadOnlyList<ToolCall> ToolCalls(JsonElement message, string path)
    {
        switch (Get(message, "tool_calls"))
        {
            case null:
                return [];
            case { ValueKind: JsonValueKind.Array } calls:
                return calls.EnumerateArray().Select((c, i) => ToolCall(c, $"{path}[{i}]")).ToList();
            default:
                throw new InvalidRequestException($"'{path}' must be an array.", path, "invalid_type");
        }
    }

    private static ToolCall ToolCall(JsonElement call, string path)
    {
        if (call.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidRequestException($"'{path}' must be an object.", path, "invalid_type");
        }

        var id = String(call, "id") ?? throw new InvalidRequestException($"'{path}.id' is required.", $"{path}.id", "missing_required_parameter");
        if ((String(call, "type") ?? "function") != "function")
        {
            throw new InvalidRequestException($"'{path}.type' must be \"function\".", $"{path}.type", "unsupported_parameter");
        }

        if (Get(call, "function") is not { ValueKind: JsonValueKind.Object } function)
        {
            throw new InvalidRequestException($"'{path}.function' is required and must be an object.", $"{path}.function", "missing_required_parameter");
        }

        var name = String(function, "name") ?? throw new InvalidRequestException($"'{path}.function.name' is required.", $"{path}.function.name", "missing_required_parameter");
        return new ToolCall(id, name, String(function, "arguments") ?? "");
    }

    private static string Content(JsonElement? content, string path) =>
        MessageContent.TryReadText(content, out var text, out var badPart) ? text
        : badPart < 0 ? throw new InvalidRequestException($"'{path}' must be a string or an array of text parts.", path, "invalid_type")
        : throw new InvalidRequestException($"'{path}[{badPart}]' must be a text part {{\"type\":\"text\",\"text\":...}}; other content types are not supported.", $"{path}[{badPart}]", "unsupported_content");

    /// <summary>The property, or null when it is absent or JSON null (OpenAI treats both as "not set").</summary>
    public static JsonElement? Get(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
}
