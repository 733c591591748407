using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The filler between the pieces of a told number is skipped to its next digit or stop character at once
/// (<see cref="LabelledPieces"/>.NextPiece); it finds exactly the piece the character-by-character read (kept here as
/// the reference) found, on random texts of pieces, indexes, stops, quoted '=' values and filler near the 40-character limit.
/// </summary>
public sealed class PieceFillerTests
{
    private static readonly string[] Pieces =
    [
        "5425", "0173", "88146078", "12", "3", "123456789012", "1,234", "2,1164", "12.50", "10:30", "X", "x ", "$", "€", "£",
        "¥", "￥", "%", "+", "*", "×", "元", "万", "\u001E", "=", "=\"", "='", "v=\"6521\"", "| 1 | ", ") ", "第2段", "Q2",
        "the next four are ", "ok ", "abc", "\n", " ", "  ", "身份证", "                    ",
    ];

    [Fact]
    public void RandomTexts_SamePieceAsTheCharacterByCharacterRead()
    {
        var random = new Random(2208);
        for (var n = 0; n < 30_000; n++)
        {
            var text = RandomText(random, n % 10 == 0 ? 300 : 100);
            for (var from = 0; from <= text.Length; from += 1 + random.Next(4))
            {
                Assert.Equal(ByCharacter(text, from), LabelledPieces.NextPiece(text, from));
            }
        }
    }

    [Theory]
    [InlineData("card 5425, the next four are 0173, then 8814", 9, 29, 33)]
    [InlineData("a=\"5425\" b=\"0173\"", 8, 12, 16)]
    [InlineData("5425 = 0173", 4, 0, 0)]
    [InlineData("5425 costs $12 0173", 4, 0, 0)]
    public void Examples(string text, int from, int start, int end) => Assert.Equal((start, end), LabelledPieces.NextPiece(text, from));

    // The read as it was: every filler character looked at in turn.
    private static (int Start, int End) ByCharacter(string text, int from)
    {
        var pos = from;
        while (pos < text.Length && pos - from <= 40)
        {
            var c = text[pos];
            if (char.IsAsciiDigit(c))
            {
                var end = DigitsEnd(text, pos);
                if (IsPiece(text, pos, end))
                {
                    return (pos, end);
                }
                if (end - pos > 2)
                {
                    return (0, 0);
                }
                pos = end;
                continue;
            }
            if (c is '$' or '€' or '£' or '¥' or '￥' or '%' or '+' or '*' or '×' or '元' or '万' or '\u001E'
                || (c == '=' && (pos + 1 >= text.Length || text[pos + 1] is not ('"' or '\''))))
            {
                return (0, 0);
            }
            pos++;
        }
        return (0, 0);
    }

    private static bool IsPiece(string text, int start, int end) => LabelledPieces.IsPiece(text, start, end);

    private static int DigitsEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        if (end < text.Length && text[end] is 'X' or 'x' && (end + 1 == text.Length || !char.IsAsciiLetterOrDigit(text[end + 1])))
        {
            end++;
        }
        return end;
    }

    private static string RandomText(Random random, int maxLength)
    {
        var length = random.Next(0, maxLength);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(random.Next(3) == 0 ? "abcdefgh ,.:;|-_/()"[random.Next(19)].ToString() : Pieces[random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }
}
