using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A number sent in Morse code (issue 15, eighth attack round): "....- .---- .---- .----" is 4111. Every Morse digit is
/// five symbols, so a run is decoded only where its groups could hold twelve digits or more; letters in the run are
/// decoded too ("-.-. .- .-. -.. / ....- …" reads "CARD 4…"), and the result is added after a little of the text before
/// it. Dots may be '.', '·' (folded to '.'), '•' or '∙'; dashes '-' (every dash folds to it), '_' or '−'; groups are
/// parted by spaces, '/', '|' or line breaks (a number sent over two messages), or written back to back when every five
/// symbols make a digit. Every digit's code holds
/// a doubled symbol, so the search starts only at ".." or "--" (or their look-alikes): prose costs one vectorised search.
/// </summary>
internal static class MorseDigits
{
    private const int MinDigits = 12;
    private const int Context = 24;

    // Twelve five-symbol groups with a separator between them.
    private const int MinLength = (MinDigits * 6) - 1;

    private static readonly SearchValues<string> Cues = SearchValues.Create(["..", "--", "••", "∙∙", "__", "−−"], StringComparison.Ordinal);

    // The ASCII cues alone: with non-ASCII values the search above walks an automaton over every character (~3-4 % of
    // every sample); text holding none of '•', '∙', '−' cannot match those, and this search is vectorised.
    private static readonly SearchValues<string> AsciiCues = SearchValues.Create(["..", "--", "__"], StringComparison.Ordinal);

    private static readonly Dictionary<string, char> Codes = new(StringComparer.Ordinal)
    {
        ["-----"] = '0', [".----"] = '1', ["..---"] = '2', ["...--"] = '3', ["....-"] = '4',
        ["....."] = '5', ["-...."] = '6', ["--..."] = '7', ["---.."] = '8', ["----."] = '9',
        [".-"] = 'A', ["-..."] = 'B', ["-.-."] = 'C', ["-.."] = 'D', ["."] = 'E', ["..-."] = 'F', ["--."] = 'G',
        ["...."] = 'H', [".."] = 'I', [".---"] = 'J', ["-.-"] = 'K', [".-.."] = 'L', ["--"] = 'M', ["-."] = 'N',
        ["---"] = 'O', [".--."] = 'P', ["--.-"] = 'Q', [".-."] = 'R', ["..."] = 'S', ["-"] = 'T', ["..-"] = 'U',
        ["...-"] = 'V', [".--"] = 'W', ["-..-"] = 'X', ["-.--"] = 'Y', ["--.."] = 'Z',
    };

    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> CodeLookup = Codes.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        if (text.Length < MinLength)
        {
            return;
        }
        var cues = text.AsSpan().ContainsAny('•', '∙', '−') ? Cues : AsciiCues;
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAny(cues);
            if (at < 0)
            {
                return;
            }
            // The run's first group, not before the last run read (a run that stopped at a group that is no code is
            // not read again from its start).
            var cue = i + at;
            var start = cue;
            while (start > i && (Symbol(text[start - 1]) != '\0' || (text[start - 1] is ' ' or '/' or '|' or '\n' && start - 1 > i && Symbol(text[start - 2]) != '\0')))
            {
                start--;
            }
            while (Symbol(text[start]) == '\0')
            {
                start++;
            }
            // Ellipses, "--flags" and markdown rules end long before twelve digits' worth of symbols: skipped unread.
            var stretch = start;
            while (stretch < text.Length && (Symbol(text[stretch]) != '\0' || text[stretch] is ' ' or '/' or '|' or '\n'))
            {
                stretch++;
            }
            i = stretch - start < MinDigits * 5 ? Math.Max(stretch, cue + 2) : Math.Max(Decode(text, start, result), cue + 2);
        }
    }

    /// <summary>Reads the run of groups at <paramref name="start"/>, adds it when it holds enough digits; returns its end.</summary>
    private static int Decode(string text, int start, List<SplitTokens.Joined> result)
    {
        var decoded = new MappedText();
        Span<char> code = stackalloc char[5];
        var digits = 0;
        var pos = start;
        var end = start;
        while (pos < text.Length)
        {
            var groupEnd = pos;
            while (groupEnd < text.Length && Symbol(text[groupEnd]) != '\0')
            {
                groupEnd++;
            }
            var length = groupEnd - pos;
            if (length == 0 || (groupEnd < text.Length && char.IsLetterOrDigit(text[groupEnd])))
            {
                break;
            }
            if (length <= 5 && Letter(text, pos, length, code) is { } c)
            {
                decoded.Add(c, pos, groupEnd);
                digits += char.IsAsciiDigit(c) ? 1 : 0;
            }
            else if (length % 5 == 0 && BackToBack(text, pos, groupEnd, code, decoded) is > 0 and var count)
            {
                digits += count;
            }
            else
            {
                break;
            }
            end = groupEnd;
            // One space parts letters; a '/' or '|' (or several spaces) parts words.
            var next = groupEnd;
            var word = false;
            while (next < text.Length && next - groupEnd < 4 && text[next] is ' ' or '/' or '|' or '\n')
            {
                word |= text[next] != ' ' || next > groupEnd;
                next++;
            }
            if (next == groupEnd)
            {
                break;
            }
            // A word break after a letter is a space; between digits it parts nothing ("....- / .---- / …" is one number).
            if (word && next < text.Length && Symbol(text[next]) != '\0' && !char.IsAsciiDigit(decoded.Tail(1)[0]))
            {
                decoded.Add(' ', groupEnd, next);
            }
            pos = next;
        }
        if (digits >= MinDigits)
        {
            Add(text, start, end, decoded, result);
        }
        return Math.Max(end, start + 1);
    }

    /// <summary>Five-symbol digits written back to back: their count, or 0 (nothing added) when any five make no digit.</summary>
    private static int BackToBack(string text, int from, int to, Span<char> code, MappedText decoded)
    {
        var mark = decoded.Length;
        for (var k = from; k < to; k += 5)
        {
            if (Letter(text, k, 5, code) is not { } c || !char.IsAsciiDigit(c))
            {
                decoded.TrimTo(mark);
                return 0;
            }
            decoded.Add(c, k, k + 5);
        }
        return (to - from) / 5;
    }

    private static char? Letter(string text, int from, int length, Span<char> code)
    {
        for (var k = 0; k < length; k++)
        {
            code[k] = Symbol(text[from + k]);
        }
        return CodeLookup.TryGetValue(code[..length], out var c) ? c : null;
    }

    /// <summary>'.' for a dot, '-' for a dash, else '\0'.</summary>
    private static char Symbol(char c) => c switch
    {
        '.' or '•' or '∙' or '⋅' => '.',
        '-' or '_' or '−' => '-',
        _ => '\0',
    };

    private static void Add(string text, int start, int end, MappedText decoded, List<SplitTokens.Joined> result)
    {
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        joined.Append(decoded);
        result.Add(new SplitTokens.Joined(contextStart, end, joined.Text, joined.Map));
    }
}
