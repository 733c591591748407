using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Router.Classification;
using Router.Classification.Difficulty;
using Router.Requests;

namespace Router.Tests.Classification.Difficulty;

/// <summary>
/// A tool or extraction request's structure raises its difficulty, by the configured log-odds priors, with a reason for
/// each factor; a plain request, and a tool request with nothing to add, keep the text's score exactly.
/// </summary>
public sealed class ToolDifficultyTests
{
    private const double TextScore = 0.19;
    private const string SmallSchema = """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}""";

    private sealed class FixedScorer(double score) : IDifficultyScorer
    {
        public string? Prompt { get; private set; }

        public double Score(string prompt)
        {
            Prompt = prompt;
            return score;
        }
    }

    private static async Task<RequestClassification> ClassifyAsync(ChatRequest request, ToolDifficultyOptions? weights = null, double score = TextScore)
    {
        var classifier = new RequestClassifier(new AlwaysClean(), new FixedScorer(score),
            Options.Create(new RouterOptions { ClassificationTimeout = TimeSpan.FromSeconds(30), ToolDifficulty = weights ?? new ToolDifficultyOptions() }),
            TimeProvider.System, NullLogger<RequestClassifier>.Instance);
        return await classifier.ClassifyAsync(request, []);
    }

    private sealed class AlwaysClean : ISensitivityClassifier
    {
        public SensitivityVerdict Classify(IReadOnlyList<string> texts, SensitivityScope scope, CancellationToken cancellationToken = default) => SensitivityVerdict.Clean;
    }

    private static ChatRequest Request(ToolsAndFormat? shape = null, params ChatMessage[] history) => new()
    {
        RequestId = "r",
        TenantId = "t",
        Messages = [.. history, new ChatMessage("user", "What is the weather in Paris?")],
        ToolsAndFormat = shape ?? ToolsAndFormat.None,
    };

    private static ToolDefinition[] Tools(int count, string schema = SmallSchema) =>
        Enumerable.Range(0, count).Select(i => new ToolDefinition($"tool_{i}", null, schema)).ToArray();

    private static string ObjectSchema(int properties, int nesting = 1)
    {
        var leaf = "{\"type\":\"object\",\"properties\":{" + string.Join(",", Enumerable.Range(0, properties).Select(i => $"\"p{i}\":{{\"type\":\"string\"}}")) + "}}";
        for (var level = 1; level < nesting; level++)
        {
            leaf = "{\"type\":\"object\",\"properties\":{\"inner\":" + leaf + "}}";
        }

        return leaf;
    }

    [Fact]
    public async Task PlainRequest_TextScoreExactlyAndNoFactors()
    {
        var result = await ClassifyAsync(Request());

        Assert.Equal(TextScore, result.Difficulty);
        Assert.Null(result.TextDifficulty);
        Assert.Empty(result.DifficultyFactors);
    }

