using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Numbers spelled out digit by digit to slip past a filter (issue 15, fourth attack round): digit words in English,
/// Spanish, French, German, Italian and Portuguese ("four five three nine …", "FOUR-FIVE-…", "fourfivethreenine…", "cuatro cinco…", mixed
/// with digits, "oh" for zero inside a run) and
/// Chinese digits (一二三…, 〇/零, 幺, 两, the financial forms 壹贰叁…, spaced or not, a final X). A run of at least
/// seven digits, four of them spelled (English), is added as digits after a little of the text before it (labels), each
/// digit mapped to its word. Counting in prose ("one, two, three") stays short of that, and the detectors still decide
/// what the number is ("I have four one-bedroom units" has two).
/// </summary>
internal static class SpelledDigits
{
    private const int MinDigits = 7;
    private const int MinWords = 4;
    private const int MaxDigits = 24;
    private const int Context = 24;
    private const int TrailingContext = 4;

    /// <summary>Digit words (English, Spanish, French, German) and their values.</summary>
    private static readonly (string Word, int Value)[] Words =
    [
        .. new[] { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" }.Select((w, d) => (w, d)),
        .. new[] { "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve" }.Select((w, d) => (w, d)),
        .. new[] { "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf" }.Select((w, d) => (w, d)),
        .. new[] { "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun" }.Select((w, d) => (w, d)),
        // Italian and Portuguese (seventh attack round).
        .. new[] { "zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove" }.Select((w, d) => (w, d)),
        .. new[] { "zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove" }.Select((w, d) => (w, d)),
        ("tres", 3), ("uma", 1), ("duas", 2),
        ("oh", 0), ("une", 1), ("ein", 1), ("funf", 5), ("fuenf", 5),
    ];

    // Where a run may be found: ASCII words of three letters or more (one vectorised search; "un", "oh", "zéro",
    // "fünf" only inside a run; "null" is code's).
    private static readonly SearchValues<string> WordSearch = SearchValues.Create(
        [.. Words.Select(w => w.Word).Where(w => w.Length >= 3 && System.Text.Ascii.IsValid(w) && w is not ("null" or "une" or "ein")).Distinct()], StringComparison.OrdinalIgnoreCase);
    private static readonly DigitWordStarts WordStarts = new(Words.Select(w => w.Word), WordSearch);
    private const string HanDigits = "零〇一二三四五六七八九幺两壹贰叁肆伍陆柒捌玖貳參陸兩";
    private static readonly SearchValues<char> HanSearch = SearchValues.Create(HanDigits);

    /// <param name="plain">Stop at every hit of the word search instead of only where a run can start (tests compare the two).</param>
    /// <param name="walk">Walk the letter runs whatever the text's script (tests).</param>
    public static void Find(string text, List<SplitTokens.Joined> result, bool plain = false, bool walk = false)
    {
        English(text, result, plain ? false : walk || MostlyLatin(text));
        if (text.AsSpan().ContainsAnyInRange('\u3007', '\u9FFF'))
        {
            Chinese(text, result);
        }
        ForeignDigitWords.Find(text, result);
    }

    /// <summary>
    /// Whether the text is mostly ASCII (UTF-8 under 1.5 bytes a character: Chinese text is near 2), where walking the
    /// letter runs (<see cref="DigitWordStarts"/>) beats the word search; on Chinese the search, which skips non-ASCII at
    /// once, is cheaper. Both find the same.
    /// </summary>
    private static bool MostlyLatin(string text) => 2L * System.Text.Encoding.UTF8.GetByteCount(text) < 3L * text.Length;

    private static void English(string text, List<SplitTokens.Joined> result, bool walk)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = !walk ? text.AsSpan(i).IndexOfAny(WordSearch) : WordStarts.Next(text, i) is >= 0 and var next ? next - i : -1;
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }
            // Most hits are inside ordinary words ("someone", "weight"), or one digit word in prose: checked without
            // allocating before the run is read.
            var wordEnd = TokenEnd(text, start);
            if (!LikelyRun(text, start, wordEnd))
            {
                i = Math.Max(wordEnd, i + at + 1);
                continue;
            }
            start = StepBack(text, start, i);
            var joined = new MappedText();
            var digits = 0;
            var words = 0;
            var pos = start;
            var end = start;
            while (pos < text.Length)
            {
                var tokenEnd = TokenEnd(text, pos);
                var (tokenDigits, tokenWords) = ReadToken(text, pos, tokenEnd, joined, first: words == 0 && digits == 0);
                if (tokenDigits == 0)
                {
                    break;
                }
                digits += tokenDigits;
                words += tokenWords;
                end = tokenEnd;
                pos = GapEnd(text, tokenEnd);
                if (pos < 0 || digits > MaxDigits)
                {
                    break;
                }
            }
            if (words >= MinWords && digits is >= MinDigits and <= MaxDigits)
            {
                Add(text, start, end, joined, result);
            }
            i = Math.Max(end, i + at + 1);
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }
    }

    /// <summary>Whether the token [start, end) is digit words and, unless it holds several, the next token is a digit too.</summary>
    private static bool LikelyRun(string text, int start, int end)
    {
        var words = WordCount(text.AsSpan(start, end - start));
        if (words == 0)
        {
            return false;
        }
        if (words >= MinWords)
        {
            return true;
        }
        var next = GapEnd(text, end);
        if (next < 0)
        {
            return false;
        }
        var nextToken = text.AsSpan(next, TokenEnd(text, next) - next);
        return (nextToken.Length <= 4 && !nextToken.ContainsAnyExceptInRange('0', '9')) || WordCount(nextToken) > 0;
    }

    /// <summary>The number of digit words <paramref name="token"/> is made of, or 0.</summary>
    private static int WordCount(ReadOnlySpan<char> token)
    {
        var words = 0;
        for (var at = 0; at < token.Length;)
        {
            var length = 0;
            var first = token[at];
            foreach (var (word, _) in Words)
            {
                if (word.Length > length && SameFirst(first, word) && token[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    length = word.Length;
                }
            }
            if (length == 0)
            {
                return 0;
            }
            words++;
            at += length;
        }
        return words;
    }

    /// <summary>
    /// False only where <paramref name="c"/> cannot start <paramref name="word"/> ignoring case: every word starts with a
    /// lower-case ASCII letter, which an ASCII character equals ignoring case only as itself or its capital; a non-ASCII
    /// character ("ſ" is "s" to the case-insensitive comparison) is left to the full comparison.
    /// </summary>
    private static bool SameFirst(char c, string word) => c >= 128 || (c | 0x20) == word[0];

    private static int TokenEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }
        return end;
    }

    /// <summary>
    /// Back over the digit tokens and digit words just before <paramref name="start"/> ("4 five 3 nine": the run is
    /// found at "five"), not before <paramref name="floor"/>.
    /// </summary>
    private static int StepBack(string text, int start, int floor)
    {
        var probe = new MappedText();
        while (true)
        {
            var gap = start;
            while (gap > floor && start - gap < 3 && text[gap - 1] is ' ' or ',' or '-' or '.' or '/' or '_' or '|' or '\t')
            {
                gap--;
            }
            var token = gap;
            while (token > floor && char.IsLetterOrDigit(text[token - 1]))
            {
                token--;
            }
            if (gap == start || token == gap || ReadToken(text, token, gap, probe, first: false).Digits == 0)
            {
                return start;
            }
            start = token;
        }
    }

    /// <summary>
    /// Appends the digits of one token: 1-4 ASCII digits, or digit words glued together ("fourfive"); "oh" counts as
    /// zero except first. Returns (digits, words), or (0, 0) when the token is something else.
    /// </summary>
    private static (int Digits, int Words) ReadToken(string text, int from, int to, MappedText joined, bool first)
    {
        if (to == from)
        {
            return (0, 0);
        }
        var token = text.AsSpan(from, to - from);
        if (!token.ContainsAnyExceptInRange('0', '9'))
        {
            if (token.Length > 4)
            {
                return (0, 0);
            }
            joined.Copy(text, from, to - from);
            return (token.Length, 0);
        }
        var mark = joined.Length;
        var words = 0;
        for (var at = 0; at < token.Length;)
        {
            var value = -1;
            var length = 0;
            var c = token[at];
            foreach (var (word, digit) in Words)
            {
                if (word.Length > length && SameFirst(c, word) && (word != "oh" || !first) && token[at..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    (value, length) = (digit, word.Length);
                }
            }
            if (value < 0)
            {
                joined.TrimTo(mark);
                return (0, 0);
            }
            joined.Add((char)('0' + value), from + at, from + at + length);
            words++;
            at += length;
        }
        return (words, words);
    }

    /// <summary>The start of the next token after a gap of up to three spaces, commas, dashes or dots, or -1.</summary>
    private static int GapEnd(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 3 && text[end] is ' ' or ',' or '-' or '.' or '/' or '_' or '|' or '\t')
        {
            end++;
        }
        return end > at && end < text.Length && char.IsLetterOrDigit(text[end]) ? end : -1;
    }

    private static void Chinese(string text, List<SplitTokens.Joined> result)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAny(HanSearch);
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            var joined = new MappedText();
            var digits = 0;
            var han = 0;
            var pos = start;
            var end = start;
            while (pos < text.Length)
            {
                var c = text[pos];
                var value = HanValue(c);
                if (value >= 0)
                {
                    joined.Add((char)('0' + value), pos, pos + 1);
                    han++;
                }
                else if (char.IsAsciiDigit(c) || (c is 'X' or 'x' && digits >= 14))
                {
                    joined.Copy(text, pos, 1);
                }
                else if (c is ' ' or '-' or '、' or '，' or ',' or '　' or '・' or '･' && pos + 1 < text.Length && (HanValue(text[pos + 1]) >= 0 || char.IsAsciiDigit(text[pos + 1])))
                {
                    pos++;
                    continue;
                }
                else
                {
                    break;
                }
                digits++;
                pos++;
                end = pos;
            }
            if (han >= MinWords && digits is >= MinDigits and <= MaxDigits)
            {
                Add(text, start, end, joined, result);
            }
            i = Math.Max(end, start + 1);
        }
    }

    private static int HanValue(char c) => c switch
    {
        // 洞, 拐 and 勾 are the radio reading of 0, 7 and 9 (幺洞拐), counted inside a run only (seventh attack round).
        '零' or '〇' or '洞' => 0,
        '一' or '幺' or '壹' => 1,
        '二' or '两' or '兩' or '贰' or '貳' => 2,
        '三' or '叁' or '參' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' or '陸' => 6,
        '七' or '柒' or '拐' => 7,
        '八' or '捌' => 8,
        '九' or '玖' or '勾' => 9,
        _ => -1,
    };

    private static void Add(string text, int start, int end, MappedText digits, List<SplitTokens.Joined> result)
    {
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        if (LooseDigits.Counting(digits.Tail(digits.Length)))
        {
            return;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        joined.Append(digits);
        // What follows too: a unit makes the number an amount ("一三八…万元").
        var after = end;
        while (after < text.Length && after - end < TrailingContext && text[after] != '\n')
        {
            after++;
        }
        joined.Copy(text, end, after - end);
        result.Add(new SplitTokens.Joined(contextStart, after, joined.Text, joined.Map));
    }
}
