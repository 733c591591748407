using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The spelled-key reader passing a run of two or more digits whole (<see cref="SpelledTokens"/>) finds exactly what it
/// found trying every digit, on random texts of spelled keys ("A-K-I-A-5-…", "g h p _ 9 …"), numbers, gaps and letters.
/// </summary>
public sealed class SpelledTokenRunsTests
{
    private static readonly string[] Pieces =
    [
        "A-K-I-A-X-5-Q-2-7-L-M-3-9-Z-P-4-R", "g h p _ 9 A G 4 k 2 m P 7 x Q 1 z 8", "s.k._.l.i.v.e._.p.y.7.3.k.9.2.m.q", "4 - 5 - 3 - 9",
        "2024", "12", "7", "4111 1111 1111 1111", "a", "Z", "_", "-", ".", " ", ",", "|", "/", ":", "·", "  ", " - ", "x9", "9x",
    ];

    [Fact]
    public void RandomTexts_SameAsTryingEveryDigit()
    {
        var random = new Random(2209);
        for (var n = 0; n < 40_000; n++)
        {
            var text = RandomText(random, n % 10 == 0 ? 300 : 90);
            var plain = new List<SplitTokens.Joined>();
            var fast = new List<SplitTokens.Joined>();

            SpelledTokens.Find(text, plain, plain: true);
            SpelledTokens.Find(text, fast);

            Assert.Equal(plain.Select(j => (j.Start, j.End, j.Text)), fast.Select(j => (j.Start, j.End, j.Text)));
        }
    }

    [Fact]
    public void SpelledKeyAfterANumberIsFound()
    {
        var result = new List<SplitTokens.Joined>();

        SpelledTokens.Find("order 20231118 key: A-K-I-A-X-5-Q-2-7-L-M-3-9-Z-P-4-R ok", result);

        Assert.Single(result);
    }

    private static string RandomText(Random random, int maxLength)
    {
        var length = random.Next(0, maxLength);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(random.Next(3) == 0 ? "0123456789abXY -._"[random.Next(18)].ToString() : Pieces[random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }
}
