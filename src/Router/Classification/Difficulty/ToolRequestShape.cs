using Router.Requests;

namespace Router.Classification.Difficulty;

/// <summary>
/// What a tool or extraction request asks of the model beyond its text: how many tools it must choose between (a
/// named function or tool_choice none leave no choice), the largest argument schema it may have to fill, the
/// json_schema answer's size, and how many tool rounds the history already holds.
/// </summary>
internal sealed record ToolRequestShape(int ToolsToChooseFrom, SchemaSize LargestArguments, SchemaSize Answer, int ToolRounds)
{
    public static readonly ToolRequestShape None = new(0, default, default, 0);

    public static ToolRequestShape Of(ChatRequest request)
    {
        var shape = request.ToolsAndFormat;
        IReadOnlyList<ToolDefinition> callable = !shape.HasTools || shape.ToolChoice?.Mode == ToolChoiceMode.None
            ? []
            : shape.ForcedTool is { } forced ? [forced] : shape.Tools;
        var largest = default(SchemaSize);
        foreach (var tool in callable)
        {
            var size = SchemaSize.Of(tool.Parameters);
            largest = new SchemaSize(Math.Max(largest.Properties, size.Properties), Math.Max(largest.Depth, size.Depth));
        }

        var answer = shape.ResponseFormat is { Kind: ResponseFormatKind.JsonSchema, Schema: var schema } ? SchemaSize.Of(schema) : default;
        var rounds = request.Messages.Count(m => m.ToolCalls.Count > 0);
        return new ToolRequestShape(callable.Count, largest, answer, rounds);
    }
}
