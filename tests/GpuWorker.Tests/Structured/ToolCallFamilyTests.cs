using System.Text.Json;
using GpuWorker.Structured;

namespace GpuWorker.Tests.Structured;

public sealed class ToolCallFamilyTests
{
    private const string WeatherSchema = """{"type":"object","properties":{"city":{"type":"string"},"unit":{"type":"string","enum":["c","f"]}},"required":["city"],"additionalProperties":false}""";
    private const string TimeSchema = """{"type":"object","properties":{"tz":{"type":"string"}},"required":["tz"],"additionalProperties":false}""";

    private static readonly ToolSpec Weather = new("get_weather", "Weather for a city.", JsonDocument.Parse(WeatherSchema).RootElement.Clone());
    private static readonly ToolSpec Time = new("get_time", null, JsonDocument.Parse(TimeSchema).RootElement.Clone());
    private static readonly string[] Names = ["get_weather", "get_time"];

    public static TheoryData<string> Families => new() { "hermes", "llama3.1" };

    private static ToolCallFamily Family(string name) => name == "hermes" ? ToolCallFamily.Hermes : ToolCallFamily.Llama31;

    [Theory]
    [MemberData(nameof(Families))]
    public void ForcedCall_EveryOutputTheGrammarAllows_ParsesToThatToolWithValidArguments(string familyName)
    {
        var family = Family(familyName);
        var request = new StructuredRequest { Tools = [Weather, Time], Choice = ToolChoiceKind.Function, FunctionName = "get_time" };
        var sampler = new GrammarSampler(StructuredOutputGrammar.Build(request, family, GrammarLimits.Ladder[5])!, new Random(1));

        for (var i = 0; i < 200; i++)
        {
            var output = sampler.Sample();
            var call = Assert.Single(family.Parse(output, Names).Calls);
            Assert.Equal("get_time", call.Name);
            JsonSchemaGrammarTests.AssertValid(TimeSchema, call.Arguments);
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void RequiredCall_OutputsCallOneOfTheTools(string familyName)
    {
        var family = Family(familyName);
        var request = new StructuredRequest { Tools = [Weather, Time], Choice = ToolChoiceKind.Required };
        var sampler = new GrammarSampler(StructuredOutputGrammar.Build(request, family, GrammarLimits.Ladder[6])!, new Random(2));

        var seen = new HashSet<string>();
        for (var i = 0; i < 200; i++)
        {
            var call = Assert.Single(family.Parse(sampler.Sample(), Names).Calls);
            JsonSchemaGrammarTests.AssertValid(call.Name == "get_weather" ? WeatherSchema : TimeSchema, call.Arguments);
            seen.Add(call.Name);
        }

        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void AutoWithJsonSchema_OutputIsACallOrTheJsonAnswer()
    {
        const string answerSchema = """{"type":"object","properties":{"answer":{"type":"string"}},"required":["answer"],"additionalProperties":false}""";
        var request = new StructuredRequest { Tools = [Weather], Format = AnswerFormat.JsonSchema, Schema = JsonDocument.Parse(answerSchema).RootElement };
        var sampler = new GrammarSampler(StructuredOutputGrammar.Build(request, ToolCallFamily.Hermes, GrammarLimits.Ladder[6])!, new Random(3));

        for (var i = 0; i < 100; i++)
        {
            var output = sampler.Sample();
            var parsed = ToolCallFamily.Hermes.Parse(output, Names);
            if (parsed.Calls.Count == 1)
            {
                JsonSchemaGrammarTests.AssertValid(WeatherSchema, parsed.Calls[0].Arguments);
            }
            else
            {
                JsonSchemaGrammarTests.AssertValid(answerSchema, output);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void AutoText_EveryOutputTheGrammarAllows_IsPlainTextOrOneValidCall(string familyName)
    {
        var family = Family(familyName);
        var request = new StructuredRequest { Tools = [Weather, Time] };
        var sampler = new GrammarSampler(StructuredOutputGrammar.Build(request, family, GrammarLimits.Ladder[5])!, new Random(4));

        var (texts, calls, nearMisses) = (0, 0, 0);
        for (var i = 0; i < 400; i++)
        {
            var output = sampler.Sample();
            var parsed = family.Parse(output, Names);
            if (parsed.Calls.Count == 0)
            {
                texts++;
                Assert.Equal(output, parsed.Content);
                Assert.DoesNotContain("<tool_call>", output, StringComparison.Ordinal);
                if (familyName == "llama3.1")
                {
                    Assert.False(output.TrimStart().StartsWith('{') || output.TrimStart().StartsWith("<|", StringComparison.Ordinal), output);
                }

                nearMisses += output.Contains("<tool_c", StringComparison.Ordinal) || output.TrimStart().StartsWith('<') ? 1 : 0;
                continue;
            }

            calls++;
            var call = Assert.Single(parsed.Calls);
            JsonSchemaGrammarTests.AssertValid(call.Name == "get_weather" ? WeatherSchema : TimeSchema, call.Arguments);
        }

        // Both branches are taken, and the text branch comes close to a call's opening without writing one.
        Assert.True(texts > 50 && calls > 50, $"{texts} texts, {calls} calls");
        Assert.True(nearMisses > 5, $"{nearMisses} texts near a call's opening");
    }

    [Fact]
    public void AutoText_Gbnf_FreeTextUnboundedAndTheCallSizedToTheBudget()
    {
        var request = new StructuredRequest { Tools = [Weather, Time] };

        var (grammar, limits) = StructuredOutputGrammar.Fit(request, ToolCallFamily.Hermes, 400);

        Assert.NotNull(limits);
        Assert.InRange(grammar!.MaxBytes(), 1, 399);
        var gbnf = GbnfWriter.Write(grammar);
        Assert.Contains("<tool_call>", gbnf, StringComparison.Ordinal);
        Assert.Contains("[^<]", gbnf, StringComparison.Ordinal);
        Assert.DoesNotContain(int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), gbnf, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void AutoText_BudgetTooSmallForAnyCall_TextOnlyNeverACall(string familyName)
    {
        var family = Family(familyName);
        var request = new StructuredRequest { Tools = [Weather, Time] };

        var (grammar, limits) = StructuredOutputGrammar.Fit(request, family, 8);

        Assert.NotNull(limits);
        var gbnf = GbnfWriter.Write(grammar!);
        Assert.DoesNotContain("get_weather", gbnf, StringComparison.Ordinal);
        var sampler = new GrammarSampler(grammar!, new Random(5));
        for (var i = 0; i < 100; i++)
        {
            Assert.Empty(family.Parse(sampler.Sample(), Names).Calls);
        }
    }

    [Fact]
    public void ToolChoiceNone_NoGrammar()
    {
        var request = new StructuredRequest { Tools = [Weather, Time], Choice = ToolChoiceKind.None };

        Assert.Null(StructuredOutputGrammar.Build(request, ToolCallFamily.Hermes, GrammarLimits.Generous));
    }

    [Fact]
    public void Hermes_Parse_TextAndTwoCalls()
    {
        var output = "Let me check.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Paris\"}}\n</tool_call>\n<tool_call>\n{\"name\":\"get_time\",\"arguments\":{\"tz\":\"CET\"}}\n</tool_call>";

        var parsed = ToolCallFamily.Hermes.Parse(output, Names);

        Assert.Equal("Let me check.", parsed.Content);
        Assert.Equal([new ParsedToolCall("get_weather", """{"city": "Paris"}"""), new ParsedToolCall("get_time", """{"tz":"CET"}""")], parsed.Calls);
    }

    [Theory]
    [InlineData("hermes", "It is sunny in Paris.")]
    [InlineData("hermes", "<tool_call>\n{\"name\": \"rm_rf\", \"arguments\": {}}\n</tool_call>")]
    [InlineData("hermes", "<tool_call>\n{not json\n</tool_call>")]
    [InlineData("llama3.1", "It is sunny in Paris.")]
    [InlineData("llama3.1", "{\"name\": \"rm_rf\", \"parameters\": {}}")]
    [InlineData("llama3.1", "{\"answer\": 42}")]
    public void Parse_NoValidCallOfAKnownTool_PlainContent(string familyName, string output)
    {
        var parsed = Family(familyName).Parse(output, Names);

        Assert.Empty(parsed.Calls);
        Assert.Equal(output, parsed.Content);
    }

    [Theory]
    [InlineData("{\"name\": \"get_time\", \"parameters\": {\"tz\": \"UTC\"}}")]
    [InlineData("<|python_tag|>{\"name\": \"get_time\", \"parameters\": {\"tz\": \"UTC\"}}")]
    [InlineData(" {\"name\":\"get_time\",\"arguments\":{\"tz\":\"UTC\"}} ")]
    public void Llama31_Parse_JsonCall(string output)
    {
        var call = Assert.Single(ToolCallFamily.Llama31.Parse(output, Names).Calls);

        Assert.Equal("get_time", call.Name);
        Assert.Equal("UTC", JsonDocument.Parse(call.Arguments).RootElement.GetProperty("tz").GetString());
    }

    [Fact]
    public void Render_Hermes_ToolsInSystemTurnCallsAndResultsAsTheTemplateWritesThem()
    {
        InputTurn[] messages =
        [
            new("system", "Be brief."),
            new("user", "Weather in Paris?"),
            new("assistant", "", [new ParsedToolCall("get_weather", """{"city":"Paris"}""")], null),
            new("tool", """{"temp_c":18}""", null, "call_1"),
        ];

        var turns = ToolPromptRenderer.Render(messages, new StructuredRequest { Tools = [Weather] }, ToolCallFamily.Hermes);

        Assert.Equal(["system", "user", "assistant", "user"], turns.Select(t => t.Role));
        Assert.StartsWith("Be brief.\n\n# Tools", turns[0].Content, StringComparison.Ordinal);
        Assert.Contains("<tools>\n{\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"description\":\"Weather for a city.\",\"parameters\":" + WeatherSchema + "}}\n</tools>", turns[0].Content, StringComparison.Ordinal);
        Assert.Equal("<tool_call>\n{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}\n</tool_call>", turns[2].Content);
        Assert.Equal("<tool_response>\n{\"temp_c\":18}\n</tool_response>", turns[3].Content);
    }

    [Fact]
    public void Render_Llama31_ResultsInAnIpythonTurnAndASystemTurnIsAdded()
    {
        InputTurn[] messages = [new("user", "Time in Tokyo?"), new("assistant", "", [new ParsedToolCall("get_time", """{"tz":"JST"}""")], null), new("tool", "09:00", null, "c")];

        var turns = ToolPromptRenderer.Render(messages, new StructuredRequest { Tools = [Time] }, ToolCallFamily.Llama31);

        Assert.Equal(["system", "user", "assistant", "ipython"], turns.Select(t => t.Role));
        Assert.Contains("\"name\":\"get_time\"", turns[0].Content, StringComparison.Ordinal);
        Assert.Equal("{\"name\":\"get_time\",\"parameters\":{\"tz\":\"JST\"}}", turns[2].Content);
    }

    [Fact]
    public void Render_JsonSchemaFormat_SchemaInTheSystemTurn()
    {
        var turns = ToolPromptRenderer.Render([new("user", "Ada, 36")], new StructuredRequest { Format = AnswerFormat.JsonSchema, Schema = JsonDocument.Parse(TimeSchema).RootElement }, ToolCallFamily.Hermes);

        Assert.Equal("system", turns[0].Role);
        Assert.Contains(TimeSchema, turns[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_TemplateFamilies()
    {
        Assert.Same(ToolCallFamily.Llama31, ToolCallFamily.Detect("{{ '<|start_header_id|>' + message['role'] }}"));
        Assert.Same(ToolCallFamily.Hermes, ToolCallFamily.Detect("{{ '<|im_start|>' }}{% if tools %}<tool_call>{% endif %}"));
        Assert.Same(ToolCallFamily.Hermes, ToolCallFamily.Detect(null));
    }
}
