using System.Text;
using System.Text.Json;

namespace GpuWorker.Structured;

/// <summary>
/// Converts the JSON Schema subset structured outputs use into grammar rules: object (properties, required,
/// additionalProperties false or absent), array (items, minItems, maxItems), string (enum, const, minLength,
/// maxLength), number, integer, boolean, null, type lists, anyOf, nested objects and local <c>$defs</c> /
/// <c>definitions</c> references. Annotations (title, description, default, examples...) are ignored; any other
/// keyword throws <see cref="UnsupportedSchemaException"/> naming it, so nothing is silently left unenforced.
/// Output is compact JSON with properties in schema order.
/// </summary>
internal sealed class JsonSchemaGrammar
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$comment", "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly"];

    private static readonly HashSet<string> Assertions =
    [
        "type", "properties", "required", "additionalProperties", "items", "minItems", "maxItems", "minLength", "maxLength",
        "enum", "const", "anyOf", "$ref", "$defs", "definitions",
    ];

    private readonly JsonElement _document;
    private readonly GrammarLimits _limits;
    private readonly Dictionary<string, GrammarNode> _rules;
    private readonly Dictionary<string, string> _defRules = new(StringComparer.Ordinal);
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);
    private int _next;

    private JsonSchemaGrammar(JsonElement document, GrammarLimits limits, Dictionary<string, GrammarNode> rules)
    {
        _document = document;
        _limits = limits;
        _rules = rules;
    }

    /// <summary>A node for <paramref name="schema"/>, its helper rules added to <paramref name="rules"/>.</summary>
    /// <param name="path">Where the schema sits, for error messages (e.g. "response_format.json_schema.schema").</param>
    public static GrammarNode Convert(JsonElement schema, GrammarLimits limits, Dictionary<string, GrammarNode> rules, string path)
    {
        JsonGrammarParts.AddShared(rules, limits);
        return new JsonSchemaGrammar(schema, limits, rules).Node(schema, path);
    }

    private GrammarNode Node(JsonElement schema, string path)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return JsonGrammarParts.AnyValue(_rules, _limits, _limits.Depth);
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new UnsupportedSchemaException(path, "a schema must be an object or true");
        }

        var keywords = schema.EnumerateObject().Select(p => p.Name).Where(k => !Annotations.Contains(k)).ToList();
        if (keywords.FirstOrDefault(k => !Assertions.Contains(k)) is { } unknown)
        {
            throw new UnsupportedSchemaException($"{path}.{unknown}", "not in the supported subset");
        }

        var assertions = keywords.Where(k => k is not "$defs" and not "definitions").ToList();
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return assertions.Count == 1 ? Reference(reference, $"{path}.$ref") : throw new UnsupportedSchemaException($"{path}.$ref", "keywords beside $ref");
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            return assertions.Count == 1 ? AnyOf(anyOf, $"{path}.anyOf") : throw new UnsupportedSchemaException($"{path}.anyOf", "keywords beside anyOf");
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return new Literal(Compact(constant));
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return Enum(values, TypesOf(schema, path), $"{path}.enum");
        }

        var types = TypesOf(schema, path) ?? Implied(schema);
        if (types is null)
        {
            return JsonGrammarParts.AnyValue(_rules, _limits, _limits.Depth);
        }

        var options = types.Select(t => TypeNode(schema, t, path)).ToList();
        return options.Count == 1 ? options[0] : new Choice(options);
    }

    private GrammarNode TypeNode(JsonElement schema, string type, string path) => type switch
    {
        "object" => Object(schema, path),
        "array" => Array(schema, path),
        "string" => StringNode(schema, path),
        "number" => new RuleRef(JsonGrammarParts.NumberRule),
        "integer" => new RuleRef(JsonGrammarParts.IntegerRule),
        "boolean" => new Choice([new Literal("true"), new Literal("false")]),
        "null" => new Literal("null"),
        _ => throw new UnsupportedSchemaException($"{path}.type", $"unknown type '{type}'"),
    };

    private GrammarNode Object(JsonElement schema, string path)
    {
        var closed = false;
        if (schema.TryGetProperty("additionalProperties", out var additional))
        {
            closed = additional.ValueKind switch
            {
                JsonValueKind.False => true,
                JsonValueKind.True => false,
                _ => throw new UnsupportedSchemaException($"{path}.additionalProperties", "only true or false"),
            };
        }

        var properties = schema.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p.EnumerateObject().ToList() : [];
        var required = schema.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(e => e.GetString() ?? "").ToHashSet(StringComparer.Ordinal)
            : [];
        if (required.FirstOrDefault(name => properties.All(prop => prop.Name != name)) is { } missing)
        {
            throw new UnsupportedSchemaException($"{path}.required", $"'{missing}' is required but not among the properties");
        }

        if (properties.Count == 0)
        {
            return closed ? new Literal("{}") : JsonGrammarParts.AnyObject(_rules, _limits, Math.Max(1, _limits.Depth));
        }

        var members = properties
            .Select(prop => (Required: required.Contains(prop.Name), Node: (GrammarNode)new Sequence([new Literal(Compact(prop.Name) + ":"), Node(prop.Value, $"{path}.properties.{prop.Name}")])))
            .ToList();
        return new Sequence([new Literal("{"), Members(members, 0), new Literal("}")]);
    }

    /// <summary>Members from <paramref name="from"/> on when none is written yet: the first one present needs no comma.</summary>
    private GrammarNode Members(IReadOnlyList<(bool Required, GrammarNode Node)> members, int from)
    {
        if (from == members.Count)
        {
            return new Sequence([]);
        }

        var first = new Sequence([members[from].Node, Rest(members, from + 1)]);
        if (members[from].Required)
        {
            return first;
        }

        var name = $"members-{_next++}";
        _rules[name] = new Choice([first, Members(members, from + 1)]);
        return new RuleRef(name);
    }

    private static Sequence Rest(IReadOnlyList<(bool Required, GrammarNode Node)> members, int from) => new(members
        .Skip(from)
        .Select(m => m.Required ? (GrammarNode)new Sequence([new Literal(","), m.Node]) : new Repeat(new Sequence([new Literal(","), m.Node]), 0, 1))
        .ToList());

    private GrammarNode Array(JsonElement schema, string path)
    {
        var item = schema.TryGetProperty("items", out var items)
            ? Node(items, $"{path}.items")
            : JsonGrammarParts.AnyValue(_rules, _limits, Math.Max(0, _limits.Depth - 1));
        var min = Count(schema, "minItems", path) ?? 0;
        var max = Count(schema, "maxItems", path) ?? Math.Max(min, _limits.Items);
        if (max < min)
        {
            throw new UnsupportedSchemaException($"{path}.maxItems", "smaller than minItems");
        }

        return JsonGrammarParts.Delimited("[", item, min, max, "]");
    }

    private GrammarNode StringNode(JsonElement schema, string path)
    {
        var min = Count(schema, "minLength", path);
        var max = Count(schema, "maxLength", path);
        if (min is null && max is null)
        {
            return new RuleRef(JsonGrammarParts.StringRule);
        }

        var low = min ?? 0;
        var high = Math.Max(low, Math.Min(max ?? int.MaxValue, Math.Max(low, _limits.StringChars)));
        return max < low ? throw new UnsupportedSchemaException($"{path}.maxLength", "smaller than minLength") : JsonGrammarParts.String(low, high);
    }

    private GrammarNode Enum(JsonElement values, IReadOnlyList<string>? types, string path)
    {
        if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() == 0)
        {
            throw new UnsupportedSchemaException(path, "enum must be a non-empty array");
        }

        var literals = values.EnumerateArray().Where(v => types is null || types.Any(t => Fits(v, t))).Select(v => (GrammarNode)new Literal(Compact(v))).ToList();
        return literals.Count switch
        {
            0 => throw new UnsupportedSchemaException(path, "no value matches the type"),
            1 => literals[0],
            _ => new Choice(literals),
        };
    }

    private GrammarNode AnyOf(JsonElement branches, string path)
    {
        if (branches.ValueKind != JsonValueKind.Array || branches.GetArrayLength() == 0)
        {
            throw new UnsupportedSchemaException(path, "anyOf must be a non-empty array");
        }

        return new Choice(branches.EnumerateArray().Select((b, i) => Node(b, $"{path}[{i}]")).ToList());
    }

    private GrammarNode Reference(JsonElement reference, string path)
    {
        var target = reference.GetString() ?? "";
        string[] prefixes = ["#/$defs/", "#/definitions/"];
        var prefix = prefixes.FirstOrDefault(p => target.StartsWith(p, StringComparison.Ordinal))
            ?? throw new UnsupportedSchemaException(path, "only local #/$defs/... or #/definitions/... references");
        var name = target[prefix.Length..];
        if (_defRules.TryGetValue(target, out var rule))
        {
            return new RuleRef(rule);
        }

        if (!_document.TryGetProperty(prefix[2..^1], out var defs) || !defs.TryGetProperty(name, out var definition))
        {
            throw new UnsupportedSchemaException(path, $"'{target}' is not defined");
        }

        if (!_resolving.Add(target))
        {
            throw new UnsupportedSchemaException(path, "recursive references have no bounded grammar");
        }

        rule = $"def-{Sanitize(name)}-{_next++}";
        _rules[rule] = Node(definition, $"{prefix[2..^1]}.{name}");
        _resolving.Remove(target);
        _defRules[target] = rule;
        return new RuleRef(rule);
    }

    private static IReadOnlyList<string>? TypesOf(JsonElement schema, string path)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array when type.GetArrayLength() > 0 && type.EnumerateArray().All(t => t.ValueKind == JsonValueKind.String) =>
                type.EnumerateArray().Select(t => t.GetString()!).Distinct().ToList(),
            _ => throw new UnsupportedSchemaException($"{path}.type", "a type name or a list of them"),
        };
    }

    /// <summary>Object or array keywords without a type imply that type (as models and OpenAI read them).</summary>
    private static IReadOnlyList<string>? Implied(JsonElement schema) =>
        schema.TryGetProperty("properties", out _) || schema.TryGetProperty("required", out _) || schema.TryGetProperty("additionalProperties", out _) ? ["object"]
        : schema.TryGetProperty("items", out _) ? ["array"]
        : null;

    private static int? Count(JsonElement schema, string keyword, string path) =>
        !schema.TryGetProperty(keyword, out var value) ? null
        : value.TryGetInt32(out var n) && n >= 0 ? n
        : throw new UnsupportedSchemaException($"{path}.{keyword}", "a non-negative integer");

    private static bool Fits(JsonElement value, string type) => (type, value.ValueKind) switch
    {
        ("string", JsonValueKind.String) or ("null", JsonValueKind.Null) or ("object", JsonValueKind.Object) or ("array", JsonValueKind.Array) => true,
        ("boolean", JsonValueKind.True or JsonValueKind.False) => true,
        ("number", JsonValueKind.Number) => true,
        ("integer", JsonValueKind.Number) => value.TryGetInt64(out _),
        _ => false,
    };

    // Only what JSON requires is escaped: the model writes "Straße", not "Stra\u00DFe".
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Compact(JsonElement value) => JsonSerializer.Serialize(value, Relaxed);

    public static string Compact(string text) => JsonSerializer.Serialize(text, Relaxed);

    private static string Sanitize(string name)
    {
        var clean = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            clean.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        }

        return clean.Length == 0 ? "x" : clean.ToString();
    }
}
