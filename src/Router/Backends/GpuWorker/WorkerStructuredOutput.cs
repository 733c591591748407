using System.Text.Json;
using GpuWorker.Structured;
using Router.Requests;
using Router.Routing;

namespace Router.Backends.GpuWorker;

/// <summary>
/// What the GPU worker can honour, decided by the worker's own grammar converter (its source is compiled into
/// this assembly too, so the two never disagree): every tool's parameter schema and the response schema must
/// convert; otherwise the keyword it cannot enforce is named and the request does not go to a private route.
/// </summary>
internal sealed class WorkerStructuredOutput : IPrivateStructuredOutput
{
    public string? Limitation(ToolsAndFormat toolsAndFormat)
    {
        var request = new StructuredRequest
        {
            Tools = toolsAndFormat.Tools.Select(t => new ToolSpec(t.Name, t.Description, Parse(t.Parameters))).ToList(),
            Format = toolsAndFormat.ResponseFormat?.Kind switch
            {
                ResponseFormatKind.JsonObject => AnswerFormat.JsonObject,
                ResponseFormatKind.JsonSchema => AnswerFormat.JsonSchema,
                _ => AnswerFormat.Text,
            },
            Schema = Parse(toolsAndFormat.ResponseFormat?.Schema),
        };
        return StructuredOutputGrammar.Unsupported(request);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
