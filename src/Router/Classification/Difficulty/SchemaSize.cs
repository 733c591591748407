using System.Text.Json;

namespace Router.Classification.Difficulty;

/// <summary>
/// How much answer a JSON Schema asks for: its properties (every <c>properties</c> entry, nested ones and those in
/// <c>$defs</c> included) and how deep objects and arrays nest. Bounded, so a hostile schema costs little.
/// </summary>
internal readonly record struct SchemaSize(int Properties, int Depth)
{
    private const int MaxLevels = 32;
    private static readonly string[] Alternatives = ["anyOf", "oneOf", "allOf"];
    private static readonly string[] Definitions = ["$defs", "definitions"];

    public static SchemaSize Of(string? schemaJson)
    {
        if (string.IsNullOrWhiteSpace(schemaJson))
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(schemaJson);
            var properties = 0;
            var depth = Levels(document.RootElement, 0, ref properties);
            return new SchemaSize(properties, depth);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>Levels of object/array nesting below and including <paramref name="schema"/>.</summary>
    private static int Levels(JsonElement schema, int level, ref int properties)
    {
        if (schema.ValueKind != JsonValueKind.Object || level >= MaxLevels)
        {
            return 0;
        }

        var inner = 0;
        var container = false;
        if (schema.TryGetProperty("properties", out var members) && members.ValueKind == JsonValueKind.Object)
        {
            container = true;
            foreach (var member in members.EnumerateObject())
            {
                properties++;
                inner = Math.Max(inner, Levels(member.Value, level + 1, ref properties));
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            container = true;
            inner = Math.Max(inner, Levels(items, level + 1, ref properties));
        }

        foreach (var keyword in Alternatives)
        {
            if (schema.TryGetProperty(keyword, out var options) && options.ValueKind == JsonValueKind.Array)
            {
                foreach (var option in options.EnumerateArray())
                {
                    inner = Math.Max(inner, Levels(option, level + 1, ref properties));
                }
            }
        }

        foreach (var keyword in Definitions)
        {
            if (schema.TryGetProperty(keyword, out var defs) && defs.ValueKind == JsonValueKind.Object)
            {
                foreach (var def in defs.EnumerateObject())
                {
                    // A definition is nested wherever it is referenced: its depth counts from the top.
                    inner = Math.Max(inner, Levels(def.Value, level + 1, ref properties));
                }
            }
        }

        return (container ? 1 : 0) + inner;
    }
}
