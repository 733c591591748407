namespace Router.Classification.Sensitivity.Support;

/// <summary>NFKC's letter folds for the forms used to disguise Latin text: full-width, enclosed and mathematical letters.</summary>
internal static class CompatibilityFold
{
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>The ASCII form of the code point at <paramref name="at"/> (<paramref name="width"/> chars), or null.</summary>
    public static string? Letter(string text, int at, int width)
    {
        if (width == 2)
        {
            var codePoint = char.ConvertToUtf32(text[at], text[at + 1]);
            // Mathematical Alphanumeric Symbols: 13 styles of A-Z a-z (bold, italic, script, fraktur, double-struck…).
            if (codePoint is >= 0x1D400 and <= 0x1D6A3)
            {
                var index = (codePoint - 0x1D400) % 52;
                return Ascii[index < 26 ? 'A' + index : 'a' + index - 26];
            }
            return null;
        }
        var c = text[at];
        return c switch
        {
            >= '\uFF01' and <= '\uFF5E' => Ascii[c - 0xFEE0],
            >= '\u24B6' and <= '\u24CF' => Ascii['A' + (c - '\u24B6')],
            >= '\u24D0' and <= '\u24E9' => Ascii['a' + (c - '\u24D0')],
            '\uFE50' => ",",
            '\uFE52' or '\u2024' or '\u00B7' => ".",
            '\uFE55' => ":",
            '\uFE5F' => "#",
            '\uFE6B' => "@",
            _ => null,
        };
    }
}
