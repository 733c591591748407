using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Identifiers cut apart to dodge a filter, rejoined so that detectors can read them whole; a model reading the text
/// rejoins them just as easily. Two shapes: a token broken by line breaks (inside one message, across content parts
/// or across messages: "AKIAJX\nO4E52…", "sk-9\nCzFB\nQu9K…"), and a token cut into short groups by one repeated
/// separator ("AKIA-JXO4-E52I…", "DE81|5883|9010…", "3 7 5 7 5 1 0 …", "ghp_・GcMT・rmwI…"). Each rejoined form keeps a
/// little of the text before it (labels such as "card" or "身份证") and must hold a digit and be 10+ characters long.
/// Digit groups joined by one space, '-', '.' or one line break are left to <see cref="DigitChains"/>.
/// </summary>
internal static class SplitTokens
{
    private const int MaxToken = 96;
    private const int Context = 24;
    private const int MinJoined = 10;
    private const int MaxGroup = 8;

    private static readonly SearchValues<char> Separators = SearchValues.Create("-./_|·:~*,・．\\+");

    public readonly record struct Joined(int Start, int End, string Text);

    /// <summary>Rejoined forms in <paramref name="text"/> (the view), each with the view range it stands for.</summary>
    public static List<Joined> Find(string text)
    {
        var result = new List<Joined>();
        if (text.Contains('\n'))
        {
            AcrossLineBreaks(text, result);
        }
        if (text.AsSpan().ContainsAny(Separators) || text.Contains(' '))
        {
            SeparatedGroups(text, result);
        }
        return result;
    }

    private static void AcrossLineBreaks(string text, List<Joined> result)
    {
        var i = 0;
        while ((i = text.IndexOf('\n', i)) >= 0)
        {
            var before = i > 0 && text[i - 1] == '\r' ? i - 1 : i;
            var after = NextLineStart(text, i);
            if (before == 0 || after < 0 || !IsTokenChar(text[before - 1]) || !IsTokenChar(text[after]))
            {
                i++;
                continue;
            }
            var tokenStart = before - 1;
            while (tokenStart > 0 && IsTokenChar(text[tokenStart - 1]) && before - tokenStart < MaxToken)
            {
                tokenStart--;
            }
            var joined = new StringBuilder();
            var contextStart = ContextStart(text, tokenStart);
            joined.Append(text, contextStart, before - contextStart);
            var token = before - tokenStart;
            var digits = text.AsSpan(tokenStart, before - tokenStart).ContainsAnyInRange('0', '9');
            var pureDigits = !text.AsSpan(tokenStart, before - tokenStart).ContainsAnyExcept(DigitsOrX);
            var doubled = after - i > 1;
            var end = after;
            while (true)
            {
                var tokenEnd = end;
                while (tokenEnd < text.Length && IsTokenChar(text[tokenEnd]) && tokenEnd - end < MaxToken)
                {
                    tokenEnd++;
                }
                joined.Append(text, end, tokenEnd - end);
                token += tokenEnd - end;
                digits |= text.AsSpan(end, tokenEnd - end).ContainsAnyInRange('0', '9');
                pureDigits &= !text.AsSpan(end, tokenEnd - end).ContainsAnyExcept(DigitsOrX);
                var breakAt = tokenEnd < text.Length && text[tokenEnd] == '\r' ? tokenEnd + 1 : tokenEnd;
                var next = breakAt < text.Length && text[breakAt] == '\n' ? NextLineStart(text, breakAt) : -1;
                if (next < 0 || !IsTokenChar(text[next]))
                {
                    end = tokenEnd;
                    break;
                }
                doubled |= next - breakAt > 1;
                end = next;
            }
            // Digit groups over single line breaks are DigitChains' already.
            if (digits && token >= MinJoined && !(pureDigits && !doubled))
            {
                result.Add(new Joined(contextStart, end, joined.ToString()));
            }
            i = end;
        }
    }

    /// <summary>The start of the next line after the break at <paramref name="at"/> (one blank line allowed), or -1.</summary>
    private static int NextLineStart(string text, int at)
    {
        var next = at + 1;
        if (next < text.Length && text[next] == '\r')
        {
            next++;
        }
        if (next < text.Length && text[next] == '\n')
        {
            next++;
        }
        return next < text.Length ? next : -1;
    }

