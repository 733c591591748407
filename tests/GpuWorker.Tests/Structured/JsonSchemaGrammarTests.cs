using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GpuWorker.Structured;
using Json.Schema;

namespace GpuWorker.Tests.Structured;

public sealed partial class JsonSchemaGrammarTests
{
    public static TheoryData<string, string> Supported => SchemaCases.Supported;
    public static TheoryData<string, string> Unsupported => SchemaCases.Unsupported;

    internal static Grammar Build(string schema, GrammarLimits? limits = null) =>
        StructuredOutputGrammar.Build(new StructuredRequest { Format = AnswerFormat.JsonSchema, Schema = JsonDocument.Parse(schema).RootElement.Clone() }, ToolCallFamily.Hermes, limits ?? GrammarLimits.Generous)!;

    internal static void AssertValid(string schemaText, string output)
    {
        using var document = JsonDocument.Parse(output);
        var result = JsonSchema.FromText(schemaText).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{output}\nis not valid for\n{schemaText}");
    }

    [Theory]
    [MemberData(nameof(Supported))]
    public void Build_EveryOutputTheGrammarAllows_ParsesAndValidatesAndFitsTheBound(string name, string schema)
    {
        foreach (var limits in new[] { GrammarLimits.Ladder[4], GrammarLimits.Ladder[^2] })
        {
            var grammar = Build(schema, limits);
            var sampler = new GrammarSampler(grammar, new Random(name.Length));
            for (var i = 0; i < 300; i++)
            {
                var output = sampler.Sample();
                AssertValid(schema, output);
                Assert.True(Encoding.UTF8.GetByteCount(output) <= grammar.MaxBytes(), $"{output.Length} bytes over the bound {grammar.MaxBytes()}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Convert_UnsupportedKeyword_ThrowsNamingIt(string schema, string keyword)
    {
        var rules = new Dictionary<string, GrammarNode>();

        var e = Assert.Throws<UnsupportedSchemaException>(() => JsonSchemaGrammar.Convert(JsonDocument.Parse(schema).RootElement, GrammarLimits.Generous, rules, "$"));

        Assert.Equal(keyword, e.Keyword);
        Assert.Contains(keyword, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsupported_ToolSchemaKeyword_NamedWithItsRequestPath()
    {
        var request = new StructuredRequest
        {
            Tools = [new ToolSpec("ok", null, null), new ToolSpec("mail", null, JsonDocument.Parse("""{"type":"object","properties":{"to":{"type":"string","format":"email"}}}""").RootElement)],
        };

        Assert.Equal("tools[1].function.parameters.properties.to.format", StructuredOutputGrammar.Unsupported(request));
        Assert.Null(StructuredOutputGrammar.Unsupported(request with { Tools = [request.Tools[0]] }));
    }

    [Theory]
    [MemberData(nameof(Supported))]
    public void Write_Gbnf_EveryRuleDefinedOnceAndEveryReferenceResolves(string name, string schema)
    {
        var gbnf = GbnfWriter.Write(Build(schema));

        var lines = gbnf.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var defined = lines.Select(l => l[..l.IndexOf(" ::= ", StringComparison.Ordinal)]).ToList();
        Assert.Equal("root", defined[0]);
        Assert.Equal(defined.Count, defined.Distinct().Count());
        Assert.All(defined, d => Assert.Matches("^[a-z0-9-]+$", d));
        var bodies = string.Join("\n", lines.Select(l => StringsAndClasses().Replace(l[(l.IndexOf(" ::= ", StringComparison.Ordinal) + 5)..], " ")));
        var referenced = RuleNames().Matches(bodies).Select(m => m.Value).Distinct();
        Assert.All(referenced, r => Assert.Contains(r, defined));
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void Write_Gbnf_LiteralsAndClassesEscaped()
    {
        var gbnf = GbnfWriter.Write(Build("""{"type":"object","properties":{"say \"hi\"\\":{"const":"a\nb"}},"required":["say \"hi\"\\"]}"""));

        Assert.Contains(""" "\"say \\\"hi\\\"\\\\\":" """.Trim(), gbnf, StringComparison.Ordinal);
        Assert.Contains(""" "\"a\\nb\"" """.Trim(), gbnf, StringComparison.Ordinal);
        Assert.Contains("""char ::= [^"\\\x00-\x1F\x7F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F]{4})""", gbnf, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_SmallBudget_TighterLimitsThatStillFit()
    {
        var request = new StructuredRequest { Format = AnswerFormat.JsonSchema, Schema = JsonDocument.Parse(SchemaCasesNested).RootElement };

        var (roomy, roomyLimits) = StructuredOutputGrammar.Fit(request, ToolCallFamily.Hermes, 100_000);
        var (tight, tightLimits) = StructuredOutputGrammar.Fit(request, ToolCallFamily.Hermes, 300);

        Assert.True(roomy!.MaxBytes() < 100_000);
        Assert.True(tight!.MaxBytes() < 300);
        Assert.True(tightLimits!.StringChars < roomyLimits!.StringChars);
    }

    [Fact]
    public void Fit_BudgetTooSmallForAnyLimits_NoLimits()
    {
        var request = new StructuredRequest { Format = AnswerFormat.JsonSchema, Schema = JsonDocument.Parse(SchemaCasesNested).RootElement };

        var (_, limits) = StructuredOutputGrammar.Fit(request, ToolCallFamily.Hermes, 5);

        Assert.Null(limits);
    }

    [Fact]
    public void Build_TextFormatAndNoToolsOffered_NoGrammar()
    {
        Assert.Null(StructuredOutputGrammar.Build(new StructuredRequest(), ToolCallFamily.Hermes, GrammarLimits.Generous));
        Assert.Null(StructuredOutputGrammar.Build(new StructuredRequest { Tools = [new ToolSpec("f", null, null)], Choice = ToolChoiceKind.None }, ToolCallFamily.Hermes, GrammarLimits.Generous));
    }

    [Fact]
    public void Build_TextFormatAutoTools_CallOrFreeText() =>
        Assert.IsType<Choice>(StructuredOutputGrammar.Build(new StructuredRequest { Tools = [new ToolSpec("f", null, null)] }, ToolCallFamily.Hermes, GrammarLimits.Generous)!.Rules["root"]);

    private const string SchemaCasesNested = """{"type":"object","properties":{"name":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}}},"required":["name","tags"],"additionalProperties":false}""";

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|\\[(?:[^\\]\\\\]|\\\\.)*\\]")]
    private static partial Regex StringsAndClasses();

    [GeneratedRegex("[a-z][a-z0-9-]*")]
    private static partial Regex RuleNames();
}
