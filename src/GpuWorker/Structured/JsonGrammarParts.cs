namespace GpuWorker.Structured;

/// <summary>The JSON building blocks every structured-output grammar shares: strings, numbers and free-form values,
/// written compactly (no whitespace between tokens) and bounded by <see cref="GrammarLimits"/>.</summary>
internal static class JsonGrammarParts
{
    public const string CharRule = "char";
    public const string NumberRule = "number";
    public const string IntegerRule = "integer";
    public const string StringRule = "string";

    /// <summary>A character of a JSON string: anything but quote, backslash and control characters, or an escape.</summary>
    public static readonly GrammarNode Char = new Choice(
    [
        new CharClass("[^\"\\\\\\x00-\\x1F\\x7F]", 4),
        new Sequence([new Literal("\\"), new Choice([new CharClass("[\"\\\\/bfnrt]", 1), new Sequence([new Literal("u"), new Repeat(new CharClass("[0-9a-fA-F]", 1), 4, 4)])])]),
    ]);

    private static readonly GrammarNode Digit = new CharClass("[0-9]", 1);

    /// <summary>Up to 16 significant digits (what a double holds), no exponent.</summary>
    public static readonly GrammarNode Integer = new Sequence(
    [
        new Repeat(new Literal("-"), 0, 1),
        new Choice([new Literal("0"), new Sequence([new CharClass("[1-9]", 1), new Repeat(Digit, 0, 15)])]),
    ]);

    public static readonly GrammarNode Number = new Sequence(
    [
        new RuleRef(IntegerRule),
        new Repeat(new Sequence([new Literal("."), new Repeat(Digit, 1, 6)]), 0, 1),
    ]);

    public static void AddShared(IDictionary<string, GrammarNode> rules, GrammarLimits limits)
    {
        rules[CharRule] = Char;
        rules[StringRule] = String(0, limits.StringChars);
        rules[IntegerRule] = Integer;
        rules[NumberRule] = Number;
    }

    public static GrammarNode String(int minChars, int maxChars) =>
        new Sequence([new Literal("\""), new Repeat(new RuleRef(CharRule), minChars, Math.Max(minChars, maxChars)), new Literal("\"")]);

    /// <summary>A free-form JSON value nested at most <paramref name="depth"/> deep; its rules are added once.</summary>
    public static RuleRef AnyValue(IDictionary<string, GrammarNode> rules, GrammarLimits limits, int depth)
    {
        var name = $"any-value-{depth}";
        if (!rules.ContainsKey(name))
        {
            rules[name] = depth <= 0
                ? Scalar(limits)
                : new Choice([AnyObject(rules, limits, depth), AnyArray(rules, limits, depth), Scalar(limits)]);
        }

        return new RuleRef(name);
    }

    /// <summary>json_object: any JSON object, the shared rules added.</summary>
    public static RuleRef AnyObjectWithShared(IDictionary<string, GrammarNode> rules, GrammarLimits limits)
    {
        AddShared(rules, limits);
        return AnyObject(rules, limits, Math.Max(1, limits.Depth));
    }

    /// <summary>A free-form JSON object (json_object, or an object schema with no properties).</summary>
    public static RuleRef AnyObject(IDictionary<string, GrammarNode> rules, GrammarLimits limits, int depth)
    {
        var name = $"any-object-{depth}";
        if (!rules.ContainsKey(name))
        {
            var member = new Sequence([new RuleRef(StringRule), new Literal(":"), AnyValue(rules, limits, depth - 1)]);
            rules[name] = Delimited("{", member, 0, limits.Items, "}");
        }

        return new RuleRef(name);
    }

    private static RuleRef AnyArray(IDictionary<string, GrammarNode> rules, GrammarLimits limits, int depth)
    {
        var name = $"any-array-{depth}";
        if (!rules.ContainsKey(name))
        {
            rules[name] = Delimited("[", AnyValue(rules, limits, depth - 1), 0, limits.Items, "]");
        }

        return new RuleRef(name);
    }

    private static GrammarNode Scalar(GrammarLimits _) => new Choice(
        [new RuleRef(StringRule), new RuleRef(NumberRule), new Literal("true"), new Literal("false"), new Literal("null")]);

    /// <summary><c>open item ("," item)* close</c> with between <paramref name="min"/> and <paramref name="max"/> items.</summary>
    public static GrammarNode Delimited(string open, GrammarNode item, int min, int max, string close)
    {
        max = Math.Max(max, min);
        var more = new Sequence([new Literal(","), item]);
        if (max == 0)
        {
            return new Literal(open + close);
        }

        var items = new Sequence([item, new Repeat(more, Math.Max(0, min - 1), max - 1)]);
        return new Sequence([new Literal(open), min == 0 ? new Repeat(items, 0, 1) : items, new Literal(close)]);
    }
}
