using System.Text;
using System.Text.Json;

namespace GpuWorker.Structured;

/// <summary>
/// How an open-weight model family was trained to see tools and write tool calls. Hermes (Qwen2.5, Hermes, and the
/// ChatML default): the tools as JSON inside &lt;tools&gt; in the system turn, each call as
/// <c>&lt;tool_call&gt;{"name":…,"arguments":{…}}&lt;/tool_call&gt;</c>, results in a user turn inside
/// &lt;tool_response&gt;. Llama 3.1: the tools as JSON in the system turn, a call as a bare
/// <c>{"name":…,"parameters":{…}}</c> answer, results in an "ipython" turn.
/// </summary>
internal abstract class ToolCallFamily
{
    public static readonly ToolCallFamily Hermes = new HermesFamily();
    public static readonly ToolCallFamily Llama31 = new Llama31Family();

    public abstract string Name { get; }

    /// <summary>The family a model's chat template was written for; Hermes when it says nothing else.</summary>
    public static ToolCallFamily Detect(string? chatTemplate) =>
        chatTemplate is not null && chatTemplate.Contains("<|start_header_id|>", StringComparison.Ordinal) && !chatTemplate.Contains("<tool_call>", StringComparison.Ordinal)
            ? Llama31
            : Hermes;

    /// <summary>One call of <paramref name="name"/> with the given arguments grammar, as the model writes it.</summary>
    public abstract GrammarNode Envelope(string name, GrammarNode arguments);

    /// <summary>Free text that <see cref="Parse"/> reads as an answer without a call: with tool_choice "auto" the
    /// answer is this or one call in <see cref="Envelope"/>, so no half-written or invalid call can come out.</summary>
    public abstract FreeText PlainText();

    /// <summary>The tool definitions as the system turn's addition.</summary>
    public abstract string ToolsPrompt(IReadOnlyList<ToolSpec> tools);

    /// <summary>A past assistant turn's calls as the model would have written them.</summary>
    public abstract string CallsText(IReadOnlyList<ParsedToolCall> calls);

    /// <summary>The role and text of a tool result turn.</summary>
    public abstract (string Role, string Content) ResultTurn(string content);

    /// <summary>The tool calls in a finished answer, and the text around them.</summary>
    public abstract ParsedAnswer Parse(string output, IReadOnlyCollection<string> toolNames);

