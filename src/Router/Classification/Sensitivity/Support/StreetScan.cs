namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// What the street patterns' gates look for, found in two walks instead of one search per gate: one over the places a
/// word may start (the street words, as written and in any case, and the first words of the street-then-number and
/// military patterns), one over the digit runs (the Romance street type, the European street ending and the
/// number-before-town-line gates). Each list is what the gate's own search gives (<see cref="AddressGates"/>), or a
/// superset of the places the pattern can match from, in text order. One instance per thread, refilled per text.
/// </summary>
internal sealed class StreetScan
{
    [ThreadStatic]
    private static StreetScan? t_scan;

    /// <summary>Where <see cref="AddressGates.StreetWordPlaces"/> finds its words.</summary>
    public List<int> StreetWords { get; } = [];

    /// <summary>Where <see cref="AddressGates.AnyCaseStreetWordPlaces"/> finds its words (only for a text without odd case forms).</summary>
    public List<int> AnyCaseStreetWords { get; } = [];

    /// <summary>Word starts whose letters are one of StreetThenNumber's street words in some case: every place it can match from.</summary>
    public List<int> StreetThenNumberStarts { get; } = [];

    /// <summary>Word starts whose letters are one of Military's first words in some case (only for a text without odd case forms).</summary>
    public List<int> MilitaryStarts { get; } = [];

    /// <summary>Where <see cref="AddressGates.NumbersBeforeTownLine"/> finds its numbers.</summary>
    public List<int> NumbersBeforeTownLine { get; } = [];

    /// <summary>What <see cref="StreetAddress.HasNumberThenRomanceStreetType"/> says.</summary>
    public bool RomanceStreetType { get; private set; }

    /// <summary>What <see cref="AddressGates.HasEuropeanStreet"/> says.</summary>
    public bool EuropeanStreet { get; private set; }

