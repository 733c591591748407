namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Digits spelled one word each in Russian or Ukrainian ("четыре один один…") and in Japanese kana ("よん いち いち…",
/// "ヨン・イチ・イチ…", glued or parted by spaces, commas, '、' or '・'): issue 15, eighth attack round. Like
/// <see cref="SpelledDigits"/>, a run of seven digits or more, four of them words, is added as digits after a little of
/// the text before it, each digit mapped to its word; counting ("один, два, три…") is left alone. Each reader runs only
/// when the view holds its script.
/// </summary>
internal static class ForeignDigitWords
{
    private const int MinDigits = 7;
    private const int MinWords = 4;
    private const int MaxDigits = 24;
    private const int Context = 24;

    private static readonly (string Word, int Value)[] Cyrillic =
    [
        ("ноль", 0), ("нуль", 0), ("один", 1), ("одна", 1), ("одно", 1), ("два", 2), ("две", 2), ("три", 3), ("четыре", 4),
        ("пять", 5), ("шесть", 6), ("семь", 7), ("восемь", 8), ("девять", 9),
        ("чотири", 4), ("п'ять", 5), ("п’ять", 5), ("шість", 6), ("сім", 7), ("вісім", 8), ("дев'ять", 9), ("дев’ять", 9),
    ];

    // Japanese readings of the digits, hiragana and katakana; the long-vowel forms are how phone numbers are read.
    private static readonly (string Word, int Value)[] Kana =
    [
        .. Both([("ぜろ", 0), ("れい", 0), ("まる", 0), ("いち", 1), ("に", 2), ("にー", 2), ("さん", 3), ("よん", 4), ("し", 4),
            ("ご", 5), ("ごー", 5), ("ろく", 6), ("なな", 7), ("しち", 7), ("はち", 8), ("きゅう", 9), ("きゅー", 9), ("く", 9)]),
    ];

    private static readonly Script CyrillicScript = new('\u0400', '\u04FF', Cyrillic, WordStarts: true);
    private static readonly Script KanaScript = new('\u3041', '\u30FA', Kana, WordStarts: false);

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var span = text.AsSpan();
        if (span.ContainsAnyInRange(CyrillicScript.Low, CyrillicScript.High))
        {
            Scan(text, CyrillicScript, result);
        }
        if (span.ContainsAnyInRange(KanaScript.Low, KanaScript.High))
        {
            Scan(text, KanaScript, result);
        }
    }

    /// <summary>
    /// A script's block and its digit words, indexed by their (lower-case) first character, so each character of the
    /// script costs one array look-up unless a word starts with it. Where words are spaced (<paramref name="WordStarts"/>),
    /// a word counts only at a word's start and end ("три" is not read in "тридцать").
    /// </summary>
    private sealed record Script(char Low, char High, (string Word, int Value)[] Words, bool WordStarts)
    {
        public (string Word, int Value)[]?[] ByFirst { get; } = Index(Low, High, Words);

        private static (string Word, int Value)[]?[] Index(char low, char high, (string Word, int Value)[] words)
        {
            var index = new (string Word, int Value)[]?[high - low + 1];
            foreach (var group in words.GroupBy(w => w.Word[0]))
            {
                index[group.Key - low] = [.. group];
            }
            return index;
        }
    }

    /// <summary>
    /// Tries a run at each character of the script (at each word start where words are spaced), reading on past each run.
    /// </summary>
    private static void Scan(string text, Script script, List<SplitTokens.Joined> result)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAnyInRange(script.Low, script.High);
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            if (script.WordStarts && start > 0 && char.IsLetter(text[start - 1]))
            {
                i = start + 1;
                continue;
            }
            i = Math.Max(Run(text, start, script, result), start + 1);
        }
    }

    /// <summary>Reads digit words and short digit groups from <paramref name="start"/>; adds a long enough run; returns its end.</summary>
    private static int Run(string text, int start, Script script, List<SplitTokens.Joined> result)
    {
        if (Match(text, start, script, out _) == 0)
        {
            return start + 1;
        }
        var digits = new MappedText();
        var wordCount = 0;
        var pos = start;
        var end = start;
        while (pos < text.Length && digits.Length <= MaxDigits)
        {
            if (Match(text, pos, script, out var value) is > 0 and var length)
            {
                digits.Add((char)('0' + value), pos, pos + length);
                wordCount++;
                pos += length;
            }
            else if (char.IsAsciiDigit(text[pos]))
            {
                digits.Copy(text, pos, 1);
                pos++;
            }
            else
            {
                break;
            }
            end = pos;
            var gap = pos;
            while (gap < text.Length && gap - pos < 3 && text[gap] is ' ' or ',' or '-' or '.' or '/' or '、' or '，' or '・' or '･' or '\u3000')
            {
                gap++;
            }
            pos = gap;
        }
        if (wordCount >= MinWords && digits.Length is >= MinDigits and <= MaxDigits && !LooseDigits.Counting(digits.Tail(digits.Length)))
        {
            Add(text, start, end, digits, result);
        }
        return end;
    }

    /// <summary>
    /// The length of the longest digit word at <paramref name="at"/> (ignoring case), else 0. Spaced words end where
    /// the word does, or run straight into the next digit word ("четыреодин"); "три" is not read in "тридцать".
    /// </summary>
    private static int Match(string text, int at, Script script, out int value)
    {
        var length = Longest(text, at, script, out value);
        return length > 0 && script.WordStarts && at + length < text.Length && char.IsLetter(text[at + length])
            && Longest(text, at + length, script, out _) == 0
            ? 0
            : length;
    }

    private static int Longest(string text, int at, Script script, out int value)
    {
        value = -1;
        var first = char.ToLowerInvariant(text[at]);
        if (first < script.Low || first > script.High || script.ByFirst[first - script.Low] is not { } words)
        {
            return 0;
        }
        var length = 0;
        var rest = text.AsSpan(at);
        foreach (var (word, digit) in words)
        {
            if (word.Length > length && rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                (value, length) = (digit, word.Length);
            }
        }
        return length;
    }

    /// <summary>Each hiragana reading and its katakana twin (the blocks are 0x60 apart; 'ー' is shared).</summary>
    private static IEnumerable<(string, int)> Both((string Word, int Value)[] hiragana) =>
        hiragana.SelectMany(w => new[] { (w.Word, w.Value), (new string([.. w.Word.Select(c => c is >= '\u3041' and <= '\u3096' ? (char)(c + 0x60) : c)]), w.Value) });

    private static void Add(string text, int start, int end, MappedText digits, List<SplitTokens.Joined> result)
    {
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        joined.Append(digits);
        result.Add(new SplitTokens.Joined(contextStart, end, joined.Text, joined.Map));
    }
}
