namespace GpuWorker.Structured;

/// <summary>
/// The grammar a request's answer must follow, or null when it may be free text. A forced tool call (tool_choice
/// "required" or a named function) must be one call in the model family's envelope, its arguments matching that
/// tool's schema; json_schema must match the schema, json_object be any JSON object. With tool_choice "auto", either
/// one valid tool call or the answer is allowed: the JSON answer under a JSON format, else text that the family's
/// parser cannot read as a call (<see cref="ToolCallFamily.PlainText"/>). Sized with the most generous
/// <see cref="GrammarLimits"/> whose longest output fits the token budget, so generation always ends in valid JSON.
/// </summary>
internal static class StructuredOutputGrammar
{
    public const string ArgumentsPath = "tools[{0}].function.parameters";
    public const string SchemaPath = "response_format.json_schema.schema";

    /// <summary>Null when the answer is free; <see cref="UnsupportedSchemaException"/> for a schema it cannot express.</summary>
    public static Grammar? Build(StructuredRequest request, ToolCallFamily family, GrammarLimits limits)
    {
        var rules = new Dictionary<string, GrammarNode>(StringComparer.Ordinal);
        var forced = request.ForcedTools;
        GrammarNode? root;
        if (forced.Count > 0)
        {
            root = Calls(request, forced, family, limits, rules);
        }
        else
        {
            var answer = Answer(request, limits, rules);
            root = request.OffersTools ? new Choice([Calls(request, request.Tools, family, limits, rules), answer ?? family.PlainText()]) : answer;
        }

        if (root is null)
        {
            return null;
        }

        rules["root"] = root;
        return new Grammar("root", rules);
    }

    /// <summary>The grammar with the most generous limits that fits <paramref name="maxTokens"/> (one token is at
    /// least one byte, and one more ends the answer); null limits when even the tightest does not fit.</summary>
    public static (Grammar? Grammar, GrammarLimits? Limits) Fit(StructuredRequest request, ToolCallFamily family, int maxTokens)
    {
        foreach (var limits in GrammarLimits.Ladder)
        {
            var grammar = Build(request, family, limits);
            if (grammar is null)
            {
                return (null, null);
            }

            if (grammar.MaxBytes() < maxTokens)
            {
                return (grammar, limits);
            }
        }

        // Auto with a text answer: a call that cannot be completed within the budget is not offered at all.
        if (request.OffersTools && request.ForcedTools.Count == 0 && request.Format == AnswerFormat.Text)
        {
            return (new Grammar("root", new Dictionary<string, GrammarNode> { ["root"] = family.PlainText() }), GrammarLimits.Ladder[^1]);
        }

        return (Build(request, family, GrammarLimits.Ladder[^1]), null);
    }

    /// <summary>Every schema the request carries converted once: the keyword the private model cannot enforce, or null.</summary>
    public static string? Unsupported(StructuredRequest request)
    {
        try
        {
            var rules = new Dictionary<string, GrammarNode>(StringComparer.Ordinal);
            for (var i = 0; i < request.Tools.Count; i++)
            {
                Arguments(request.Tools[i], i, GrammarLimits.Generous, rules);
            }

            Answer(request, GrammarLimits.Generous, rules);
            return null;
        }
        catch (UnsupportedSchemaException e)
        {
            return e.Keyword;
        }
    }

    private static GrammarNode? Answer(StructuredRequest request, GrammarLimits limits, Dictionary<string, GrammarNode> rules) => request.Format switch
    {
        AnswerFormat.JsonObject => JsonGrammarParts.AnyObjectWithShared(rules, limits),
        AnswerFormat.JsonSchema => JsonSchemaGrammar.Convert(request.Schema ?? default, limits, rules, SchemaPath),
        _ => null,
    };

    private static GrammarNode Calls(StructuredRequest request, IReadOnlyList<ToolSpec> tools, ToolCallFamily family, GrammarLimits limits, Dictionary<string, GrammarNode> rules)
    {
        var calls = tools.Select(t => family.Envelope(t.Name, Arguments(t, IndexOf(request, t), limits, rules))).ToList();
        return calls.Count == 1 ? calls[0] : new Choice(calls);
    }

    private static GrammarNode Arguments(ToolSpec tool, int index, GrammarLimits limits, Dictionary<string, GrammarNode> rules) =>
        tool.Parameters is { } schema
            ? JsonSchemaGrammar.Convert(schema, limits, rules, string.Format(System.Globalization.CultureInfo.InvariantCulture, ArgumentsPath, index))
            : new Literal("{}");

    private static int IndexOf(StructuredRequest request, ToolSpec tool)
    {
        for (var i = 0; i < request.Tools.Count; i++)
        {
            if (ReferenceEquals(request.Tools[i], tool))
            {
                return i;
            }
        }

        return 0;
    }
}
