using System.Text;
using GpuWorker.Structured;

namespace GpuWorker.Tests.Structured;

/// <summary>
/// Generates random outputs that a grammar accepts, choosing every option and repeat count at random: a stand-in for
/// a model that writes anything the grammar allows, to check that all of it is valid for the schema.
/// </summary>
internal sealed class GrammarSampler(Grammar grammar, Random random)
{
    // Characters a model may put in a string: plain, quote-like, non-ASCII, and every escape.
    private static readonly string[] StringChars = ["a", "Z", "7", " ", "é", "中", "😀", "\\\"", "\\\\", "\\n", "\\u00e9", "\\/", "'", "}", "]"];

    // Characters a model may write in free text, chosen where a character class allows them: the tag letters and the
    // characters that open calls are there on purpose.
    private static readonly string[] TextChars = ["a", "Z", " ", "\n", "\t", "é", "中", "😀", "<", ">", "{", "}", "|", "t", "o", "l", "_", "c", "\"", "/"];

    public string Sample()
    {
        var text = new StringBuilder();
        Walk(new RuleRef(grammar.Root), text);
        return text.ToString();
    }

    private void Walk(GrammarNode node, StringBuilder text)
    {
        switch (node)
        {
            case Literal l:
                text.Append(l.Text);
                break;
            case CharClass c:
                text.Append(Char(c.Gbnf));
                break;
            case Sequence s:
                foreach (var item in s.Items)
                {
                    Walk(item, text);
                }

                break;
            case Choice c:
                Walk(c.Options[random.Next(c.Options.Count)], text);
                break;
            case FreeText f:
                Walk(f.Body, text);
                break;
            case Repeat { Max: Repeat.Unbounded } r:
                for (var i = r.Min + random.Next(8); i > 0; i--)
                {
                    Walk(r.Item, text);
                }

                break;
            case Repeat r:
                // Favour the bounds: an empty and a full repeat are where mistakes hide.
                var count = random.Next(4) switch { 0 => r.Min, 1 => r.Max, _ => random.Next(r.Min, r.Max + 1) };
                for (var i = 0; i < count; i++)
                {
                    Walk(r.Item, text);
                }

                break;
            case RuleRef r when r.Name == JsonGrammarParts.CharRule:
                text.Append(StringChars[random.Next(StringChars.Length)]);
                break;
            case RuleRef r:
                Walk(grammar.Rules[r.Name], text);
                break;
        }
    }

    private string Char(string gbnf) => gbnf switch
    {
        "[0-9]" => random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "[1-9]" => random.Next(1, 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "[0-9a-fA-F]" => "0123456789abcdefABCDEF"[random.Next(22)].ToString(),
        _ => Pick(gbnf),
    };

    /// <summary>A character of <see cref="TextChars"/> in a plain or negated class of single characters and
    /// \\xHH, \\t, \\n, \\r escapes (no ranges).</summary>
    private string Pick(string gbnf)
    {
        var negated = gbnf.StartsWith("[^", StringComparison.Ordinal);
        var body = gbnf[(negated ? 2 : 1)..^1];
        var members = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] != '\\')
            {
                members.Add(body[i].ToString());
                continue;
            }

            var escape = body[++i];
            members.Add(escape switch
            {
                'x' => ((char)Convert.ToInt32(body.Substring(i + 1, 2), 16)).ToString(),
                't' => "\t",
                'n' => "\n",
                'r' => "\r",
                _ => throw new InvalidOperationException($"The sampler does not know the escape \\{escape} in {gbnf}."),
            });
            if (escape == 'x')
            {
                i += 2;
            }
        }

        var fits = TextChars.Where(c => members.Contains(c) != negated).ToList();
        return fits.Count > 0 ? fits[random.Next(fits.Count)] : throw new InvalidOperationException($"No sample character fits {gbnf}.");
    }
}
