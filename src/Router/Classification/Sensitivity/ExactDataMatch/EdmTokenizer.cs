namespace Router.Classification.Sensitivity.ExactDataMatch;

internal enum EdmUnitKind : byte
{
    Word,
    Number,
    /// <summary>One Han, kana or other unspaced-script character: such text is matched by character n-grams.</summary>
    Han,
}

/// <summary>One word, number or Han character: [Start, End) in the original text, its normalised form in the buffer.</summary>
internal readonly record struct EdmUnit(int Start, int End, int NormStart, int NormLength, EdmUnitKind Kind);

/// <summary>
/// Splits text into the units exact-data-match compares (normalisation version 1): words (letters), numbers (digits)
/// and single Han characters, each normalised by <see cref="EdmCharMap"/>. A letter-digit change starts a new unit, and
/// digit groups joined by at most two of <c> -./()</c> are one number, so <c>ACC-00123</c>, <c>acc00123</c>,
/// <c>DE89 3704 0044</c> and <c>+1 (555) 123-4567</c> compare as written without separators.
/// </summary>
internal static class EdmTokenizer
{
    /// <summary>The longest value, in units, that is registered and matched.</summary>
    public const int MaxUnits = 8;

    private const string NumberJoiners = " -./()";

    /// <summary>Splits <paramref name="text"/> into <paramref name="tokens"/> (cleared first).</summary>
    public static void Tokenize(ReadOnlySpan<char> text, EdmTokens tokens)
    {
        var units = tokens.Units;
        units.Clear();
        tokens.Length = 0;
        var open = false;
        var openKind = EdmUnitKind.Word;
        int start = 0, normStart = 0, lastEnd = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var mapped = EdmCharMap.Map(text[i]);
            if (mapped is null)
            {
                if (open)
                {
                    lastEnd = Close(tokens, start, i, normStart, openKind);
                    open = false;
                }
                continue;
            }
            foreach (var c in mapped)
            {
                var kind = KindOf(c);
                if (open && kind == openKind && kind != EdmUnitKind.Han)
                {
                    tokens.Append(c);
                    continue;
                }
                if (open)
                {
                    lastEnd = Close(tokens, start, i, normStart, openKind);
                }
                if (kind == EdmUnitKind.Number && units.Count > 0 && units[^1].Kind == EdmUnitKind.Number && JoinsNumbers(text, lastEnd, i))
                {
                    // Reopen the previous number: its digits continue.
                    var previous = units[^1];
                    units.RemoveAt(units.Count - 1);
                    start = previous.Start;
                    normStart = previous.NormStart;
                }
                else
                {
                    start = i;
                    normStart = tokens.Length;
                }
                open = true;
                openKind = kind;
                tokens.Append(c);
            }
            if (open && openKind == EdmUnitKind.Han)
            {
                lastEnd = Close(tokens, start, i + 1, normStart, openKind);
                open = false;
            }
        }
        if (open)
        {
            Close(tokens, start, text.Length, normStart, openKind);
        }
    }

    private static int Close(EdmTokens tokens, int start, int end, int normStart, EdmUnitKind kind)
    {
        tokens.Units.Add(new EdmUnit(start, end, normStart, tokens.Length - normStart, kind));
        return end;
    }

    private static bool JoinsNumbers(ReadOnlySpan<char> text, int lastEnd, int next)
    {
        if (lastEnd < 0 || next - lastEnd > 2)
        {
            return false;
        }
        foreach (var c in text[lastEnd..next])
        {
            if (!NumberJoiners.Contains(c))
            {
                return false;
            }
        }
        return true;
    }

    private static EdmUnitKind KindOf(char c) =>
        char.IsAsciiDigit(c) ? EdmUnitKind.Number
        : c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\u3040' and <= '\u30FF' ? EdmUnitKind.Han
        : EdmUnitKind.Word;

    /// <summary>
    /// The canonical text of units [first, last]: their normalised characters, with one space between two words only,
    /// so "John  SMITH" is "john smith", "张 三" is "张三" and "ACC-00123" is "acc00123". This is what is hashed.
    /// </summary>
    public static int Canonical(EdmTokens tokens, int first, int last, Span<char> into)
    {
        var units = tokens.Units;
        var norm = tokens.Norm.AsSpan();
        var length = 0;
        for (var u = first; u <= last; u++)
        {
            var unit = units[u];
            if (u > first && unit.Kind == EdmUnitKind.Word && units[u - 1].Kind == EdmUnitKind.Word)
            {
                into[length++] = ' ';
            }
            norm.Slice(unit.NormStart, unit.NormLength).CopyTo(into[length..]);
            length += unit.NormLength;
        }
        return length;
    }
}

/// <summary>Reusable buffers of one tokenisation: the units and their normalised characters.</summary>
internal sealed class EdmTokens
{
    public List<EdmUnit> Units { get; } = [];

    public char[] Norm { get; private set; } = new char[256];

    public int Length { get; set; }

    public ReadOnlySpan<char> Text(EdmUnit unit) => Norm.AsSpan(unit.NormStart, unit.NormLength);

    public void Append(char c)
    {
        if (Length == Norm.Length)
        {
            var grown = new char[Norm.Length * 2];
            Norm.CopyTo(grown, 0);
            Norm = grown;
        }
        Norm[Length++] = c;
    }
}
