using System.Globalization;
using System.Text;

namespace GpuWorker.Structured;

/// <summary>Writes a <see cref="Grammar"/> in llama.cpp's GBNF: one <c>name ::= body</c> line per rule, root first.</summary>
internal static class GbnfWriter
{
    public static string Write(Grammar grammar)
    {
        var text = new StringBuilder();
        text.Append("root ::= ").Append(Body(grammar.Rules[grammar.Root], top: true)).Append('\n');
        foreach (var (name, node) in grammar.Rules.Where(r => r.Key != grammar.Root).OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append(" ::= ").Append(Body(node, top: true)).Append('\n');
        }

        return text.ToString();
    }

    private static string Body(GrammarNode node, bool top = false) => node switch
    {
        Literal l => Quote(l.Text),
        CharClass c => c.Gbnf,
        RuleRef r => r.Name == "root" ? "root" : r.Name,
        Sequence s when s.Items.All(IsEmpty) => "\"\"",
        Sequence s => Group(string.Join(" ", s.Items.Where(i => !IsEmpty(i)).Select(i => Body(i))), top || s.Items.Count(i => !IsEmpty(i)) == 1),
        // An empty option makes the rest optional: "(a | b)?" rather than an empty alternative.
        Choice c when c.Options.Any(IsEmpty) && !c.Options.All(IsEmpty) =>
            "(" + string.Join(" | ", c.Options.Where(o => !IsEmpty(o)).Select(Option)) + ")?",
        Choice c => Group(string.Join(" | ", c.Options.Select(Option)), top || c.Options.Count == 1),
        FreeText f => Body(f.Body, top),
        Repeat { Min: 0, Max: 1 } r => Atom(r.Item) + "?",
        Repeat { Min: 0, Max: Repeat.Unbounded } r => Atom(r.Item) + "*",
        Repeat { Min: 1, Max: Repeat.Unbounded } r => Atom(r.Item) + "+",
        Repeat { Max: Repeat.Unbounded } r => Atom(r.Item) + string.Create(CultureInfo.InvariantCulture, $"{{{r.Min},}}"),
        Repeat r when r.Min == r.Max => Atom(r.Item) + string.Create(CultureInfo.InvariantCulture, $"{{{r.Min}}}"),
        Repeat r => Atom(r.Item) + string.Create(CultureInfo.InvariantCulture, $"{{{r.Min},{r.Max}}}"),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    // A sequence binds tighter than "|": an option needs parentheses only when it is itself a choice.
    private static string Option(GrammarNode option) => Body(option, top: option is not Choice);

    private static bool IsEmpty(GrammarNode node) => node is Sequence s && s.Items.All(IsEmpty);

    private static string Atom(GrammarNode node) => node is Literal or CharClass or RuleRef ? Body(node) : "(" + Body(node, top: true) + ")";

    private static string Group(string body, bool bare) => bare ? body : "(" + body + ")";

    /// <summary>A GBNF string literal: quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\n' => quoted.Append("\\n"),
                '\r' => quoted.Append("\\r"),
                '\t' => quoted.Append("\\t"),
                < ' ' or '\x7F' => quoted.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
