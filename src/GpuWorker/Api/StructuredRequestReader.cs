using System.Text.Json;
using GpuWorker.Structured;

namespace GpuWorker.Api;

/// <summary>Reads tools, tool_choice and response_format into a <see cref="StructuredRequest"/>; the first problem
/// comes back as (message, param).</summary>
internal static class StructuredRequestReader
{
    public static (StructuredRequest? Request, string? Error, string? Param) Read(ChatCompletionRequest r)
    {
        var tools = new List<ToolSpec>();
        foreach (var (tool, i) in (r.Tools ?? []).Select((t, i) => (t, i)))
        {
            if (tool.Type != "function" || tool.Function?.Name is not { Length: > 0 } name)
            {
                return Fail("Each tool must be {\"type\":\"function\",\"function\":{\"name\":...}}.", $"tools[{i}]");
            }

            if (tool.Function.Parameters is { ValueKind: not JsonValueKind.Object })
            {
                return Fail("A tool's parameters must be a JSON Schema object.", $"tools[{i}].function.parameters");
            }

            tools.Add(new ToolSpec(name, tool.Function.Description, tool.Function.Parameters));
        }

        var (choice, function) = r.ToolChoice switch
        {
            null or { ValueKind: JsonValueKind.Null } => (ToolChoiceKind.Auto, null),
            { ValueKind: JsonValueKind.String } s when s.ValueEquals("auto") => (ToolChoiceKind.Auto, null),
            { ValueKind: JsonValueKind.String } s when s.ValueEquals("none") => (ToolChoiceKind.None, null),
            { ValueKind: JsonValueKind.String } s when s.ValueEquals("required") => (ToolChoiceKind.Required, null),
            { ValueKind: JsonValueKind.Object } o when o.TryGetProperty("function", out var f) && f.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                => (ToolChoiceKind.Function, n.GetString()),
            _ => ((ToolChoiceKind?)null, (string?)null),
        };
        if (choice is null)
        {
            return Fail("tool_choice must be \"none\", \"auto\", \"required\" or a named function.", "tool_choice");
        }

        if (choice is ToolChoiceKind.Required or ToolChoiceKind.Function && tools.Count == 0)
        {
            return Fail("tool_choice needs tools.", "tool_choice");
        }

        if (choice == ToolChoiceKind.Function && tools.All(t => t.Name != function))
        {
            return Fail($"tool_choice names '{function}', which is not among the tools.", "tool_choice");
        }

        var (format, schema, error) = Format(r.ResponseFormat);
        if (error is not null)
        {
            return Fail(error, "response_format");
        }

        return (new StructuredRequest { Tools = tools, Choice = choice.Value, FunctionName = function, Format = format, Schema = schema }, null, null);
    }

    private static (AnswerFormat, JsonElement?, string?) Format(JsonElement? format)
    {
        if (format is not { ValueKind: JsonValueKind.Object } f)
        {
            return format is null or { ValueKind: JsonValueKind.Null } ? (AnswerFormat.Text, null, null) : (AnswerFormat.Text, null, "response_format must be an object.");
        }

        var type = f.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return type switch
        {
            "text" => (AnswerFormat.Text, null, null),
            "json_object" => (AnswerFormat.JsonObject, null, null),
            "json_schema" when f.TryGetProperty("json_schema", out var spec) && spec.ValueKind == JsonValueKind.Object =>
                spec.TryGetProperty("schema", out var s) && s.ValueKind == JsonValueKind.Object
                    ? (AnswerFormat.JsonSchema, s, null)
                    : (AnswerFormat.JsonObject, null, null), // OpenAI: no schema means any JSON object
            _ => (AnswerFormat.Text, null, "response_format.type must be \"text\", \"json_object\" or \"json_schema\" (with json_schema)."),
        };
    }

    private static (StructuredRequest?, string?, string?) Fail(string message, string param) => (null, message, param);
}
