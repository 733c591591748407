using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The spelled-digit reader searching only the letter runs where a run of digit words can start
/// (<see cref="DigitWordStarts"/>) finds exactly what it found stopping at every hit of its word search, on random texts
/// dense with digit words, words that hold one ("someone", "street"), short words the search does not list ("oh", "un"),
/// non-ASCII letters (some equal to ASCII ones ignoring case: "ſix"), Han, kana and Hangul glued to letters and digits,
/// digits glued to letters and the gaps a run allows.
/// </summary>
public sealed class SpelledDigitStartsTests
{
    private static readonly string[] Pieces =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "cero", "uno", "dos", "tres", "cuatro",
        "cinco", "seis", "siete", "ocho", "nueve", "zéro", "un", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf",
        "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "due", "tre", "quattro", "cinque",
        "sei", "sette", "otto", "nove", "um", "dois", "três", "oito", "sete", "uma", "duas", "oh", "une", "ein", "funf", "fuenf",
        "someone", "street", "weight", "often", "phone", "done", "the", "Oh", "UN", "ohfive", "unfour", "ſix", "ſeven", "ıne",
        "ZÉRO", "FÜNF", "Kilo", "é", "ß", "名", "张伟", "一二三", "カナ", "한국", "，", "。", "五", "３", "3", "45", "1234", "12345", "abc3", "x", " ", " ", ", ", "-", ".", "/", "_", "|",
        "\t", "\n", "  ", "   ",
    ];

    private static readonly string[] AsciiPieces = [.. Pieces.Where(piece => Ascii.IsValid(piece))];

    [Fact]
    public void RandomTexts_SameRunsAsStoppingAtEveryHit()
    {
        var random = new Random(2207);
        for (var n = 0; n < 40_000; n++)
        {
            var text = RandomText(random, n % 10 == 0 ? 400 : 90, ascii: n % 3 != 0);

            AssertSame(text);
        }
    }

    [Theory]
    [InlineData("card four five three nine one four eight eight zero three four three")]
    [InlineData("ohfive six seven eight nine one two")]
    [InlineData("someone said 4 five 3 nine 1 four 8 eight")]
    [InlineData("abc3five six seven eight nine one two three")]
    [InlineData("FOUR-FIVE-THREE-NINE-ONE-FOUR-EIGHT")]
    [InlineData("ſix ſeven ſix ſeven ſix ſeven ſix")]
    [InlineData("un deux trois quatre cinq six sept huit")]
    [InlineData("the street weight often")]
    public void Examples_SameRunsAsStoppingAtEveryHit(string text) => AssertSame(text);

    [Fact]
    public void RunOfDigitWordsIsFound()
    {
        var result = new List<SplitTokens.Joined>();

        SpelledDigits.Find("pin: four five three nine one four eight thanks", result);

        Assert.Contains(result, joined => joined.Text.EndsWith("4539148 tha", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryCodePointOfTheHanBlockIsALetter()
    {
        for (var c = DigitWordStarts.HanFirst; c <= DigitWordStarts.HanLast; c++)
        {
            Assert.True(char.IsLetter(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("张伟five", 0, 6)]
    [InlineData("张伟。five", 0, 2)]
    [InlineData("ab名名名c1", 0, 6)]
    [InlineData("x", 0, 1)]
    public void RunEnd_StopsAtTheFirstNonLetter(string text, int at, int end) => Assert.Equal(end, DigitWordStarts.RunEnd(text, at));

    private static void AssertSame(string text)
    {
        var plain = new List<SplitTokens.Joined>();
        var walked = new List<SplitTokens.Joined>();
        var chosen = new List<SplitTokens.Joined>();

        SpelledDigits.Find(text, plain, plain: true);
        SpelledDigits.Find(text, walked, walk: true);
        SpelledDigits.Find(text, chosen);

        AssertSame(plain, walked);
        AssertSame(plain, chosen);
    }

    private static void AssertSame(List<SplitTokens.Joined> expected, List<SplitTokens.Joined> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal((expected[k].Start, expected[k].End, expected[k].Text), (actual[k].Start, actual[k].End, actual[k].Text));
            Assert.Equal(expected[k].Map.Starts, actual[k].Map.Starts);
            Assert.Equal(expected[k].Map.Ends, actual[k].Map.Ends);
        }
    }

    private static string RandomText(Random random, int maxLength, bool ascii)
    {
        var pieces = ascii ? AsciiPieces : Pieces;
        var length = random.Next(0, maxLength);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            var piece = pieces[random.Next(pieces.Length)];
            text.Append(random.Next(6) switch
            {
                0 => piece.ToUpperInvariant(),
                1 when piece.Length > 1 => char.ToUpperInvariant(piece[0]) + piece[1..],
                2 when piece.Length > 2 => piece[..^1],
                _ => piece,
            });
            // Mostly a gap between pieces, so runs of digit words form; sometimes glued ("fourfive").
            if (random.Next(4) != 0)
            {
                text.Append(random.Next(5) == 0 ? "-" : " ");
            }
        }
        return text.ToString();
    }
}
