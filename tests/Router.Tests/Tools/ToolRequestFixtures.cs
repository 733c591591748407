using Router.Requests;

namespace Router.Tests.Tools;

/// <summary>A weather tool, a tool round trip's history and an extraction schema, shared by the tool tests.</summary>
internal static class ToolRequestFixtures
{
    public const string WeatherSchema = """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}""";
    public const string PersonSchema = """{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"],"additionalProperties":false}""";

    public static readonly ToolDefinition Weather = new("get_weather", "Current weather for a city.", WeatherSchema, Strict: true);

    public static ToolsAndFormat WeatherTools(ToolChoice? choice = null) => new() { Tools = [Weather], ToolChoice = choice };

    public static ToolsAndFormat PersonExtraction() => new() { ResponseFormat = ResponseFormat.JsonSchema("person", PersonSchema, strict: true) };

    /// <summary>user asks, assistant called get_weather, the tool answered.</summary>
    public static IReadOnlyList<ChatMessage> RoundTripHistory(string arguments = """{"city":"Paris"}""", string result = """{"temp_c":18}""") =>
    [
        new ChatMessage("user", "What is the weather in Paris?"),
        new ChatMessage("assistant", "") { ToolCalls = [new ToolCall("call_1", "get_weather", arguments)] },
        new ChatMessage("tool", result) { ToolCallId = "call_1" },
    ];
}
