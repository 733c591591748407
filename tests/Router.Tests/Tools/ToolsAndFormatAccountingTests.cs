using Router.Accounting.Tokens;
using Router.Classification;
using Router.Pipeline;
using Router.Requests;
using static Router.Tests.Tools.ToolRequestFixtures;

namespace Router.Tests.Tools;

/// <summary>Tools and schemas count in the prompt estimate, change the cache key and are scanned for sensitive data.</summary>
public sealed class ToolsAndFormatAccountingTests
{
    private static ChatRequest Plain => new() { RequestId = "r", TenantId = "t", Messages = [new ChatMessage("user", "What is the weather in Paris?")] };

    [Fact]
    public void CountPrompt_ToolsAndSchema_CountedOnTopOfTheMessages()
    {
        var counter = new O200kTokenCounter();
        var plain = counter.CountPrompt(Plain);

        var withTools = counter.CountPrompt(Plain with { ToolsAndFormat = WeatherTools() });
        var withSchema = counter.CountPrompt(Plain with { ToolsAndFormat = PersonExtraction() });

        Assert.True(withTools >= plain + counter.CountText(WeatherSchema), $"{withTools} vs {plain}");
        Assert.True(withSchema >= plain + counter.CountText(PersonSchema), $"{withSchema} vs {plain}");
    }

    [Fact]
    public void CountPrompt_ToolCallArgumentsInHistory_Counted()
    {
        var counter = new O200kTokenCounter();
        var shortArgs = counter.CountPrompt(Plain with { Messages = RoundTripHistory("""{"city":"Paris"}""") });
        var longArgs = counter.CountPrompt(Plain with { Messages = RoundTripHistory("""{"city":"Paris, Île-de-France, the capital of France"}""") });

        Assert.True(longArgs > shortArgs);
    }

    [Fact]
    public void CacheKey_ToolsChoiceFormatAndHistoryCalls_EachChangeTheKey()
    {
        var withTools = Plain with { ToolsAndFormat = WeatherTools() };
        var variants = new[]
        {
            Plain,
            withTools,
            Plain with { ToolsAndFormat = WeatherTools(ToolChoice.Required) },
            Plain with { ToolsAndFormat = WeatherTools(ToolChoice.Function("get_weather")) },
            Plain with { ToolsAndFormat = WeatherTools() with { ParallelToolCalls = false } },
            Plain with { ToolsAndFormat = new ToolsAndFormat { Tools = [Weather with { Description = "Other." }] } },
            Plain with { ToolsAndFormat = new ToolsAndFormat { ResponseFormat = ResponseFormat.JsonObject } },
            Plain with { ToolsAndFormat = PersonExtraction() },
            Plain with { ToolsAndFormat = new ToolsAndFormat { ResponseFormat = ResponseFormat.JsonSchema("person", WeatherSchema) } },
            withTools with { Messages = RoundTripHistory() },
            withTools with { Messages = RoundTripHistory("""{"city":"Rome"}""") },
            withTools with { Messages = RoundTripHistory(result: """{"temp_c":19}""") },
        };

        var keys = variants.Select(CompletionCacheKey.For).ToList();

        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void CacheKey_PlainRequest_KeyUnchangedByTheToolFields() =>
        Assert.Equal(CompletionCacheKey.For(Plain), CompletionCacheKey.For(Plain with { ToolsAndFormat = ToolsAndFormat.None }));

    [Theory]
    [InlineData("arguments")]
    [InlineData("result")]
    [InlineData("schema")]
    public void Sensitivity_EmailOnlyInAToolField_Found(string where)
    {
        const string email = "jane.doe@acme-mail.com";
        var request = where switch
        {
            "arguments" => Plain with { Messages = RoundTripHistory(arguments: $"{{\"to\":\"{email}\"}}") },
            "result" => Plain with { Messages = RoundTripHistory(result: $"{{\"owner\":\"{email}\"}}") },
            _ => Plain with { ToolsAndFormat = new ToolsAndFormat { Tools = [Weather with { Description = $"Escalate to {email}." }] } },
        };

        var verdict = Classification.Sensitivity.SensitivityClassifierFactory.Create().Classify(RequestClassifier.SentTexts(request), []);

        Assert.True(verdict.IsSensitive);
        Assert.Contains(verdict.Entities, e => e.Type.Contains("EMAIL", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void SentTexts_ToolCallIds_SentSoScanned() =>
        Assert.Equal(2, RequestClassifier.SentTexts(Plain with { Messages = RoundTripHistory() }).Count(t => t == "call_1"));

    [Theory]
    [InlineData("call_9pw1qnYScqvGrCH58HWCvFH6", false)]
    [InlineData("toolu_01A09q90qw90lq917835lq9", false)]
    [InlineData("call_4539148803436467", true)]
    public void Sensitivity_IdentifierHiddenInAToolCallId_FoundAndGeneratedIdsClean(string id, bool sensitive)
    {
        var messages = new List<ChatMessage>
        {
            new("user", "What is the weather in Paris?"),
            new("assistant", "") { ToolCalls = [new ToolCall(id, "get_weather", "{\"city\":\"Paris\"}")] },
            new("tool", "{\"temp\":21}") { ToolCallId = id },
        };

        var verdict = Classification.Sensitivity.SensitivityClassifierFactory.Create().Classify(RequestClassifier.SentTexts(Plain with { Messages = messages }), []);

        Assert.Equal(sensitive, verdict.IsSensitive);
    }

    [Fact]
    public void SentTexts_BatchRequest_IdIsSentAsCustomIdSoScanned()
    {
        var batch = Plain with { RequestId = "AKIA4HXQ7TPL2MWZ9R3K", CompletionWindow = "24h" };

        Assert.Equal("AKIA4HXQ7TPL2MWZ9R3K", RequestClassifier.SentTexts(batch)[^1]);
        Assert.DoesNotContain("AKIA4HXQ7TPL2MWZ9R3K", RequestClassifier.SentTexts(batch with { CompletionWindow = null }));
    }
}
