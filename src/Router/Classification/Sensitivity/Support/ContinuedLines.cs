using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A number cut over consecutive lines of one text, each later piece after a line prefix that says "this goes on":
/// a numbered part or message ("msg 2:", "part 2/2", "2/2:", "(continued)", "second half:", "last 8:", 第二条：, 后半段,
/// 后面是, 后8位, 下一条, 剩下的, 续), or the same chat speaker again ("[10:01] Anna: 453914" / "[10:01] Anna: 880343",
/// "Anna (10:01): …"). The first piece ends its line;
/// the pieces' digits, after a little of the text before the first (its label: "my card is", 身份证, "IBAN"), are added
/// as one number, and the detectors judge it as they judge any number: a checksum (Luhn, mod 97, GB 11643) or a label.
/// Lines without such a prefix are <see cref="DigitChains"/>' and <see cref="SplitTokens"/>' own.
/// </summary>
internal static partial class ContinuedLines
{
    private const int MinDigits = 8;
    private const int MaxDigits = 34;
    private const int MaxParts = 4;
    private const int Context = 32;
    private const int MaxSpeakerPrefix = 40;

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        for (var br = text.IndexOf('\n'); br > 0; br = text.IndexOf('\n', br + 1))
        {
            var end1 = TrimLineEnd(text, LineStart(text, br), br);
            if (end1 == 0 || !EndsInDigit(text, end1))
            {
                continue;
            }
            var lineStart = LineStart(text, br);
            var start1 = ChainStartBackward(text, lineStart, end1);
            var digits = CountDigits(text, start1, end1);
            if (digits < 2)
            {
                continue;
            }
            var speaker = Speaker(text, lineStart, start1);
            var parts = new List<(int Start, int End)> { (start1, end1) };
            var lineBreak = br;
            while (parts.Count < MaxParts && lineBreak + 1 < text.Length)
            {
                var next = lineBreak + 1;
                var nextBreak = text.IndexOf('\n', next);
                var nextEnd = nextBreak < 0 ? text.Length : nextBreak;
                var valueStart = PieceStart(text, next, nextEnd, speaker, out var wholeLine);
                if (valueStart < 0)
                {
                    break;
                }
                var valueEnd = ChainEndForward(text, valueStart, nextEnd);
                var pieceDigits = CountDigits(text, valueStart, valueEnd);
                var lineRest = TrimLineEnd(text, valueEnd, nextEnd);
                if (pieceDigits < 2 || (wholeLine && lineRest != valueEnd))
                {
                    break;
                }
                parts.Add((valueStart, valueEnd));
                digits += pieceDigits;
                // Only a piece that ends its line may go on in the next.
                if (lineRest != valueEnd || nextBreak < 0)
                {
                    break;
                }
                lineBreak = nextBreak;
            }
            if (parts.Count < 2 || digits is < MinDigits or > MaxDigits)
            {
                continue;
            }
            Add(text, lineStart, parts, result);
            br = Math.Max(br, LineStart(text, parts[^1].End) - 1);
        }
    }

    private static void Add(string text, int lineStart, List<(int Start, int End)> parts, List<SplitTokens.Joined> result)
    {
        var contextStart = Math.Max(lineStart, parts[0].Start - Context);
        var joined = new MappedText();
        joined.Copy(text, contextStart, parts[0].Start - contextStart);
        foreach (var (start, end) in parts)
        {
            for (var k = start; k < end; k++)
            {
                if (char.IsAsciiLetterOrDigit(text[k]))
                {
                    joined.Copy(text, k, 1);
                }
            }
        }
        result.Add(new SplitTokens.Joined(contextStart, parts[^1].End, joined.Text, joined.Map));
    }

    /// <summary>
    /// Where the piece on the line [start, end) starts: after a continuation marker, or after the same chat speaker's
    /// prefix (then the piece must fill the rest of the line: <paramref name="wholeLine"/>); -1 if the line has neither.
    /// </summary>
    private static int PieceStart(string text, int start, int end, (int Start, int End, int PrefixEnd)? speaker, out bool wholeLine)
    {
        wholeLine = false;
        if (end - start < 2)
        {
            return -1;
        }
        var line = text.AsSpan(start, end - start);
        if (speaker is { } name && Speaker(text, start, end) is { } again
            && text.AsSpan(again.Start, again.End - again.Start).Equals(text.AsSpan(name.Start, name.End - name.Start), StringComparison.OrdinalIgnoreCase))
        {
            var at = SkipConnector(text, again.PrefixEnd, end);
            wholeLine = true;
            return at < end && char.IsAsciiDigit(text[at]) ? at : -1;
        }
        foreach (var match in Marker().EnumerateMatches(line))
        {
            var at = start + match.Index + match.Length;
            return match.Index == 0 && match.Length > 0 && at < end && char.IsAsciiDigit(text[at]) ? at : -1;
        }
        return -1;
    }

    /// <summary>
    /// A chat line's speaker: an optional time ("[10:01]", "10:01 PM", "[2024-05-06 10:01]") then a name of one to three
    /// words and a colon, all before <paramref name="limit"/>; null if the line has no such prefix.
    /// </summary>
    private static (int Start, int End, int PrefixEnd)? Speaker(string text, int lineStart, int limit)
    {
        var length = Math.Min(limit - lineStart, MaxSpeakerPrefix);
        if (length <= 2 || text.AsSpan(lineStart, length).IndexOfAny(':', '：') < 0)
        {
            return null;
        }
        var match = SpeakerPrefix().Match(text, lineStart, length);
        var name = match.Groups["name"];
        return match.Success ? (name.Index, name.Index + name.Length, match.Index + match.Length) : null;
    }

    private static int SkipConnector(string text, int at, int end)
    {
        while (at < end && text[at] is ' ' or '\t')
        {
            at++;
        }
        return at;
    }

    /// <summary>The start of the digit chain ending at <paramref name="end"/>: digit groups joined by one ' ', '-' or '.', led by an IBAN's country code.</summary>
    private static int ChainStartBackward(string text, int lineStart, int end)
    {
        var start = end;
        if (start > lineStart && text[start - 1] is 'X' or 'x')
        {
            start--;
        }
        while (start > lineStart)
        {
            if (char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }
            else if (text[start - 1] is ' ' or '-' or '.' && start - 2 >= lineStart && char.IsAsciiDigit(text[start - 2]))
            {
                start--;
            }
            else
            {
                break;
            }
        }
        // "DE89 3704": two capitals glued before the first group are an IBAN's country code.
        if (start - 2 >= lineStart && char.IsAsciiLetterUpper(text[start - 1]) && char.IsAsciiLetterUpper(text[start - 2])
            && (start - 2 == lineStart || !char.IsAsciiLetter(text[start - 3])))
        {
            start -= 2;
        }
        // A chain glued to a word ("abc123") is that word's, not a number.
        return start > lineStart && char.IsAsciiLetterOrDigit(text[start - 1]) ? end : start;
    }

    private static int ChainEndForward(string text, int start, int lineEnd)
    {
        var end = start;
        while (end < lineEnd)
        {
            if (char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            else if (text[end] is ' ' or '-' or '.' && end + 1 < lineEnd && char.IsAsciiDigit(text[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }
        if (end < lineEnd && text[end] is 'X' or 'x' && (end + 1 == lineEnd || !char.IsAsciiLetterOrDigit(text[end + 1])))
        {
            end++;
        }
        // Glued to a word after ("0343abc") or a unit: no piece.
        return end < lineEnd && char.IsAsciiLetter(text[end]) ? start : end;
    }

    private static bool EndsInDigit(string text, int end) =>
        char.IsAsciiDigit(text[end - 1]) || (text[end - 1] is 'X' or 'x' && end > 1 && char.IsAsciiDigit(text[end - 2]));

    private static int LineStart(string text, int at)
    {
        var before = at > 0 ? text.LastIndexOf('\n', at - 1) : -1;
        return before + 1;
    }

    /// <summary>The end of [start, end) without its trailing spaces, '\r' and sentence punctuation.</summary>
    private static int TrimLineEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\t' or '\r' or ',' or '.' or ';' or '，' or '。' or '；')
        {
            end--;
        }
        return end;
    }

    private static int CountDigits(string text, int start, int end)
    {
        var count = 0;
        for (var k = start; k < end; k++)
        {
            count += char.IsAsciiDigit(text[k]) ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// A continuation marker at a line's start (one or two: "第二条：后半段"), with the separators and the "is" after it.
    /// "then", "and" and bare list numbers ("2)") are no markers: lists of figures use them.
    /// </summary>
    [GeneratedRegex(@"^[ \t>*•-]*(?:(?:(?i:(?:msg|message|part|pt|piece|segment|chunk)[ \t]*#?[ \t]*(?:[0-9]{1,2}|one|two|three|four|first|second|third|fourth|last|final|1st|2nd|3rd|4th)(?:[ \t]*(?:/|of)[ \t]*[0-9]{1,2})?|[(\[]?[1-9][ \t]*/[ \t]*[1-9][)\]]|[1-9]/[1-9](?=[ \t]*:)|(?:the[ \t]+)?(?:last|final|next|remaining|other)[ \t]+[0-9]{1,2}(?:[ \t]+digits)?|[(\[]?(?:continued|cont'd|cont’d|contd|cont\.?|ctd)[)\]]?|(?:and[ \t]+)?(?:then[ \t]+)?(?:the[ \t]+)?(?:second|2nd|other|last|latter|back)[ \t]+(?:half|part|bit|piece|digits)|(?:the[ \t]+)?(?:rest|remainder|remaining(?:[ \t]+digits)?))(?![A-Za-z])|第[一二三四五六七八九十两0-9]{1,3}[条段部分句个则]?(?:部分)?|[（(]?续[)）]?|(?:后面|最后|剩下|剩余)?[后末]?[0-9一二三四五六七八九十]{1,2}位(?:数字|号码)?|下一条|接下来的?|后半段|后半部分|后半|下半段|下半部分|后面的是|后面是|后面|剩下的是|剩下的|剩下|剩余的是|剩余的|剩余|接着是|接着|接上)[ \t]*(?:[:：,，)）–—-]+[ \t]*)?){1,2}(?:(?i:is|are|was)(?![A-Za-z])|是|为)?[ \t]*[:：]?[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>A chat line's prefix: an optional time in brackets or bare, then a name of one to three words, then a colon.</summary>
    [GeneratedRegex(@"^(?:\[[0-9][0-9:/. -]{2,22}(?:[ ]?[AaPp][Mm])?\][ \t]*|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ ]?[AaPp][Mm])?[ \t]+)?(?<name>\p{L}[\p{L}._']{0,15}(?:[ ]\p{L}[\p{L}._']{0,15}){0,2})(?:[ ]?[(\[][0-9][0-9:/. -]{2,22}(?:[ ]?[AaPp][Mm])?[)\]])?[:：]", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerPrefix();
}
