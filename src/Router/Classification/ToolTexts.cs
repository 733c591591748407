using Router.Requests;

namespace Router.Classification;

/// <summary>
/// The texts of a request's tools that are sent on like message text and carry customer data as often as it does:
/// the tool calls in the history (id, function name and arguments), the ids tool results answer, the tool
/// definitions (name, description, parameter schema) and the response schema. Tool results are "tool" messages,
/// scanned as message contents. Ids are the caller's strings and every backend receives them, so they are scanned
/// too (an attack run hid a card number in one); generated ids ("call_9pw1qnYS…") trip no detector.
/// </summary>
internal static class ToolTexts
{
    public static IReadOnlyList<string> Of(ChatRequest request)
    {
        var shape = request.ToolsAndFormat;
        if (shape.IsNone && request.Messages.All(m => m.ToolCalls.Count == 0 && m.ToolCallId is null))
        {
            return [];
        }

        var texts = new List<string>();
        foreach (var message in request.Messages)
        {
            foreach (var call in message.ToolCalls)
            {
                AddIfAny(texts, call.Id);
                texts.Add(call.Name);
                texts.Add(call.Arguments);
            }

            AddIfAny(texts, message.ToolCallId);
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
