using System.Text.Json;
using Json.Schema;

namespace Sdk.Tests.Support;

internal static class Schemas
{
    public const string Weather = """{"type":"object","properties":{"city":{"type":"string"}},"required":["city"],"additionalProperties":false}""";
    public const string Person = """{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"],"additionalProperties":false}""";

    public static void AssertValid(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.True(JsonSchema.FromText(schema).Evaluate(document.RootElement).IsValid, $"{json}\nis not valid for\n{schema}");
    }
}
