using System.Text.Json;

namespace GpuWorker.Structured;

/// <summary>A message as the request sent it: role, text, the calls an assistant turn made, the call a tool turn answers.</summary>
internal sealed record InputTurn(string Role, string Content, IReadOnlyList<ParsedToolCall>? ToolCalls = null, string? ToolCallId = null);

/// <summary>A turn ready for the chat template: only roles and text.</summary>
internal sealed record PromptTurn(string Role, string Content);

/// <summary>
/// Turns a conversation with tools into plain turns for the chat template, the way the family's own template does:
/// the tool definitions (and, for JSON answers, the format) in the system turn, past calls as the model writes them,
/// tool results in the family's result turn.
/// </summary>
internal static class ToolPromptRenderer
{
    public static IReadOnlyList<PromptTurn> Render(IReadOnlyList<InputTurn> messages, StructuredRequest request, ToolCallFamily family)
    {
        var turns = new List<PromptTurn>(messages.Count + 1);
        foreach (var m in messages)
        {
            turns.Add(m switch
            {
                { Role: "tool" } => ToTurn(family.ResultTurn(m.Content)),
                { Role: "assistant", ToolCalls: { Count: > 0 } calls } => new PromptTurn("assistant", Join(m.Content, family.CallsText(calls))),
                { Role: "developer" } => new PromptTurn("system", m.Content),
                _ => new PromptTurn(m.Role, m.Content),
            });
        }

        var addition = Join(request.OffersTools ? family.ToolsPrompt(request.Tools) : "", FormatPrompt(request));
        if (addition.Length == 0)
        {
            return turns;
        }

        if (turns.Count > 0 && turns[0].Role == "system")
        {
            turns[0] = turns[0] with { Content = Join(turns[0].Content, addition) };
        }
        else
        {
            turns.Insert(0, new PromptTurn("system", addition));
        }

        return turns;
    }

    private static string FormatPrompt(StructuredRequest request) => request.Format switch
    {
        AnswerFormat.JsonObject => "Answer with one JSON object.",
        AnswerFormat.JsonSchema when request.Schema is { } schema => "Answer with one JSON object that matches this JSON Schema:\n" + JsonSerializer.Serialize(schema),
        _ => "",
    };

    private static PromptTurn ToTurn((string Role, string Content) turn) => new(turn.Role, turn.Content);

    private static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + "\n\n" + second;
}
