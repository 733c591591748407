using System.Buffers;

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

    /// <summary>A rejoined form: the view range it stands for, its text (a little context, then the token) and
    /// where each of its characters came from.</summary>
    public readonly record struct Joined(int Start, int End, string Text, OriginMap Map);

    /// <summary>Rejoined forms in <paramref name="text"/> (the view), each with the view range it stands for.</summary>
    /// <param name="plain">Scan every word for separated groups instead of only around digits (tests compare the two).</param>
    public static List<Joined> Find(string text, bool plain = false)
    {
        var result = new List<Joined>();
        if (text.Contains('\n'))
        {
            AcrossLineBreaks(text, result);
            AcrossInterjection(text, result);
            ContinuedLines.Find(text, result);
            KeyPieces.Find(text, result);
            CutPhones.Find(text, result);
        }
        if (text.AsSpan().ContainsAny(Separators) || text.Contains(' '))
        {
            SeparatedGroups(text, result, plain);
        }
        if (text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            SpacedChunks(text, result);
            Markup(text, result);
            LooseDigits.Find(text, result);
            LabelledPieces.Find(text, result);
            KeyHalves.Find(text, result);
            DigitLookalikes.Find(text, result);
            DecoyGroups.Find(text, result);
            FloatDigits.Find(text, result);
            SpelledTokens.Find(text, result);
        }
        if (text.AsSpan().ContainsAny('"', '\''))
        {
            QuotedCells.Find(text, result);
        }
        SpelledDigits.Find(text, result);
        MorseDigits.Find(text, result);
        PrefixedKeys.Find(text, result);
        MixedScriptTokens.Find(text, result);
        if (text.Contains(' '))
        {
            SpacedQuads.Find(text, result);
        }
        return result;
    }

    private static readonly SearchValues<char> MarkupCues = SearchValues.Create("<*`~_");

    /// <summary>
    /// A key or number cut by markup a reader drops: inline HTML tags ("4539&lt;b&gt;1488&lt;/b&gt;…"), markdown emphasis and code
    /// ("**4539** **1488**…", "`4539` `1488`…", "~~…~~", "__…__"). The stretch of the line around such a cut, with the
    /// markup removed and everything else kept ("ssn 536-22-4187"), is added when the cut sits between letters or
    /// digits and the stretch holds a digit.
    /// </summary>
    private static void Markup(string text, List<Joined> result)
    {
        var i = 0;
        var lastEnd = -1;
        while (i < text.Length)
        {
            var cue = text.AsSpan(i).IndexOfAny(MarkupCues);
            if (cue < 0)
            {
                return;
            }
            i += cue;
            var length = MarkupAt(text, i);
            if (length == 0)
            {
                i++;
                continue;
            }
            if (i < lastEnd || !CutsAToken(text, i, length))
            {
                i += length;
                continue;
            }
            // The stretch: back and forth over token characters, spaces and markup, within the line.
            var start = i;
            while (start > 0 && StretchChar(text, start - 1))
            {
                start--;
            }
            var end = i;
            while (end < text.Length)
            {
                var markup = MarkupAt(text, end);
                if (markup > 0)
                {
                    end += markup;
                }
                else if (StretchChar(text, end))
                {
                    end++;
                }
                else
                {
                    break;
                }
            }
            var contextStart = ContextStart(text, start);
            var joined = new MappedText();
            joined.Copy(text, contextStart, start - contextStart);
            var digits = false;
            for (var at = start; at < end;)
            {
                var markup = MarkupAt(text, at);
                if (markup > 0)
                {
                    at += markup;
                    continue;
                }
                // "<b>ghp_</b> <b>WFJ8</b>": a space between a closing and an opening marker only spaces the pieces out.
                if (text[at] == ' ' && at > start && text[at - 1] is '>' or '*' or '`' or '~' or '_' && at + 1 < end && MarkupAt(text, at + 1) > 0)
                {
                    at++;
                    continue;
                }
                digits |= char.IsAsciiDigit(text[at]);
                joined.Copy(text, at, 1);
                at++;
            }
            if (digits && joined.Length - (start - contextStart) >= MinJoined)
            {
                result.Add(new Joined(contextStart, end, joined.Text, joined.Map));
            }
            lastEnd = end;
            i = end;
        }
    }

    /// <summary>The length of the markup at <paramref name="at"/>: an HTML tag, or a run of '*', '`', '~~' or '__'; else 0.</summary>
    private static int MarkupAt(string text, int at)
    {
        var c = text[at];
        if (c == '<')
        {
            var from = at + 1 < text.Length && text[at + 1] == '/' ? at + 2 : at + 1;
            if (from >= text.Length || !char.IsAsciiLetter(text[from]))
            {
                return 0;
            }
            var close = text.IndexOf('>', from);
            if (close < 0 || close - at > MaxTag || text.AsSpan(at, close - at).IndexOfAny('\n', '<') >= 1)
            {
                return 0;
            }
            var name = text.AsSpan(from, close - from);
            var nameEnd = name.IndexOfAny(' ', '/');
            return InlineTags.Contains(nameEnd < 0 ? name : name[..nameEnd]) ? close - at + 1 : 0;
        }
        if (c is '*' or '`' || (c is '~' or '_' && at + 1 < text.Length && text[at + 1] == c))
        {
            var end = at;
            while (end < text.Length && text[end] == c)
            {
                end++;
            }
            // An opening or closing marker touches text on one side; one glued on both sides is a cut too
            // ("d**uQuo**4", "2200`5284`"), except a single '*': "2*3" is arithmetic, and " * " touches nothing.
            var touchesBefore = at > 0 && char.IsAsciiLetterOrDigit(text[at - 1]);
            var touchesAfter = end < text.Length && char.IsAsciiLetterOrDigit(text[end]);
            return touchesBefore != touchesAfter || (touchesBefore && (c != '*' || end - at > 1)) ? end - at : 0;
        }
        return 0;
    }

    private const int MaxTag = 40;

    /// <summary>Tags that style text within a line; block tags (cells, paragraphs, list items) do separate values.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineTags = new HashSet<string>(
        ["b", "i", "u", "s", "em", "strong", "span", "code", "a", "font", "mark", "small", "big", "sub", "sup", "del", "ins",
            "kbd", "samp", "var", "tt", "strike", "q", "abbr", "bdi", "bdo", "wbr", "B", "I", "U", "S", "EM", "STRONG", "SPAN", "CODE", "A", "FONT"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the markup at [at, at + length) has a letter or digit on each side (spaces and more markup aside).</summary>
    private static bool CutsAToken(string text, int at, int length)
    {
        var before = at - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }
        var after = at + length;
        while (after < text.Length && (text[after] == ' ' || MarkupAt(text, after) is > 0))
        {
            after += text[after] == ' ' ? 1 : MarkupAt(text, after);
        }
        return before >= 0 && after < text.Length && char.IsAsciiLetterOrDigit(text[before]) && char.IsAsciiLetterOrDigit(text[after])
            && (char.IsAsciiDigit(text[before]) || char.IsAsciiDigit(text[after]) || after - at - length < 1);
    }

    private static bool StretchChar(string text, int at) => IsTokenChar(text[at]) || text[at] == ' ';

    /// <summary>
    /// A key or number cut by spaces or tabs into a few chunks: two or more chunks of 4+ letters and digits, each
    /// holding both ("AKIA4HXQ 7TPL2M WZ9R3K"), or three or more digit groups with a wider gap than DigitChains
    /// bridges ("4539   1488  0343    6467", two tabs). Words of prose hold no digits, so they end a run at once.
    /// </summary>
    private static void SpacedChunks(string text, List<Joined> result)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Every chunk holds a digit: jump to the next one and back to its chunk's start.
            var digit = text.AsSpan(i).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                return;
            }
            var chunkStart = i + digit;
            while (chunkStart > i && IsChunkChar(text[chunkStart - 1]))
            {
                chunkStart--;
            }
            if (chunkStart > 0 && IsChunkChar(text[chunkStart - 1]))
            {
                i = ChunkEnd(text, i + digit);
                continue;
            }
            i = chunkStart;
            if (i > 0 && !IsSpace(text[i - 1]) && text[i - 1] is not ('(' or '"' or '\'' or ':'))
            {
                i = ChunkEnd(text, i + 1);
                continue;
            }
            var end = ChunkEnd(text, i);
            var kind = ChunkKind(text, i, end);
            if (kind == 0)
            {
                i = end;
                continue;
            }
            var chunks = 1;
            var firstLength = end - i;
            var wide = false;
            var last = end;
            var next = SpaceEnd(text, end);
            while (next > end && next < text.Length && char.IsAsciiLetterOrDigit(text[next]))
            {
                var nextEnd = ChunkEnd(text, next);
                if (ChunkKind(text, next, nextEnd) != kind)
                {
                    break;
                }
                wide |= next - last > 1 || text[last] == '\t';
                chunks++;
                last = nextEnd;
                next = SpaceEnd(text, nextEnd);
            }
            var joinedLength = 0;
            for (var at = i; at < last; at++)
            {
                joinedLength += char.IsAsciiLetterOrDigit(text[at]) ? 1 : 0;
            }
            if ((kind == Mixed && chunks >= 2 && joinedLength >= 16) || (kind == Digits && chunks >= 3 && wide && firstLength >= 3 && joinedLength >= 10))
            {
                Add(text, i, last, ' ', result, keepPunctuation: true);
            }
            i = Math.Max(last, i + 1);
        }
    }

    private const int Mixed = 1;
    private const int Digits = 2;

    private static int ChunkEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsChunkChar(text[end]))
        {
            end++;
        }
        return end;
    }

    private static bool IsChunkChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+' or '/';

    /// <summary>
    /// Digits: up to 8 digits and dashes (an ID's final X allowed: "246-", "002X"); Mixed: 4-40 characters with a letter
    /// and a digit; else 0.
    /// </summary>
    private static int ChunkKind(string text, int start, int end)
    {
        var chunk = text.AsSpan(start, end - start);
        if (chunk.Length > 40 || !chunk.ContainsAnyInRange('0', '9'))
        {
            return 0;
        }
        var body = chunk[^1] is 'X' or 'x' ? chunk[..^1] : chunk;
        if (!body.ContainsAnyExcept(DigitsAndDash))
        {
            return chunk.Length <= 8 ? Digits : 0;
        }
        return chunk.Length >= 4 && (chunk.ContainsAnyInRange('A', 'Z') || chunk.ContainsAnyInRange('a', 'z')) ? Mixed : 0;
    }

    private static readonly SearchValues<char> DigitsAndDash = SearchValues.Create("0123456789-");

    /// <summary>The end of one to four spaces or tabs at <paramref name="at"/> (no line break), or <paramref name="at"/>.</summary>
    private static int SpaceEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 4 && text[end] is ' ' or '\t')
        {
            end++;
        }
        return end;
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
            var joined = new MappedText();
            var contextStart = ContextStart(text, tokenStart);
            joined.Copy(text, contextStart, before - contextStart);
            var token = before - tokenStart;
            var digits = text.AsSpan(tokenStart, before - tokenStart).ContainsAnyInRange('0', '9');
            var pureDigits = !text.AsSpan(tokenStart, before - tokenStart).ContainsAnyExcept(DigitsOrX);
            var doubled = after - i > 1;
            var shortPiece = before - tokenStart < 3;
            var end = after;
            while (true)
            {
                var tokenEnd = end;
                while (tokenEnd < text.Length && IsTokenChar(text[tokenEnd]) && tokenEnd - end < MaxToken)
                {
                    tokenEnd++;
                }
                joined.Copy(text, end, tokenEnd - end);
                token += tokenEnd - end;
                digits |= text.AsSpan(end, tokenEnd - end).ContainsAnyInRange('0', '9');
                pureDigits &= !text.AsSpan(end, tokenEnd - end).ContainsAnyExcept(DigitsOrX);
                shortPiece |= tokenEnd - end < 3;
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
            // Digit groups over single line breaks are DigitChains' already, unless a piece of one or two digits (a
            // number cut into three messages: "22" / "005284" / "8166…") ends its chain there.
            if (digits && token >= MinJoined && !(pureDigits && !doubled && !shortPiece))
            {
                result.Add(new Joined(contextStart, end, joined.Text, joined.Map));
            }
            else if (digits && token >= MinJoined && LabelContext.NamedAs(text, tokenStart, LabelContext.PhoneLabels, LabelContext.BusinessLabels))
            {
                // A phone named by its label, one group per line ("手机 138" / "0013" / "8000", "call 0412" / "345" / "678"):
                // phone shapes read no line break, so the digits are added as one number, after the label line when the number
                // starts its own line. A column of figures under a heading ("call count" / "1200" / "3400") is not named so.
                result.Add(PhoneOverLines(text, tokenStart, end));
            }
            i = end;
        }
    }

    private static Joined PhoneOverLines(string text, int start, int end)
    {
        var contextStart = ContextStart(text, start);
        if (contextStart == start && start > 1)
        {
            contextStart = ContextStart(text, start - 1);
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        for (var k = start; k < end; k++)
        {
            if (char.IsAsciiDigit(text[k]))
            {
                joined.Copy(text, k, 1);
            }
        }
        return new Joined(contextStart, end, joined.Text, joined.Map);
    }

    private const int MaxInterjection = 40;

    /// <summary>
    /// A number cut in two around a short line of words without digits — another turn between two messages ("id 440106" /
    /// "go on" / "199001011235…"): the digit chain ending one line (3+ digits) and the one starting the line after the
    /// interjection are added as one number, after a little of the text before it, for the detectors to judge.
    /// </summary>
    private static void AcrossInterjection(string text, List<Joined> result)
    {
        for (var i = text.IndexOf('\n'); i > 0; i = text.IndexOf('\n', i + 1))
        {
            if (!char.IsAsciiDigit(text[i - 1]) && !(text[i - 1] is 'X' or 'x' && i > 1 && char.IsAsciiDigit(text[i - 2])))
            {
                continue;
            }
            var next = text.IndexOf('\n', i + 1);
            if (next < 0 || next - i - 1 > MaxInterjection || next + 1 >= text.Length || !char.IsAsciiDigit(text[next + 1])
                || text.AsSpan(i + 1, next - i - 1).ContainsAnyInRange('0', '9') || !HasLetter(text.AsSpan(i + 1, next - i - 1)))
            {
                continue;
            }
            var start = i;
            while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || (text[start - 1] is ' ' or '-' && start > 1 && char.IsAsciiDigit(text[start - 2]))))
            {
                start--;
            }
            var end = next + 1;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] is ' ' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            {
                end++;
            }
            if (end < text.Length && text[end] is 'X' or 'x')
            {
                end++;
            }
            if (CountDigits(text, start, i) < 3 || CountDigits(text, next + 1, end) < 3)
            {
                continue;
            }
            var contextStart = ContextStart(text, start);
            var joined = new MappedText();
            joined.Copy(text, contextStart, start - contextStart);
            foreach (var (from, to) in new[] { (start, i), (next + 1, end) })
            {
                for (var k = from; k < to; k++)
                {
                    if (char.IsAsciiLetterOrDigit(text[k]))
                    {
                        joined.Copy(text, k, 1);
                    }
                }
            }
            result.Add(new Joined(contextStart, end, joined.Text, joined.Map));
        }
    }

    // Blank lines between pieces are AcrossLineBreaks' own.
    private static bool HasLetter(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    private static int CountDigits(string text, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            count += char.IsAsciiDigit(text[k]) ? 1 : 0;
        }
        return count;
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
    private static void SeparatedGroups(string text, List<Joined> result, bool plain)
    {
        var i = 0;
        var digit = plain ? int.MaxValue : -1;
        while (i < text.Length)
        {
            if (digit < i)
            {
                // Only a run holding a digit is kept: skip to where the run that may hold the next digit can start.
                var ahead = text.AsSpan(i).IndexOfAnyInRange('0', '9');
                if (ahead < 0)
                {
                    return;
                }
                digit = i + ahead;
                i = RestartBefore(text, i, digit);
            }
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

    /// <summary>
    /// The last place at or before the group holding <paramref name="digit"/> (and not before <paramref name="from"/>)
    /// where the scan of <see cref="SeparatedGroups"/> is sure to stand whatever it did before: right after a
    /// character no run holds (not a letter, digit, space or separator), at the end of a group too long for a run, or
    /// at the start of the digit's own group when that is too long. No run crosses such a place, so the scan from
    /// <paramref name="from"/> reaches it having kept nothing (the text between holds no digit).
    /// </summary>
    private static int RestartBefore(string text, int from, int digit)
    {
        var groupStart = digit;
        while (groupStart > from && char.IsAsciiLetterOrDigit(text[groupStart - 1]))
        {
            groupStart--;
        }
        if (groupStart == from || GroupEnd(text, digit) - groupStart > MaxGroup)
        {
            return groupStart;
        }
        var at = groupStart;
        while (at > from)
        {
            var c = text[at - 1];
            if (char.IsAsciiLetterOrDigit(c))
            {
                var start = at - 1;
                while (start > from && char.IsAsciiLetterOrDigit(text[start - 1]))
                {
                    start--;
                }
                if (at - start > MaxGroup)
                {
                    return at;
                }
                at = start;
            }
            else if (c != ' ' && !Separators.Contains(c))
            {
                return at;
            }
            else
            {
                at--;
            }
        }
        return from;
    }

    private static void Add(string text, int start, int end, char separator, List<Joined> result, bool keepPunctuation = false)
    {
        var contextStart = ContextStart(text, start);
        var joined = new MappedText();
        var context = text.AsSpan(contextStart, start - contextStart);
        var trimmed = context.TrimEnd(' ');
        // "ghp_・GcMT・…": the separator glued to the prefix belongs to the cut, not to the token.
        if (separator != ' ' && trimmed.Length > 0 && trimmed[^1] == separator)
        {
            joined.Copy(text, contextStart, trimmed[..^1].TrimEnd(' ').Length);
        }
        else
        {
            joined.Copy(text, contextStart, context.Length);
        }
        // The kept characters, copied a run at a time.
        for (var i = start; i < end;)
        {
            var run = i;
            while (run < end && (char.IsAsciiLetterOrDigit(text[run]) || (keepPunctuation && !IsSpace(text[run]))))
            {
                run++;
            }
            if (run > i)
            {
                joined.Copy(text, i, run - i);
            }
            i = run + 1;
        }
        result.Add(new Joined(contextStart, end, joined.Text, joined.Map));
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
