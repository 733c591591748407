using System.Globalization;

namespace Router.Classification.Sensitivity.ExactDataMatch;

/// <summary>
/// Normalisation version 1 of one UTF-16 code unit, as a table built once: full-width forms as ASCII, Latin letters with
/// diacritics as their base letters (Latin-1 Supplement and Extended-A, with æ œ ß þ ĳ and the ﬀ–ﬆ ligatures spelled out),
/// lower case, every Unicode decimal digit as ASCII. Format characters (zero-width, joiners, soft hyphen) and combining
/// marks are skipped without ending a word; anything else that is not a letter or digit separates words. The table is
/// explicit because the app runs with invariant globalization, where <see cref="string.Normalize()"/> leaves non-ASCII
/// text unchanged. Value and prompt go through the same table, so they compare equal.
/// </summary>
internal static class EdmCharMap
{
    /// <summary>U+00C0–U+00FF: base letters; '*' spelled out below, '_' a separator (× ÷).</summary>
    private const string Latin1 = "aaaaaa*ceeeeiiiidnooooo_ouuuuy**aaaaaa*ceeeeiiiidnooooo_ouuuuy*y";

    /// <summary>U+0100–U+017F: base letters; '*' spelled out below.</summary>
    private const string LatinExtendedA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    private static readonly Dictionary<char, string> SpelledOut = new()
    {
        ['Æ'] = "ae", ['æ'] = "ae", ['Þ'] = "th", ['þ'] = "th", ['ß'] = "ss", ['Ĳ'] = "ij", ['ĳ'] = "ij", ['Œ'] = "oe", ['œ'] = "oe",
        ['\uFB00'] = "ff", ['\uFB01'] = "fi", ['\uFB02'] = "fl", ['\uFB03'] = "ffi", ['\uFB04'] = "ffl", ['\uFB05'] = "st", ['\uFB06'] = "st",
    };

    /// <summary>Null: a separator. Empty: skipped. Otherwise the normalised letters and digits.</summary>
    private static readonly Lazy<string?[]> Table = new(Build);

    public static string? Map(char c) => Table.Value[c];

    /// <summary>Builds the table now, so the first request does not pay for it.</summary>
    public static void Warm() => _ = Table.Value;

    private static string?[] Build()
    {
        var table = new string?[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = MapOne((char)i);
        }
        return table;
    }

    private static string? MapOne(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }
        if (SpelledOut.TryGetValue(c, out var spelled))
        {
            return spelled;
        }
        if (c is >= '\u00C0' and <= '\u00FF')
        {
            return Latin1[c - 0xC0] == '_' ? null : Latin1[c - 0xC0].ToString();
        }
        if (c is >= '\u0100' and <= '\u017F')
        {
            return LatinExtendedA[c - 0x100].ToString();
        }
        if (char.IsSurrogate(c))
        {
            return null;
        }
        var category = char.GetUnicodeCategory(c);
        if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
        {
            return "";
        }
        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            return ((int)char.GetNumericValue(c)).ToString(CultureInfo.InvariantCulture);
        }
        return char.IsLetter(c) ? string.Intern(char.ToLowerInvariant(c).ToString()) : null;
    }
}
