using Router.Requests;

namespace Router.Classification;

/// <summary>
/// The texts of a request's tools that are sent on like message text and carry customer data as often as it does:
/// the tool calls in the history (function name and arguments), the tool definitions (name, description, parameter
/// schema) and the response schema. Tool results are "tool" messages, scanned as message contents. Generated
/// tool-call ids are left out: they are not caller data, and look like tokens to the credential detectors.
/// </summary>
internal static class ToolTexts
{
    public static IReadOnlyList<string> Of(ChatRequest request)
    {
        var shape = request.ToolsAndFormat;
        if (shape.IsNone && request.Messages.All(m => m.ToolCalls.Count == 0))
        {
            return [];
        }

        var texts = new List<string>();
        foreach (var call in request.Messages.SelectMany(m => m.ToolCalls))
        {
            texts.Add(call.Name);
            texts.Add(call.Arguments);
        }

        foreach (var tool in shape.Tools)
        {
            texts.Add(tool.Name);
            AddIfAny(texts, tool.Description);
            AddIfAny(texts, tool.Parameters);
        }

        if (shape.ResponseFormat is { } format)
        {
            AddIfAny(texts, format.Name);
            AddIfAny(texts, format.Description);
            AddIfAny(texts, format.Schema);
        }

        return texts;
    }

    private static void AddIfAny(List<string> texts, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            texts.Add(text);
        }
    }
}
