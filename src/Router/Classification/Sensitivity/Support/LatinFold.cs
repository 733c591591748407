namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The ASCII base letter of a Latin letter with a diacritic (é → E, ğ → G, ł → L, ș → S, ư → U, ệ → E), upper case, or 0
/// for any other character: the cue trie reads accented words through it, so a cue written without its accents
/// ("dogumlu", "urodzona", "fodd") matches the Turkish, Polish or Swedish spelling as well as the unaccented one. Explicit
/// tables, because the app runs with invariant globalization (no Unicode decomposition). Letters that spell out as two
/// (ß, æ, œ, þ) and non-Latin scripts are 0.
/// </summary>
internal static class LatinFold
{
    // U+00C0–U+00FF: base letters; '_' where none (× ÷ æ ß þ and their capitals).
    private const string Latin1 = "AAAAAA_CEEEEIIIIDNOOOOO_OUUUUY__AAAAAA_CEEEEIIIIDNOOOOO_OUUUUY_Y";

    // U+0100–U+017F; '_' for the ligatures ĳ/Ĳ, œ/Œ and the dotless ı (its upper case is ASCII already).
    private const string LatinExtendedA = "AAAAAACCCCCCCCDDDDEEEEEEEEEEGGGGGGGGHHHHIIIIIIIIII__JJKKKLLLLLLLLLLNNNNNNNNNOOOOOO__RRRRRRSSSSSSSSTTTTTTUUUUUUUUUUUUWWYYYZZZZZZS";

    // U+1EA0–U+1EF9, Vietnamese: 24 A, 16 E, 4 I, 24 O, 14 U, 8 Y forms.
    private static readonly string Vietnamese = new string('A', 24) + new string('E', 16) + new string('I', 4) + new string('O', 24)
        + new string('U', 14) + new string('Y', 8);

    /// <summary>The upper-case ASCII base letter of <paramref name="c"/> (a non-ASCII Latin letter), or 0.</summary>
    public static char BaseUpper(char c)
    {
        var folded = c switch
        {
            >= '\u00C0' and <= '\u00FF' => Latin1[c - 0xC0],
            >= '\u0100' and <= '\u017F' => LatinExtendedA[c - 0x100],
            '\u01A0' or '\u01A1' => 'O',
            '\u01AF' or '\u01B0' => 'U',
            '\u0218' or '\u0219' => 'S',
            '\u021A' or '\u021B' => 'T',
            >= '\u1EA0' and <= '\u1EF9' => Vietnamese[c - 0x1EA0],
            _ => '_',
        };
        return folded == '_' ? '\0' : folded;
    }

    /// <summary>
    /// <paramref name="word"/> with every accented Latin letter as its ASCII base letter (case kept as lower/upper ASCII), written
    /// into <paramref name="buffer"/> (at least as long): for looking a found cue up in a set written in ASCII.
    /// </summary>
    public static ReadOnlySpan<char> ToAscii(ReadOnlySpan<char> word, Span<char> buffer)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var folded = c < 128 ? '\0' : BaseUpper(c);
            buffer[i] = folded == '\0' ? c : char.IsUpper(c) ? folded : char.ToLowerInvariant(folded);
        }
        return buffer[..word.Length];
    }
}
