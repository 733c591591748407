using System.Buffers;
using System.Collections.Frozen;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Keys and numbers with Cyrillic or Greek look-alike letters inside (and, since the seventh round, Cherokee, Lisu,
/// small-capital and Roman-numeral ones: "AꓗIA…") ("АKIA…" with a Cyrillic А, "DE89 37О4…" with a
/// Cyrillic О; issue 15, fourth attack round): a token of 8+ characters that mixes ASCII letters or digits with such
/// look-alikes is added with the look-alikes written as the Latin letters they copy, after a little of the text before
/// it (labels). Russian or Greek words hold no ASCII, so they add nothing.
/// </summary>
internal static class MixedScriptTokens
{
    private const int MinToken = 8;
    private const int Context = 24;

    private static readonly FrozenDictionary<char, char> Latin = new Dictionary<char, char>
    {
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C',
        ['Т'] = 'T', ['Х'] = 'X', ['У'] = 'Y', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S', ['Ԛ'] = 'Q', ['Ԝ'] = 'W',
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j',
        ['ѕ'] = 's', ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h', ['ӏ'] = 'l', ['Ӏ'] = 'I',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o', ['ν'] = 'v', ['α'] = 'a',
        // Seventh attack round: capitals of Cherokee and Lisu, Latin small capitals and one-letter Roman numerals that copy
        // Latin letters ("ᎪᏦIA…", "AꓗIA…", "AᴋIA…", "AKⅠA…"); Armenian o.
        ['Ꭺ'] = 'A', ['Ᏼ'] = 'B', ['Ꮯ'] = 'C', ['Ꭰ'] = 'D', ['Ꭼ'] = 'E', ['Ꮐ'] = 'G', ['Ꮋ'] = 'H', ['Ꭻ'] = 'J', ['Ꮶ'] = 'K',
        ['Ꮮ'] = 'L', ['Ꮇ'] = 'M', ['Ꮲ'] = 'P', ['Ꮪ'] = 'S', ['Ꭲ'] = 'T', ['Ꮩ'] = 'V', ['Ꮃ'] = 'W', ['Ꮓ'] = 'Z', ['Ꮢ'] = 'R',
        ['ꓐ'] = 'B', ['ꓑ'] = 'P', ['ꓓ'] = 'D', ['ꓔ'] = 'T', ['ꓖ'] = 'G', ['ꓗ'] = 'K', ['ꓙ'] = 'J', ['ꓚ'] = 'C', ['ꓜ'] = 'Z',
        ['ꓝ'] = 'F', ['ꓟ'] = 'M', ['ꓠ'] = 'N', ['ꓡ'] = 'L', ['ꓢ'] = 'S', ['ꓣ'] = 'R', ['ꓦ'] = 'V', ['ꓧ'] = 'H', ['ꓪ'] = 'W',
        ['ꓫ'] = 'X', ['ꓬ'] = 'Y', ['ꓮ'] = 'A', ['ꓰ'] = 'E', ['ꓲ'] = 'I', ['ꓳ'] = 'O', ['ꓴ'] = 'U',
        ['ᴀ'] = 'A', ['ʙ'] = 'B', ['ᴄ'] = 'C', ['ᴅ'] = 'D', ['ᴇ'] = 'E', ['ɢ'] = 'G', ['ʜ'] = 'H', ['ɪ'] = 'I', ['ᴊ'] = 'J',
        ['ᴋ'] = 'K', ['ʟ'] = 'L', ['ᴍ'] = 'M', ['ɴ'] = 'N', ['ᴏ'] = 'O', ['ᴘ'] = 'P', ['ʀ'] = 'R', ['ꜱ'] = 'S', ['ᴛ'] = 'T',
        ['ᴜ'] = 'U', ['ᴠ'] = 'V', ['ᴡ'] = 'W', ['ʏ'] = 'Y', ['ᴢ'] = 'Z',
        ['Ⅰ'] = 'I', ['Ⅴ'] = 'V', ['Ⅹ'] = 'X', ['Ⅼ'] = 'L', ['Ⅽ'] = 'C', ['Ⅾ'] = 'D', ['Ⅿ'] = 'M',
        ['ⅰ'] = 'i', ['ⅴ'] = 'v', ['ⅹ'] = 'x', ['ⅼ'] = 'l', ['ⅽ'] = 'c', ['ⅾ'] = 'd', ['ⅿ'] = 'm', ['օ'] = 'o', ['Օ'] = 'O',
    }.ToFrozenDictionary();

    // Greek and Cyrillic (any letter of them cues the search, as before) and the look-alikes of other blocks.
    private static readonly SearchValues<char> Cue = SearchValues.Create(
        [.. Enumerable.Range(0x0370, 0x052F - 0x0370 + 1).Select(c => (char)c), .. Latin.Keys.Where(c => c is < '\u0370' or > '\u052F')]);

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') || !text.AsSpan().ContainsAny(Cue))
        {
            return;
        }
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAny(Cue);
            if (at < 0)
            {
                return;
            }
            var start = i + at;
            while (start > 0 && IsTokenChar(text[start - 1]))
            {
                start--;
            }
            var end = i + at;
            var ascii = false;
            var lookalike = false;
            while (end < text.Length && IsTokenChar(text[end]))
            {
                ascii |= char.IsAsciiLetterOrDigit(text[end]);
                lookalike |= !char.IsAscii(text[end]);
                end++;
            }
            for (var k = start; k < i + at; k++)
            {
                ascii |= char.IsAsciiLetterOrDigit(text[k]);
            }
            if (end > i + at && ascii && lookalike && end - start >= MinToken)
            {
                var contextStart = start;
                while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
                {
                    contextStart--;
                }
                var joined = new MappedText();
                joined.Copy(text, contextStart, start - contextStart);
                for (var k = start; k < end; k++)
                {
                    joined.Add(Latin.TryGetValue(text[k], out var latin) ? latin : text[k], k, k + 1);
                }
                result.Add(new SplitTokens.Joined(contextStart, end, joined.Text, joined.Map));
            }
            i = Math.Max(end, i + at + 1);
        }
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' || Latin.ContainsKey(c);
}
