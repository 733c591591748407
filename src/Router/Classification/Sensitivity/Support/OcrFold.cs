namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// OCR and PDF-extraction noise read back as the letters it stands for: a 0 or 1 inside a word of letters ("J0HN", "C0NFIDENTIAL",
/// "Wi1son"), before an apostrophe and a capital ("0'NEILL"), at the start of a word in capitals ("0LIVER"), or ending a short
/// word in capitals before another such word ("D0 N0T F0RWARD"). The copy has the text's length, so its spans are the text's.
/// Only the name finder and the classification markers read it; identifiers, amounts and addresses keep their digits. Text
/// without a 0 or 1 next to a letter costs one vectorised search and a look at each such digit's neighbours.
/// </summary>
internal static class OcrFold
{
    /// <summary>The folded copy of <paramref name="text"/>, or null when nothing in it reads as a letter.</summary>
    public static string? Fold(string text)
    {
        char[]? copy = null;
        var span = text.AsSpan();
        for (var i = span.IndexOfAny('0', '1'); i >= 0;)
        {
            if (LetterFor(text, i) is var letter and not '\0')
            {
                copy ??= text.ToCharArray();
                copy[i] = letter;
            }
            var next = span[(i + 1)..].IndexOfAny('0', '1');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return copy is null ? null : new string(copy);
    }

    private static char LetterFor(string text, int i)
    {
        var previous = i > 0 ? text[i - 1] : ' ';
        var next = i + 1 < text.Length ? text[i + 1] : ' ';
        var letterBefore = char.IsAsciiLetter(previous);
        var letterAfter = char.IsAsciiLetter(next);
        if (!letterBefore && !letterAfter && next is not '\'' and not '’')
        {
            return '\0';
        }
        var (start, end) = WordAround(text, i);
        var letters = 0;
        var noise = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else if (c is '0' or '1')
            {
                noise++;
            }
            else if (char.IsAsciiDigit(c))
            {
                return '\0';
            }
        }
        // "H1N1", "10AM", "B1": a code or a number with a unit, not a word with a letter misread.
        if (letters < 1 || noise * 2 > letters + 1)
        {
            return '\0';
        }
        var upper = (letterAfter && char.IsAsciiLetterUpper(next)) || (letterBefore && char.IsAsciiLetterUpper(previous))
            || (next is '\'' or '’' && i + 2 < text.Length && char.IsAsciiLetterUpper(text[i + 2]));
        var letter = text[i] == '0' ? (upper ? 'O' : 'o') : (upper ? 'I' : 'l');
        if (letterBefore && letterAfter)
        {
            return letters >= 2 ? letter : '\0';
        }
        if (!letterBefore)
        {
            // "0'NEILL", "0LIVER": a capital word follows.
            var second = i + 2 < text.Length ? text[i + 2] : ' ';
            return upper && (char.IsAsciiLetterUpper(second) || (next is '\'' or '’')) && letters >= 2 ? letter : '\0';
        }
        // "D0 N0T": a short word in capitals ending in the digit, before a word with a digit inside its letters.
        return upper && end - start <= 3 && NextWordHasInnerNoise(text, end) ? letter : '\0';
    }

    private static (int Start, int End) WordAround(string text, int i)
    {
        var start = i;
        while (start > 0 && IsWordChar(text[start - 1]))
        {
            start--;
        }
        var end = i + 1;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }
        return (start, end);
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '\'' or '’';

    private static bool NextWordHasInnerNoise(string text, int end)
    {
        if (end + 3 >= text.Length || text[end] != ' ')
        {
            return false;
        }
        for (var k = end + 2; k < Math.Min(text.Length - 1, end + 16) && IsWordChar(text[k]); k++)
        {
            if (text[k] is '0' or '1' && char.IsAsciiLetter(text[k - 1]) && char.IsAsciiLetter(text[k + 1]))
            {
                return true;
            }
        }
        return false;
    }
}
