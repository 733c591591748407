using GpuWorker.Inference;
using GpuWorker.Structured;

namespace GpuWorker.Api;

/// <summary>
/// Tools and structured outputs around one generation: the prompt rendered for the model's tool family, the grammar
/// the sampler must follow, and the answer read back into text and tool calls.
/// </summary>
internal sealed class StructuredAnswer(ValidatedChatRequest request, ToolCallFamily family)
{
    public static StructuredAnswer For(ValidatedChatRequest request, string? chatTemplate) => new(request, ToolCallFamily.Detect(chatTemplate));

    public IReadOnlyList<ChatTurn> Turns => request.UsesTools
        ? ToolPromptRenderer.Render(request.Input, request.Structured, family).Select(t => new ChatTurn(t.Role, t.Content)).ToList()
        : request.Messages;

    /// <summary>The GBNF to decode with (null: free text), or the 400 for a schema it cannot enforce or a budget too small.</summary>
    public (string? Gbnf, IResult? Error) Grammar()
    {
        try
        {
            var (grammar, limits) = StructuredOutputGrammar.Fit(request.Structured, family, request.MaxTokens);
            if (grammar is null)
            {
                return (null, null);
            }

            if (limits is null)
            {
                return (null, OpenAiErrors.BadRequest(
                    $"max_tokens ({request.MaxTokens}) is too small for a complete answer of this shape (up to {grammar.MaxBytes()} bytes with the tightest bounds).", "max_tokens"));
            }

            return (GbnfWriter.Write(grammar), null);
        }
        catch (UnsupportedSchemaException e)
        {
            return (null, OpenAiErrors.BadRequest(e.Message, e.Keyword, "unsupported_parameter"));
        }
    }

    /// <summary>A parser for streamed answers when tools are offered; null otherwise (all text).</summary>
    public ToolCallStreamParser? StreamParser() =>
        request.Structured.OffersTools ? new ToolCallStreamParser(family, ToolNames) : null;

    public (ChatMessageOut Message, string FinishReason) Message(string text, string finishReason)
    {
        if (!request.Structured.OffersTools)
        {
            return (new ChatMessageOut("assistant", text), finishReason);
        }

        var parsed = family.Parse(text, ToolNames);
        if (parsed.Calls.Count == 0)
        {
            return (new ChatMessageOut("assistant", text), finishReason);
        }

        var calls = parsed.Calls.Select(c => new ToolCallOut(NewCallId(), new FunctionCallOut(c.Name, c.Arguments))).ToList();
        return (new ChatMessageOut("assistant", parsed.Content.Length == 0 ? null : parsed.Content) { ToolCalls = calls }, ToolCallsFinish(finishReason));
    }

    /// <summary>"tool_calls" when the model stopped after calling; a length cut stays "length".</summary>
    public static string ToolCallsFinish(string finishReason) => finishReason == "stop" ? "tool_calls" : finishReason;

    public static string NewCallId() => "call_" + Guid.NewGuid().ToString("N")[..24];

    private string[] ToolNames => request.Structured.Tools.Select(t => t.Name).ToArray();
}