    /// <summary>
    /// Runs of three or more short letter-and-digit groups joined by the same separator each time (with a space on
    /// either side or not), or of six or more groups of one or two characters joined by single spaces.
    /// </summary>
    private static void SeparatedGroups(string text, List<Joined> result)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]) || (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }
            var first = GroupEnd(text, i);
            var gapEnd = GapEnd(text, first, out var separator);
            if (gapEnd < 0 || gapEnd >= text.Length || !char.IsAsciiLetterOrDigit(text[gapEnd]))
            {
                i = first;
                continue;
            }
            var gap = text.AsSpan(first, gapEnd - first);
            var spaced = separator == ' ';
            if (first - i > MaxGroup || (spaced && first - i > 2))
            {
                i = first;
                continue;
            }
            var groups = 1;
            var letters = first - i;
            var digits = text.AsSpan(i, first - i).ContainsAnyInRange('0', '9');
            var onlyDigits = !text.AsSpan(i, first - i).ContainsAnyExceptInRange('0', '9');
            var end = first;
            var next = gapEnd;
            var shortInner = first - i < 3 ? 1 : 0;
            while (next < text.Length && char.IsAsciiLetterOrDigit(text[next]))
            {
                var groupEnd = GroupEnd(text, next);
                if (groupEnd - next > MaxGroup || (spaced && groupEnd - next > 2))
                {
                    break;
                }
                if (groupEnd - next < 3 && groupEnd + gap.Length < text.Length && text.AsSpan(groupEnd, gap.Length).SequenceEqual(gap))
                {
                    shortInner++;
                }
                groups++;
                letters += groupEnd - next;
                digits |= text.AsSpan(next, groupEnd - next).ContainsAnyInRange('0', '9');
                onlyDigits &= !text.AsSpan(next, groupEnd - next).ContainsAnyExceptInRange('0', '9');
                end = groupEnd;
                if (groupEnd + gap.Length >= text.Length || !text.AsSpan(groupEnd, gap.Length).SequenceEqual(gap))
                {
                    break;
                }
                next = groupEnd + gap.Length;
            }
            // Digit groups (an ID's final X included) joined by one '-' or '.' are DigitChains' already.
            var digitChain = (onlyDigits || DigitsThenX(text, i, end)) && separator is '-' or '.' && gap.Length == 1;
            if (groups >= (spaced ? 6 : 3) && digits && letters >= MinJoined && !digitChain
                && (spaced || !onlyDigits || shortInner == 0))
            {
                Add(text, i, end, separator, result);
            }
            i = end;
        }
    }

    private static void Add(string text, int start, int end, char separator, List<Joined> result)
    {
        var contextStart = ContextStart(text, start);
        var joined = new StringBuilder(end - contextStart);
        var context = text.AsSpan(contextStart, start - contextStart);
        var trimmed = context.TrimEnd(' ');
        // "ghp_・GcMT・…": the separator glued to the prefix belongs to the cut, not to the token.
        if (separator != ' ' && trimmed.Length > 0 && trimmed[^1] == separator)
        {
            joined.Append(trimmed[..^1].TrimEnd(' '));
        }
        else
        {
            joined.Append(context);
        }
        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                joined.Append(c);
            }
        }
        result.Add(new Joined(contextStart, end, joined.ToString()));
    }

    private static bool DigitsThenX(string text, int start, int end) =>
        end - start > 1 && text[end - 1] is 'X' or 'x' && !text.AsSpan(start, end - start - 1).ContainsAnyExcept(DigitsAndSeparators);

    private static readonly SearchValues<char> DigitsOrX = SearchValues.Create("0123456789Xx");

    private static readonly SearchValues<char> DigitsAndSeparators = SearchValues.Create("0123456789-. ");

    private static int GroupEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }
        return end;
    }

    /// <summary>The end of a gap after a group: one separator with at most one space each side, or one space.</summary>
    private static int GapEnd(string text, int at, out char separator)
    {
        separator = '\0';
        var i = at;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        if (i < text.Length && Separators.Contains(text[i]))
        {
            separator = text[i];
            i++;
            if (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            return i;
        }
        if (i == at + 1)
        {
            separator = ' ';
            return i;
        }
        return -1;
    }

    private static int ContextStart(string text, int start)
    {
        var from = start;
        while (from > 0 && start - from < Context && text[from - 1] != '\n')
        {
            from--;
        }
        return from;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>Characters of keys, numbers and identifiers; code punctuation and prose end a fragment.</summary>
    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or '+' or '=' or ':' or '~';
}
