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
        var i = 0;
        while ((i = text.IndexOf(' ', i)) >= 0)
        {
            // A quad ends just before this space and starts a token.
            var start = i - 4;
            if (start < 0 || !IsQuad(text, start) || (start > 0 && IsBase64(text[start - 1])))
            {
                i++;
                continue;
            }
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
            var end = at < text.Length && text[at - 1] == ' ' ? at - 1 : at;
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
            i = Math.Max(end, i + 1);
        }
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
