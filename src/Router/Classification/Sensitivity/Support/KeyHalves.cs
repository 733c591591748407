using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A key told as its labelled parts (fourteenth pass): "starts with AKIA… and ends with …", "begins ghp_… and ends …",
/// "first half: … / second half: …", "part 1 … part 2 …", on one line, across lines or across messages. The token after an
/// opening label and the token after a closing label (within <see cref="Reach"/> characters) are joined, after a little of
/// the text before the opening label (the key's own label: "aws_secret_access_key first half: …"), and added for the key
/// detectors to judge: the parts are nothing until joined, and joined they are the key.
/// </summary>
internal static class KeyHalves
{
    private const int Reach = 120;
    private const int Context = 24;
    private const int MinPart = 4;
    private const int MaxPart = 80;

    private static readonly string[] OpeningLabels =
        ["starts with", "begins with", "starting with", "beginning with", "first half", "first part", "1st half", "part 1", "part one", "part a",
            "starts ", "begins "];

    private static readonly SearchValues<string> Openings = SearchValues.Create(OpeningLabels, StringComparison.OrdinalIgnoreCase);

    private static readonly string[] Closings =
        ["ends with", "ending with", "ends in", "ending in", "second half", "second part", "2nd half", "part 2", "part two", "part b",
            "the rest is", "rest is", "ends ", "then "];

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(Openings);
            if (at < 0)
            {
                return;
            }
            at += from;
            from = at + 1;
            var labelEnd = LabelEnd(text, at);
            var (firstStart, firstEnd) = TokenAfter(text, labelEnd);
            if (firstEnd - firstStart < MinPart)
            {
                continue;
            }
            var limit = Math.Min(text.Length, firstEnd + Reach);
            var closing = NextClosing(text, firstEnd, limit);
            if (closing < 0)
            {
                continue;
            }
            var (secondStart, secondEnd) = TokenAfter(text, closing);
            if (secondEnd - secondStart < MinPart)
            {
                continue;
            }
            var contextStart = at;
            while (contextStart > 0 && at - contextStart < Context && text[contextStart - 1] != '\n')
            {
                contextStart--;
            }
            var joined = new MappedText();
            joined.Copy(text, contextStart, at - contextStart);
            joined.Copy(text, firstStart, firstEnd - firstStart);
            joined.Copy(text, secondStart, secondEnd - secondStart);
            result.Add(new SplitTokens.Joined(contextStart, secondEnd, joined.Text, joined.Map));
            from = secondEnd;
        }
    }

    // The end of the longest opening label at `at` (the part after it is read by TokenAfter).
    private static int LabelEnd(string text, int at)
    {
        var end = at;
        foreach (var label in OpeningLabels)
        {
            if (text.AsSpan(at).StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                end = Math.Max(end, at + label.Length);
            }
        }
        return end;
    }

    /// <summary>The key part after a label: spaces, colons, quotes and a connector word skipped, a run of key characters holding a
    /// digit or both cases.</summary>
    private static (int Start, int End) TokenAfter(string text, int from)
    {
        var i = from;
        while (i < text.Length && i - from < 12)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is ':' or '=' or '"' or '\'' or '`' or '\u241E')
            {
                i++;
            }
            else if (ConnectorLength(text, i) is var length and > 0)
            {
                i += length;
            }
            else
            {
                break;
            }
        }
        var start = i;
        while (i < text.Length && i - start < MaxPart && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '/' or '+' or '='))
        {
            i++;
        }
        var token = text.AsSpan(start, i - start).TrimEnd("-=");
        var random = token.ContainsAnyInRange('0', '9') || (token.ContainsAnyInRange('A', 'Z') && token.ContainsAnyInRange('a', 'z'));
        return token.Length >= MinPart && random ? (start, start + token.Length) : (start, start);
    }

    // "is ", "with ", "in ": a connector word between the label and its part.
    private static int ConnectorLength(string text, int i)
    {
        foreach (var word in (ReadOnlySpan<string>)["is ", "with ", "in ", "was "])
        {
            if (text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase) && (i == 0 || !char.IsAsciiLetter(text[i - 1])))
            {
                return word.Length;
            }
        }
        return 0;
    }

    // Where the first closing label after `from` (before `limit`) ends, or -1.
    private static int NextClosing(string text, int from, int limit)
    {
        var window = text.AsSpan(from, limit - from);
        var best = -1;
        var bestEnd = -1;
        foreach (var closing in Closings)
        {
            var at = window.IndexOf(closing, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best) && (from + at == 0 || !char.IsAsciiLetter(text[from + at - 1])))
            {
                best = at;
                bestEnd = from + at + closing.Length;
            }
        }
        return bestEnd;
    }
}