    [Fact]
    public async Task OneSmallToolAndSmallStrictSchema_NothingToAdd_TextScoreExactly()
    {
        var shape = new ToolsAndFormat
        {
            Tools = Tools(1),
            ResponseFormat = ResponseFormat.JsonSchema("weather", SmallSchema, strict: true),
        };

        var result = await ClassifyAsync(Request(shape));

        Assert.Equal(TextScore, result.Difficulty);
        Assert.Empty(result.DifficultyFactors);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    [InlineData(16)]
    public async Task ManyToolsToChooseFrom_RaisedByLog2OfTheirNumber(int tools)
    {
        var result = await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(tools) }));

        var expected = Sigmoid(Logit(TextScore) + Math.Min(0.75, 0.15 * Math.Log2(tools)));
        Assert.Equal(expected, result.Difficulty, 12);
        Assert.Equal(TextScore, result.TextDifficulty);
        Assert.StartsWith($"{tools} tools to choose from +", Assert.Single(result.DifficultyFactors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreTools_HarderMonotonically()
    {
        var scores = new List<double>();
        foreach (var count in new[] { 1, 2, 4, 16 })
        {
            scores.Add((await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(count) }))).Difficulty);
        }

        Assert.Equal(scores.Order(), scores);
        Assert.True(scores[^1] > scores[0]);
    }

    [Fact]
    public async Task NamedFunctionOrToolChoiceNone_NoChoiceToMake()
    {
        var named = await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(8), ToolChoice = ToolChoice.Function("tool_3") }));
        var none = await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(8), ToolChoice = ToolChoice.None }));
        var required = await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(8), ToolChoice = ToolChoice.Required }));

        Assert.Equal(TextScore, named.Difficulty);
        Assert.Equal(TextScore, none.Difficulty);
        Assert.True(required.Difficulty > TextScore);
    }

    [Fact]
    public async Task LargeAndDeepSchemas_RaisedWithAReasonEach()
    {
        var shape = new ToolsAndFormat
        {
            Tools = [new ToolDefinition("fill_form", null, ObjectSchema(16))],
            ResponseFormat = ResponseFormat.JsonSchema("record", ObjectSchema(8, nesting: 4), strict: true),
        };

        var result = await ClassifyAsync(Request(shape));

        Assert.Equal(
            ["argument schema of 16 properties +0.20", "answer schema of 11 properties +0.15", "nesting 4 levels deep +0.20"],
            result.DifficultyFactors);
        Assert.Equal(Sigmoid(Logit(TextScore) + 0.2 + 0.1 * Math.Log2(11 / 4.0) + 0.2), result.Difficulty, 12);
    }

    [Fact]
    public async Task ToolRoundsInHistory_RaisedPerRoundUpToTheCap()
    {
        ChatMessage[] Rounds(int n) => Enumerable.Range(0, n).SelectMany(i => new[]
        {
            new ChatMessage("assistant", "") { ToolCalls = [new ToolCall($"call_{i}", "tool_0", "{}")] },
            new ChatMessage("tool", "{\"ok\":true}") { ToolCallId = $"call_{i}" },
        }).ToArray();

        var one = await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(1) }, Rounds(1)));
        var three = await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(1) }, Rounds(3)));
        var six = await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(1) }, Rounds(6)));

        Assert.Equal(["1 tool round in the history +0.10"], one.DifficultyFactors);
        Assert.Equal(Sigmoid(Logit(TextScore) + 0.3), three.Difficulty, 12);
        Assert.Equal(three.Difficulty, six.Difficulty, 12);
        Assert.Equal(["6 tool rounds in the history +0.30"], six.DifficultyFactors);
    }

    [Fact]
    public async Task EverythingAtOnce_CappedAtMaxLogOdds()
    {
        var shape = new ToolsAndFormat { Tools = Tools(128, ObjectSchema(64, nesting: 6)), ResponseFormat = ResponseFormat.JsonSchema("r", ObjectSchema(64)) };

        var result = await ClassifyAsync(Request(shape));

        Assert.Equal(Sigmoid(Logit(TextScore) + 0.75), result.Difficulty, 12);
        Assert.Equal("capped at +0.75", result.DifficultyFactors[^1]);
    }

    [Fact]
    public async Task Disabled_TextScoreExactly()
    {
        var result = await ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(32) }), new ToolDifficultyOptions { Enabled = false });

        Assert.Equal(TextScore, result.Difficulty);
        Assert.Empty(result.DifficultyFactors);
    }

    [Fact]
    public async Task TextOfTheTask_StillTheLastUserMessage()
    {
        var scorer = new FixedScorer(0.3);
        var classifier = new RequestClassifier(new AlwaysClean(), scorer, Options.Create(new RouterOptions()), TimeProvider.System, NullLogger<RequestClassifier>.Instance);

        await classifier.ClassifyAsync(Request(new ToolsAndFormat { Tools = Tools(4) }), []);

        Assert.Equal("What is the weather in Paris?", scorer.Prompt);
    }

    [Theory]
    [InlineData("""{"type":"object","properties":{"a":{"type":"string"},"b":{"type":"array","items":{"type":"object","properties":{"c":{"type":"integer"}}}}}}""", 3, 3)]
    [InlineData("""{"$defs":{"n":{"type":"object","properties":{"x":{"type":"string"}}}},"type":"object","properties":{"n":{"$ref":"#/$defs/n"}}}""", 2, 2)]
    [InlineData("""{"anyOf":[{"type":"string"},{"type":"object","properties":{"k":{}}}]}""", 1, 1)]
    [InlineData("not json", 0, 0)]
    [InlineData(null, 0, 0)]
    public void SchemaSize_PropertiesAndNesting(string? schema, int properties, int depth) =>
        Assert.Equal(new SchemaSize(properties, depth), SchemaSize.Of(schema));

    [Fact]
    public void SchemaSize_DeeplyNestedHostileSchema_Bounded()
    {
        var schema = string.Concat(Enumerable.Repeat("{\"items\":", 60)) + "{}" + new string('}', 60);

        Assert.Equal(32, SchemaSize.Of(schema).Depth);
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
