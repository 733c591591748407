using System.Text.Json;
using System.Text.RegularExpressions;
using Router.Functions.Http;
using Router.Requests;

namespace Router.Functions.OpenAi;

/// <summary>
/// <c>tools</c>, <c>tool_choice</c>, <c>parallel_tool_calls</c> and <c>response_format</c> as the OpenAI chat
/// completions reference defines them; every problem is a 400 naming the parameter. Schemas are kept as the caller's
/// JSON text: the closed model reads them itself, and the private worker decides what it can express.
/// </summary>
internal static partial class ToolsAndFormatReader
{
    private const int MaxTools = 128;

    public static ToolsAndFormat Read(JsonElement body)
    {
        RefuseLegacyFunctions(body);
        var tools = Tools(body);
        var choice = Choice(body, tools);
        var parallel = JsonFields.Bool(body, "parallel_tool_calls");
        var format = Format(body);
        return tools.Count == 0 && choice is null && parallel is null && format is null
            ? ToolsAndFormat.None
            : new ToolsAndFormat { Tools = tools, ToolChoice = choice, ParallelToolCalls = parallel, ResponseFormat = format };
    }

    /// <summary>Mapping them would answer in <c>tool_calls</c>, which a caller that sent <c>functions</c> does not read.</summary>
    private static void RefuseLegacyFunctions(JsonElement body)
    {
        if (JsonFields.Get(body, "functions") is not null)
        {
            throw new InvalidRequestException("'functions' is OpenAI's deprecated form of 'tools' and is not supported; send each function as {\"type\":\"function\",\"function\":{...}} in 'tools'.", "functions", "unsupported_parameter");
        }

        if (JsonFields.Get(body, "function_call") is not null)
        {
            throw new InvalidRequestException("'function_call' is OpenAI's deprecated form of 'tool_choice' and is not supported; send 'tool_choice' instead.", "function_call", "unsupported_parameter");
        }
    }