    protected static string ToolJson(ToolSpec tool)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "function");
            json.WriteStartObject("function");
            json.WriteString("name", tool.Name);
            if (tool.Description is { } description)
            {
                json.WriteString("description", description);
            }

            json.WritePropertyName("parameters");
            if (tool.Parameters is { } parameters)
            {
                parameters.WriteTo(json);
            }
            else
            {
                json.WriteRawValue("{\"type\":\"object\",\"properties\":{}}");
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A JSON object {name, argumentsKey: {...}} naming one of the tools, or null.</summary>
    protected static ParsedToolCall? ReadCall(string json, string argumentsKey, IReadOnlyCollection<string> toolNames)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || !toolNames.Contains(name.GetString()!))
            {
                return null;
            }

            var arguments = root.TryGetProperty(argumentsKey, out var a) || root.TryGetProperty("arguments", out a) ? a : default;
            var text = arguments.ValueKind switch
            {
                JsonValueKind.Object => arguments.GetRawText(),
                JsonValueKind.String => arguments.GetString()!,
                JsonValueKind.Undefined or JsonValueKind.Null => "{}",
                _ => null,
            };
            return text is null ? null : new ParsedToolCall(name.GetString()!, text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed class HermesFamily : ToolCallFamily
    {
        public const string Open = "<tool_call>";
        public const string Close = "</tool_call>";

        public override string Name => "hermes";

        public override GrammarNode Envelope(string name, GrammarNode arguments) =>
            new Sequence([new Literal($"{Open}\n{{\"name\":{JsonSchemaGrammar.Compact(name)},\"arguments\":"), arguments, new Literal($"}}\n{Close}")]);

        /// <summary>
        /// Any text in which "&lt;tool_call&gt;" never appears. Its '&lt;' occurs only at the start, so the text is a run
        /// of pieces: a character other than '&lt;', or '&lt;' with the first k characters of "tool_call&gt;" (k &lt; 10)
        /// followed by a character that neither continues the tag nor is '&lt;'; prefixes followed by another '&lt;'
        /// or by the end of the text are the runs of <c>partial</c>.
        /// </summary>
        public override FreeText PlainText()
        {
            const string tag = "tool_call>";
            var partials = Enumerable.Range(0, tag.Length).Select(k => (GrammarNode)new Literal("<" + tag[..k])).ToList();
            var partial = new Choice(partials);
            var ended = new Choice(Enumerable.Range(0, tag.Length)
                .Select(k => (GrammarNode)new Sequence([partials[k], new CharClass($"[^<{tag[k]}]", 4)])).ToList());
            var piece = new Choice([new CharClass("[^<]", 4), new Sequence([new Repeat(partial, 0, Repeat.Unbounded), ended])]);
            return new FreeText(new Sequence([new Repeat(piece, 0, Repeat.Unbounded), new Repeat(partial, 0, Repeat.Unbounded)]));
        }

        public override string ToolsPrompt(IReadOnlyList<ToolSpec> tools) =>
            "# Tools\n\nThese functions are available to you; call one or more of them when they help answer the user." +
            "\nTheir signatures are listed inside <tools></tools>:\n<tools>\n" + string.Join("\n", tools.Select(ToolJson)) + "\n</tools>\n\n" +
            "To call a function, write a JSON object with its name and arguments inside <tool_call></tool_call> tags:\n" +
            "<tool_call>\n{\"name\": <function-name>, \"arguments\": <args-json-object>}\n</tool_call>";

        public override string CallsText(IReadOnlyList<ParsedToolCall> calls) =>
            string.Join("\n", calls.Select(c => $"{Open}\n{{\"name\":{JsonSchemaGrammar.Compact(c.Name)},\"arguments\":{ArgumentsJson(c.Arguments)}}}\n{Close}"));

        public override (string Role, string Content) ResultTurn(string content) => ("user", $"<tool_response>\n{content}\n</tool_response>");

        public override ParsedAnswer Parse(string output, IReadOnlyCollection<string> toolNames)
        {
            var calls = new List<ParsedToolCall>();
            var text = new StringBuilder();
            var at = 0;
            while (true)
            {
                var open = output.IndexOf(Open, at, StringComparison.Ordinal);
                if (open < 0)
                {
                    break;
                }

                var close = output.IndexOf(Close, open + Open.Length, StringComparison.Ordinal);
                var body = close < 0 ? output[(open + Open.Length)..] : output[(open + Open.Length)..close];
                if (ReadCall(body.Trim(), "arguments", toolNames) is not { } call)
                {
                    break;
                }

                text.Append(output, at, open - at);
                calls.Add(call);
                at = close < 0 ? output.Length : close + Close.Length;
            }

            text.Append(output, at, output.Length - at);
            return new ParsedAnswer(calls.Count == 0 ? output : text.ToString().Trim(), calls);
        }
    }

    private sealed class Llama31Family : ToolCallFamily
    {
        public override string Name => "llama3.1";

        public override GrammarNode Envelope(string name, GrammarNode arguments) =>
            new Sequence([new Literal($"{{\"name\":{JsonSchemaGrammar.Compact(name)},\"parameters\":"), arguments, new Literal("}")]);

        /// <summary>Any text whose first character after white space is neither '{' (a call) nor the start of
        /// "&lt;|" (the python tag that may open one).</summary>
        public override FreeText PlainText()
        {
            var rest = new Repeat(new CharClass("[^\\x00]", 4), 0, Repeat.Unbounded);
            var start = new Choice(
            [
                new Sequence([new CharClass("[^{<\\x00 \\t\\n\\r]", 4), rest]),
                new Sequence([new Literal("<"), new Repeat(new Sequence([new CharClass("[^|\\x00]", 4), rest]), 0, 1)]),
            ]);
            return new FreeText(new Sequence([new Repeat(new CharClass("[ \\t\\n\\r]", 1), 0, Repeat.Unbounded), new Repeat(start, 0, 1)]));
        }

        public override string ToolsPrompt(IReadOnlyList<ToolSpec> tools) =>
            "You can call functions. To call one, answer with nothing but a JSON object of the form " +
            "{\"name\": function name, \"parameters\": object of argument names and values}. Do not use variables.\n\n" +
            string.Join("\n\n", tools.Select(ToolJson));

        public override string CallsText(IReadOnlyList<ParsedToolCall> calls) =>
            string.Join("\n", calls.Select(c => $"{{\"name\":{JsonSchemaGrammar.Compact(c.Name)},\"parameters\":{ArgumentsJson(c.Arguments)}}}"));

        public override (string Role, string Content) ResultTurn(string content) => ("ipython", content);

        public override ParsedAnswer Parse(string output, IReadOnlyCollection<string> toolNames)
        {
            var trimmed = output.Trim();
            if (trimmed.StartsWith("<|python_tag|>", StringComparison.Ordinal))
            {
                trimmed = trimmed["<|python_tag|>".Length..].Trim();
            }

            if (!trimmed.StartsWith('{'))
            {
                return new ParsedAnswer(output, []);
            }

            // One call, or several separated by ";" or new lines, the whole answer being calls.
            var calls = new List<ParsedToolCall>();
            foreach (var part in SplitObjects(trimmed))
            {
                if (ReadCall(part, "parameters", toolNames) is not { } call)
                {
                    return new ParsedAnswer(output, []);
                }

                calls.Add(call);
            }

            return new ParsedAnswer("", calls);
        }

        private static IEnumerable<string> SplitObjects(string text)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
            var bytes = Encoding.UTF8.GetBytes(text);
            var parts = new List<string>();
            try
            {
                while (reader.Read())
                {
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    parts.Add(Encoding.UTF8.GetString(bytes, start, (int)reader.BytesConsumed - start));
                }
            }
            catch (JsonException)
            {
                return [text];
            }

            return parts;
        }
    }

    /// <summary>Arguments as a JSON object for the prompt: the caller's text when it is JSON, else a JSON string of it.</summary>
    private static string ArgumentsJson(string arguments)
    {
        try
        {
            using var document = JsonDocument.Parse(arguments);
            return document.RootElement.GetRawText();
        }
        catch (JsonException)
        {
            return JsonSerializer.Serialize(arguments);
        }
    }
}

/// <summary>A call read from the model's answer: the function and its arguments as JSON text.</summary>
internal sealed record ParsedToolCall(string Name, string Arguments);

/// <summary>A finished answer: text (empty when it was only calls) and the calls in it.</summary>
internal sealed record ParsedAnswer(string Content, IReadOnlyList<ParsedToolCall> Calls);
