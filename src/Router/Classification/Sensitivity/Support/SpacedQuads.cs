namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Base64 cut into groups of four by single spaces ("Y2Fy ZCA0 NTM5 …", issue 15, fourth attack round), joined so the
/// base64 pass sees one block: six or more groups of exactly four base64 characters (the last may be padded), half of
/// them at least mixing cases or holding a digit, '+' or '/', so a line of four-letter words is left alone.
/// </summary>
internal static class SpacedQuads
{
    private const int MinQuads = 6;

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        // Six quads of base64 all but never go without a digit: runs are found from one, so prose costs a digit search.
        var i = 0;
        while (i < text.Length)
        {
            var digit = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return;
            }
            digit += i;
            var tokenStart = digit;
            while (tokenStart > 0 && IsBase64(text[tokenStart - 1]))
            {
                tokenStart--;
            }
            var tokenEnd = digit;
            while (tokenEnd < text.Length && (IsBase64(text[tokenEnd]) || text[tokenEnd] == '='))
            {
                tokenEnd++;
            }
            if (tokenEnd - tokenStart != 4 || !IsQuad(text, tokenStart))
            {
                i = tokenEnd;
                continue;
            }
            // Back over the quads before it, then forward over the run.
            var start = tokenStart;
            while (start >= 5 && text[start - 1] == ' ' && IsQuad(text, start - 5) && (start == 5 || !IsBase64(text[start - 6])))
            {
                start -= 5;
            }
            var end = Run(text, start, result);
            i = Math.Max(end, tokenEnd);
        }
    }

    /// <summary>Reads the run of quads from <paramref name="start"/>, adds it when long enough; returns its end.</summary>
    private static int Run(string text, int start, List<SplitTokens.Joined> result)
    {
        var quads = 0;
        var coded = 0;
        var at = start;
        while (at + 4 <= text.Length && IsQuad(text, at) && (at + 4 == text.Length || text[at + 4] is ' ' or '\n' or '\r' or '.' or ',' or '"'))
        {
            quads++;
            coded += Coded(text.AsSpan(at, 4)) ? 1 : 0;
            at += 4;
            if (at + 1 >= text.Length || text[at] != ' ')
            {
                break;
            }
            at++;
        }
        if (quads == 0)
        {
            return start + 1;
        }
        var end = text[at - 1] == ' ' ? at - 1 : at;
        if (quads >= MinQuads && coded * 2 >= quads)
        {
            var joined = new MappedText();
            for (var q = start; q < end; q++)
            {
                if (text[q] != ' ')
                {
                    joined.Copy(text, q, 1);
                }
            }
            result.Add(new SplitTokens.Joined(start, end, joined.Text, joined.Map));
        }
        return Math.Max(end, start + 1);
    }

    private static bool IsQuad(string text, int at)
    {
        if (at + 4 > text.Length)
        {
            return false;
        }
        for (var k = 0; k < 4; k++)
        {
            if (!IsBase64(text[at + k]) && !(k >= 2 && text[at + k] == '=' && (k == 3 || text[at + 3] == '=')))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Coded(ReadOnlySpan<char> quad) =>
        (quad.ContainsAnyInRange('A', 'Z') && quad.ContainsAnyInRange('a', 'z')) || quad.ContainsAnyInRange('0', '9') || quad.ContainsAny('+', '/');

    private static bool IsBase64(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/';
}