    private static IReadOnlyList<ToolDefinition> Tools(JsonElement body)
    {
        switch (JsonFields.Get(body, "tools"))
        {
            case null:
                return [];
            case { ValueKind: JsonValueKind.Array } array when array.GetArrayLength() is > 0 and <= MaxTools:
                var tools = array.EnumerateArray().Select((t, i) => Tool(t, $"tools[{i}]")).ToList();
                var duplicate = tools.GroupBy(t => t.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
                return duplicate is null ? tools : throw new InvalidRequestException($"'tools' names the function '{duplicate.Key}' more than once.", "tools");
            case { ValueKind: JsonValueKind.Array }:
                throw new InvalidRequestException($"'tools' must contain between 1 and {MaxTools} tools; leave it out for none.", "tools");
            default:
                throw new InvalidRequestException("'tools' must be an array.", "tools", "invalid_type");
        }
    }

    private static ToolDefinition Tool(JsonElement tool, string path)
    {
        Object(tool, path);
        var type = JsonFields.String(tool, "type");
        if (type != "function")
        {
            throw new InvalidRequestException($"'{path}.type' must be \"function\"; other tool types are not supported.", $"{path}.type", type is null ? "missing_required_parameter" : "unsupported_parameter");
        }

        var function = JsonFields.Get(tool, "function") ?? throw new InvalidRequestException($"'{path}.function' is required.", $"{path}.function", "missing_required_parameter");
        Object(function, $"{path}.function");
        var name = FunctionName(function, $"{path}.function.name");
        var parameters = JsonFields.Get(function, "parameters");
        if (parameters is { ValueKind: not JsonValueKind.Object })
        {
            throw new InvalidRequestException($"'{path}.function.parameters' must be a JSON Schema object.", $"{path}.function.parameters", "invalid_type");
        }

        return new ToolDefinition(name, JsonFields.String(function, "description"), parameters?.GetRawText(), JsonFields.Bool(function, "strict"));
    }

    private static ToolChoice? Choice(JsonElement body, IReadOnlyList<ToolDefinition> tools)
    {
        var choice = JsonFields.Get(body, "tool_choice") switch
        {
            null => null,
            { ValueKind: JsonValueKind.String } s => s.GetString() switch
            {
                "none" => ToolChoice.None,
                "auto" => ToolChoice.Auto,
                "required" => ToolChoice.Required,
                var other => throw new InvalidRequestException($"'tool_choice' must be \"none\", \"auto\", \"required\" or {{\"type\":\"function\",\"function\":{{\"name\":...}}}}; got \"{Clip(other)}\".", "tool_choice"),
            },
            { ValueKind: JsonValueKind.Object } o => NamedChoice(o),
            _ => throw new InvalidRequestException("'tool_choice' must be a string or an object.", "tool_choice", "invalid_type"),
        };

        if (choice is { Mode: not ToolChoiceMode.None } && tools.Count == 0)
        {
            throw new InvalidRequestException("'tool_choice' is only allowed when 'tools' are given.", "tool_choice");
        }

        if (choice is { Mode: ToolChoiceMode.Function, FunctionName: { } name } && tools.All(t => t.Name != name))
        {
            throw new InvalidRequestException($"'tool_choice' names the function '{name}', which is not in 'tools'.", "tool_choice.function.name");
        }

        return choice;
    }

    private static ToolChoice NamedChoice(JsonElement choice)
    {
        if (JsonFields.String(choice, "type") != "function")
        {
            throw new InvalidRequestException("'tool_choice.type' must be \"function\".", "tool_choice.type");
        }

        var function = JsonFields.Get(choice, "function") ?? throw new InvalidRequestException("'tool_choice.function' is required.", "tool_choice.function", "missing_required_parameter");
        Object(function, "tool_choice.function");
        return ToolChoice.Function(FunctionName(function, "tool_choice.function.name"));
    }

    private static ResponseFormat? Format(JsonElement body)
    {
        if (JsonFields.Get(body, "response_format") is not { } format)
        {
            return null;
        }

        Object(format, "response_format");
        return JsonFields.String(format, "type") switch
        {
            "text" => ResponseFormat.Text,
            "json_object" => ResponseFormat.JsonObject,
            "json_schema" => JsonSchema(format),
            null => throw new InvalidRequestException("'response_format.type' is required.", "response_format.type", "missing_required_parameter"),
            var other => throw new InvalidRequestException($"'response_format.type' must be \"text\", \"json_object\" or \"json_schema\"; got \"{Clip(other)}\".", "response_format.type"),
        };
    }

    private static ResponseFormat JsonSchema(JsonElement format)
    {
        const string path = "response_format.json_schema";
        var spec = JsonFields.Get(format, "json_schema") ?? throw new InvalidRequestException($"'{path}' is required when the type is \"json_schema\".", path, "missing_required_parameter");
        Object(spec, path);
        var name = FunctionName(spec, $"{path}.name");
        var schema = JsonFields.Get(spec, "schema");
        if (schema is { ValueKind: not JsonValueKind.Object })
        {
            throw new InvalidRequestException($"'{path}.schema' must be a JSON Schema object.", $"{path}.schema", "invalid_type");
        }

        // OpenAI allows the schema to be left out; then any JSON object is asked for.
        return ResponseFormat.JsonSchema(name, schema?.GetRawText() ?? "{\"type\":\"object\"}", JsonFields.String(spec, "description"), JsonFields.Bool(spec, "strict"));
    }

    /// <summary>OpenAI's rule for function and schema names: a-z, A-Z, 0-9, underscores and dashes, at most 64.</summary>
    private static string FunctionName(JsonElement obj, string path)
    {
        var name = JsonFields.Get(obj, "name") switch
        {
            null => throw new InvalidRequestException($"'{path}' is required.", path, "missing_required_parameter"),
            { ValueKind: JsonValueKind.String } s => s.GetString()!,
            _ => throw new InvalidRequestException($"'{path}' must be a string.", path, "invalid_type"),
        };
        return ValidName().IsMatch(name) ? name : throw new InvalidRequestException($"'{path}' must be 1-64 characters of a-z, A-Z, 0-9, '_' or '-'.", path);
    }

    private static JsonElement Object(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.Object ? value : throw new InvalidRequestException($"'{path}' must be an object.", path, "invalid_type");

    // An echoed value is the caller's own, but still kept short.
    private static string Clip(string? value) => value is { Length: > 40 } ? value[..40] + "…" : value ?? "";

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex ValidName();
}
