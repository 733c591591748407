using System.Text;

namespace GpuWorker.Structured;

/// <summary>One streamed event of an answer: a piece of text, or a whole tool call.</summary>
internal sealed record AnswerEvent(string? Text, ParsedToolCall? Call);

/// <summary>
/// Reads a streamed answer as it is generated and splits it into text and tool calls. Text is passed on at once
/// except what could still become a call (a possible start of the family's envelope), which is held until it is
/// decided; a call is passed on once it is complete. Text that only looked like a call is passed on as text.
/// </summary>
internal sealed class ToolCallStreamParser(ToolCallFamily family, IReadOnlyCollection<string> toolNames)
{
    private const string Open = "<tool_call>";
    private readonly StringBuilder _held = new();
    private bool _wholeAnswerHeld;
    private bool _started;

    public IReadOnlyList<AnswerEvent> Push(string delta)
    {
        _held.Append(delta);
        if (!_started)
        {
            var text = _held.ToString().TrimStart();
            if (text.Length == 0)
            {
                return [];
            }

            _started = true;
            // Llama 3.1 writes a call as the whole answer: an answer that opens like JSON is decided at the end.
            _wholeAnswerHeld = family == ToolCallFamily.Llama31 && (text[0] == '{' || text.StartsWith("<|python_tag|>", StringComparison.Ordinal));
        }

        if (family == ToolCallFamily.Llama31)
        {
            return _wholeAnswerHeld ? [] : Flush();
        }

        return HermesEvents(final: false);
    }

    public IReadOnlyList<AnswerEvent> Finish()
    {
        if (family != ToolCallFamily.Llama31)
        {
            return HermesEvents(final: true);
        }

        var answer = _held.ToString();
        _held.Clear();
        return Decide(answer);
    }

    private List<AnswerEvent> HermesEvents(bool final)
    {
        var events = new List<AnswerEvent>();
        while (true)
        {
            var text = _held.ToString();
            var open = text.IndexOf(Open, StringComparison.Ordinal);
            if (open < 0)
            {
                // Keep a tail that may be the start of "<tool_call>".
                var keep = final ? 0 : PossibleStart(text);
                AddText(events, text[..^keep]);
                _held.Remove(0, text.Length - keep);
                return events;
            }

            AddText(events, text[..open]);
            var close = text.IndexOf("</tool_call>", open, StringComparison.Ordinal);
            if (close < 0 && !final)
            {
                _held.Remove(0, open);
                return events;
            }

            var end = close < 0 ? text.Length : close + "</tool_call>".Length;
            events.AddRange(Decide(text[open..end]));
            _held.Remove(0, end);
            if (final && _held.Length == 0)
            {
                return events;
            }
        }
    }

    private List<AnswerEvent> Decide(string text)
    {
        var parsed = family.Parse(text, toolNames);
        var events = new List<AnswerEvent>();
        AddText(events, parsed.Calls.Count == 0 ? text : parsed.Content);
        events.AddRange(parsed.Calls.Select(c => new AnswerEvent(null, c)));
        return events;
    }

    private List<AnswerEvent> Flush()
    {
        var events = new List<AnswerEvent>();
        AddText(events, _held.ToString());
        _held.Clear();
        return events;
    }

    private static void AddText(List<AnswerEvent> events, string text)
    {
        if (text.Length > 0)
        {
            events.Add(new AnswerEvent(text, null));
        }
    }

    private static int PossibleStart(string text)
    {
        for (var length = Math.Min(Open.Length - 1, text.Length); length > 0; length--)
        {
            if (text.EndsWith(Open[..length], StringComparison.Ordinal))
            {
                return length;
            }
        }

        return 0;
    }
}
