using System.Text.Json;

namespace GpuWorker.Structured;

/// <summary>A function the model may call: name, description and JSON-Schema parameters (null: none).</summary>
internal sealed record ToolSpec(string Name, string? Description, JsonElement? Parameters);

internal enum ToolChoiceKind
{
    Auto,
    None,
    Required,
    Function,
}

internal enum AnswerFormat
{
    Text,
    JsonObject,
    JsonSchema,
}

/// <summary>What a chat request asks of the answer's shape: tools and how they must be used, and the response format.</summary>
internal sealed record StructuredRequest
{
    public static readonly StructuredRequest None = new();

    public IReadOnlyList<ToolSpec> Tools { get; init; } = [];
    public ToolChoiceKind Choice { get; init; } = ToolChoiceKind.Auto;

    /// <summary>For <see cref="ToolChoiceKind.Function"/>.</summary>
    public string? FunctionName { get; init; }

    public AnswerFormat Format { get; init; } = AnswerFormat.Text;

    /// <summary>For <see cref="AnswerFormat.JsonSchema"/>.</summary>
    public JsonElement? Schema { get; init; }

    public bool OffersTools => Tools.Count > 0 && Choice != ToolChoiceKind.None;

    /// <summary>The tools the answer must call one of; empty when a call is not forced.</summary>
    public IReadOnlyList<ToolSpec> ForcedTools => Choice switch
    {
        ToolChoiceKind.Required => Tools,
        ToolChoiceKind.Function => Tools.Where(t => t.Name == FunctionName).ToList(),
        _ => [],
    };
}
