namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A key or number cut into quoted cells of an array or a string concatenation (issue 15, fourth attack round):
/// <c>["AKIAQ", "7R2MZ", …]</c>, <c>'GB29' 'NWBK' …</c>, <c>"AKIAQ7R2MZ" + "4KX9TPW3LB"</c>, one cell per line in
/// pretty-printed JSON. Two or more cells of letters and digits, joined by at most a comma or a '+' and spaces, are
/// added as one token after a little of the text before them (labels). The joined token must hold a digit and be
/// 10+ characters long; lists of words hold no digit, and the detectors still decide what a joined token is.
/// </summary>
internal static class QuotedCells
{
    private const int MaxCell = 48;
    private const int MinJoined = 10;
    private const int Context = 24;

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var cells = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAny('"', '\'');
            if (at < 0)
            {
                return;
            }
            var open = i + at;
            cells.Clear();
            var pos = open;
            while (CellEnd(text, pos) is > 0 and var close)
            {
                cells.Add((pos + 1, close));
                var next = NextCell(text, close + 1, text[pos]);
                if (next < 0)
                {
                    break;
                }
                pos = next;
            }
            if (cells.Count >= 2)
            {
                Add(text, cells, result);
                i = cells[^1].End + 1;
                continue;
            }
            i = open + 1;
        }
    }

    /// <summary>The closing quote of a cell of token characters opened at <paramref name="open"/>, or -1.</summary>
    private static int CellEnd(string text, int open)
    {
        var quote = text[open];
        var end = open + 1;
        while (end < text.Length && end - open <= MaxCell && IsCellChar(text[end]))
        {
            end++;
        }
        return end < text.Length && end > open + 1 && text[end] == quote ? end : -1;
    }

    /// <summary>
    /// The opening quote of the next cell after a gap of spaces and at most one ',' or '+' or other language's
    /// concatenation (seventh attack round: a JavaScript template's <c>"}${"</c>, <c>.concat(</c>, SQL's <c>||</c>, PHP's
    /// <c>.</c>, Lua's <c>..</c>, Excel's <c>&amp;</c>), or -1.
    /// </summary>
    private static int NextCell(string text, int at, char quote)
    {
        var end = at;
        var joiners = 0;
        var keys = 0;
        while (end < text.Length && end - at - keys < 12 && joiners <= 1)
        {
            if (Joiner(text, end) is > 0 and var joiner)
            {
                joiners++;
                end += joiner;
                continue;
            }
            if (text[end] is ' ' or '\t' or '\n' or '\r' or '{' or '}' or '[' or ']')
            {
                end++;
                continue;
            }
            // The next object's key ("{\"k\": \"AKIAJ74C2L\"}{\"k\": \"OAQJ…\"}"): the values are the cells.
            if (text[end] == quote && ObjectKey(text, end) is > 0 and var key)
            {
                keys += key - end;
                end = key;
                continue;
            }
            break;
        }
        return end < text.Length && joiners <= 1 && text[end] == quote ? end : -1;
    }

    /// <summary>The end of a short quoted key and its colon at <paramref name="at"/> (the next quote after it), or 0.</summary>
    private static int ObjectKey(string text, int at)
    {
        var end = at + 1;
        while (end < text.Length && end - at <= 12 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
        {
            end++;
        }
        if (end == at + 1 || end >= text.Length || text[end] != text[at])
        {
            return 0;
        }
        end++;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        if (end >= text.Length || text[end] != ':')
        {
            return 0;
        }
        end++;
        while (end < text.Length && text[end] == ' ')
        {
            end++;
        }
        return end < text.Length && text[end] == text[at] ? end : 0;
    }

    private static readonly string[] Joiners = [").concat(", ".concat(", "}${", "||", "..", ",", "+", ".", "&"];

    private static int Joiner(string text, int at)
    {
        foreach (var joiner in Joiners)
        {
            if (text.AsSpan(at).StartsWith(joiner, StringComparison.Ordinal))
            {
                return joiner.Length;
            }
        }
        return 0;
    }

    private static void Add(string text, List<(int Start, int End)> cells, List<SplitTokens.Joined> result)
    {
        var length = 0;
        var digit = false;
        foreach (var (from, to) in cells)
        {
            length += to - from;
            digit |= text.AsSpan(from, to - from).ContainsAnyInRange('0', '9');
        }
        if (length < MinJoined || !digit)
        {
            return;
        }
        var start = cells[0].Start - 1;
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        foreach (var (from, to) in cells)
        {
            joined.Copy(text, from, to - from);
        }
        result.Add(new SplitTokens.Joined(contextStart, cells[^1].End + 1, joined.Text, joined.Map));
    }

    private static bool IsCellChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '+' or '/' or '=' or '.';
}