    /// <summary>Whether the text holds a letter that case-insensitive patterns match more loosely (<see cref="AddressGates.HasOddCaseForms"/>).</summary>
    public bool OddCaseForms { get; private set; }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ExactStreetWords =
        new HashSet<string>(AddressGates.StreetWordList, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyCaseWords =
        new HashSet<string>(AddressGates.AnyCaseStreetWordList, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // StreetThenNumber's street words (StreetAddress.StreetThenNumberStarts) and Military's first words, as letters alone.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ThenNumberWords =
        new HashSet<string>(StreetAddress.StreetThenNumberWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MilitaryWords =
        new HashSet<string>(StreetAddress.MilitaryWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Per length of a word's ASCII letters (up to 15) and its upper-case first and last letters: which of the four lists a
    // word of that shape may join (1 exact street word, 2 any-case street word, 4 street-then-number, 8 military). Most words
    // join none.
    private const int ExactWord = 1;
    private const int AnyCaseWord = 2;
    private const int ThenNumberWord = 4;
    private const int MilitaryWord = 8;
    private static readonly byte[] Shapes = BuildShapes();

    private static byte[] BuildShapes()
    {
        var shapes = new byte[16 * 26 * 26];
        void Mark(IEnumerable<string> words, int flag)
        {
            foreach (var word in words)
            {
                // A word with other letters ("straße") is marked by its ASCII letters before the first other one.
                var ascii = word.TakeWhile(char.IsAsciiLetter).Count();
                shapes[Shape(ascii, word[0], word[ascii - 1])] |= (byte)flag;
            }
        }
        Mark(AddressGates.StreetWordList, ExactWord);
        Mark(AddressGates.AnyCaseStreetWordList, AnyCaseWord);
        Mark(StreetAddress.StreetThenNumberWords, ThenNumberWord);
        Mark(StreetAddress.MilitaryWords, MilitaryWord);
        return shapes;
    }

    // Both letters ASCII letters; the length at most 15.
    private static int Shape(int length, char first, char last) => (((length * 26) + ((first | 0x20) - 'a')) * 26) + ((last | 0x20) - 'a');

    /// <summary>
    /// Ranges that hold every decimal digit but the ASCII ones, and few other characters: the digits grouped where more than
    /// 0x2000 characters lie between them (so Han text, between the groups, falls in none).
    /// </summary>
    internal static readonly (char Low, char High)[] OtherDigitRanges = BuildOtherDigitRanges();

    private static (char Low, char High)[] BuildOtherDigitRanges()
    {
        var ranges = new List<(char Low, char High)>();
        for (var c = 128; c <= char.MaxValue; c++)
        {
            if (!char.IsDigit((char)c))
            {
                continue;
            }
            if (ranges.Count > 0 && c - ranges[^1].High <= 0x2000)
            {
                ranges[^1] = (ranges[^1].Low, (char)c);
            }
            else
            {
                ranges.Add(((char)c, (char)c));
            }
        }
        return [.. ranges];
    }

    public static StreetScan Of(string text)
    {
        var scan = t_scan ??= new StreetScan();
        scan.Fill(text);
        return scan;
    }

    private void Fill(string text)
    {
        StreetWords.Clear();
        AnyCaseStreetWords.Clear();
        StreetThenNumberStarts.Clear();
        MilitaryStarts.Clear();
        NumbersBeforeTownLine.Clear();
        OddCaseForms = AddressGates.HasOddCaseForms(text);
        ScanWords(text);
        ScanNumbers(text);
    }

    // Every place with no letter or digit before it and an ASCII letter there: the word's ASCII letters, by their shape
    // first, then looked up in the lists it may join.
    private void ScanWords(string text)
    {
        var span = text.AsSpan();
        for (var at = 0; at < span.Length;)
        {
            if (!char.IsAsciiLetter(span[at]))
            {
                at = CueSet.NextWordStart(span, at);
                continue;
            }
            var end = at + 1;
            while (end < span.Length && char.IsAsciiLetter(span[end]))
            {
                end++;
            }
            if (end - at <= 15 && Shapes[Shape(end - at, span[at], span[end - 1])] is var flags && flags != 0)
            {
                Classify(span, at, end, flags);
            }
            // The next word start: after the character that ends the word, unless the word goes on in digits or other letters.
            at = end == span.Length ? end : span[end] < 128 && !char.IsAsciiDigit(span[end]) ? end + 1 : CueSet.NextWordStart(span, end);
        }
    }

    private void Classify(ReadOnlySpan<char> span, int at, int end, byte flags)
    {
        var letters = span[at..end];
        if (at > 0 && char.IsWhiteSpace(span[at - 1]) && (flags & (ExactWord | AnyCaseWord)) != 0)
        {
            // The street word gates take a word that ends at a non-letter, non-digit: all its letters and digits.
            var wordEnd = end;
            while (wordEnd < span.Length && CharTable.IsLetterOrDigit(span[wordEnd]))
            {
                wordEnd++;
            }
            var word = span[at..wordEnd];
            if ((flags & ExactWord) != 0 && ExactStreetWords.Contains(word))
            {
                StreetWords.Add(at);
            }
            if ((flags & AnyCaseWord) != 0 && !OddCaseForms && AnyCaseWords.Contains(word))
            {
                AnyCaseStreetWords.Add(at);
            }
        }
        if ((flags & ThenNumberWord) != 0 && ThenNumberWords.Contains(letters))
        {
            StreetThenNumberStarts.Add(at);
        }
        if ((flags & MilitaryWord) != 0 && !OddCaseForms && MilitaryWords.Contains(letters))
        {
            MilitaryStarts.Add(at);
        }
    }

    // Every run of digits (of any script), once: the three number gates at its start.
    private void ScanNumbers(string text)
    {
        var span = text.AsSpan();
        RomanceStreetType = false;
        EuropeanStreet = false;
        // A text with no character in the ranges that hold the other decimal digits is searched for ASCII digits alone.
        var asciiDigitsOnly = true;
        foreach (var (low, high) in OtherDigitRanges)
        {
            asciiDigitsOnly &= !span.ContainsAnyInRange(low, high);
        }
        for (var from = 0; from < span.Length;)
        {
            var at = asciiDigitsOnly ? span[from..].IndexOfAnyInRange('0', '9') is var ascii and >= 0 ? from + ascii : -1 : AddressGates.IndexOfDigit(span, from);
            if (at < 0)
            {
                return;
            }
            var end = at + 1;
            while (end < span.Length && CharTable.IsDigit(span[end]))
            {
                end++;
            }
            from = end;
            var before = at;
            while (before > 0 && char.IsWhiteSpace(span[before - 1]))
            {
                before--;
            }
            // An ASCII digit run after white space starts a run of any digits too (white space is no digit).
            EuropeanStreet = EuropeanStreet || (before < at && char.IsAsciiDigit(span[at]) && AddressGates.EndsWithSuffix(span[..before]));
            RomanceStreetType = RomanceStreetType || StreetAddress.RomanceStreetTypeAfter(span, end);
            if (AddressGates.TownLineAfter(span, at, end, before))
            {
                NumbersBeforeTownLine.Add(at);
            }
        }
    }
}
