using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A vendor key told in pieces, one per line or message, each after a label or with a short turn between (issue 15,
/// seventh attack round): "key part A: AKIAJ74" / "part B: C2LOAQJ" / "part C: GB4RPJ"; "first half: AKIA…" / "noted" /
/// "second half: …". From a vendor prefix that starts a token too short for any key, the last token of each of the
/// next lines that looks random (a digit, or upper and lower case) is appended, one line without such a token skipped
/// at most; each growing join is added (after a little of the text before the prefix) for the key detectors to judge.
/// </summary>
internal static class KeyPieces
{
    private const int MaxPieces = 4;
    private const int MaxLine = 60;
    private const int ShortKey = 20;
    private const int Context = 24;

    private static readonly SearchValues<string> Prefixes = SearchValues.Create(
        ["AKIA", "ASIA", "ghp_", "gho_", "ghs_", "ghu_", "github_pat_", "sk-", "sk_live_", "rk_live_", "xox", "glpat-", "npm_", "hf_", "SG.", "AIza"],
        StringComparison.Ordinal);

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAny(Prefixes);
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            var end = TokenEnd(text, start);
            i = Math.Max(end, start + 1);
            if ((start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) || end - start >= ShortKey)
            {
                continue;
            }
            var lineEnd = text.IndexOf('\n', end);
            if (lineEnd < 0 || text.AsSpan(end, lineEnd - end).Trim(" \t.").Length > 0)
            {
                continue;
            }
            Join(text, start, end, lineEnd, result);
        }
    }

    private static void Join(string text, int start, int end, int lineEnd, List<SplitTokens.Joined> result)
    {
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, end - contextStart);
        var pieces = 0;
        var skipped = 0;
        var lineStart = lineEnd + 1;
        while (pieces < MaxPieces && lineStart < text.Length)
        {
            var next = text.IndexOf('\n', lineStart);
            var stop = next < 0 ? text.Length : next;
            var line = text.AsSpan(lineStart, stop - lineStart).TrimEnd(" \t.");
            var tokenStart = line.Length;
            while (tokenStart > 0 && IsTokenChar(line[tokenStart - 1]))
            {
                tokenStart--;
            }
            var token = line[tokenStart..];
            if (line.Length <= MaxLine && token.Length >= 3 && LooksRandom(token))
            {
                joined.Copy(text, lineStart + tokenStart, token.Length);
                pieces++;
                skipped = 0;
                result.Add(new SplitTokens.Joined(contextStart, lineStart + tokenStart + token.Length, joined.Text, joined.Map));
            }
            else if (++skipped > 1 || line.Length > MaxLine)
            {
                return;
            }
            if (next < 0)
            {
                return;
            }
            lineStart = next + 1;
        }
    }

    private static int TokenEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && IsTokenChar(text[end]))
        {
            end++;
        }
        return end;
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static bool LooksRandom(ReadOnlySpan<char> token) =>
        token.ContainsAnyInRange('0', '9') || (token.ContainsAnyInRange('A', 'Z') && token.ContainsAnyInRange('a', 'z'));
}
