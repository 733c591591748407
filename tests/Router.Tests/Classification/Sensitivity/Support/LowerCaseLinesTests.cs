using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The line read once per text (<see cref="LowerCaseLines"/>) answers as the line read at every call did (kept here as the
/// reference), on random texts of line breaks, openers, capitals and white space, asked in text order, in random order and
/// alternating between two texts.
/// </summary>
public sealed class LowerCaseLinesTests
{
    private const string Alphabet = "abcxyz  \n\t:\"“ABZé\u00A0";

    [Fact]
    public void RandomTexts_SameAsReadingTheLineAtEveryCall()
    {
        var random = new Random(1511);
        for (var n = 0; n < 4_000; n++)
        {
            var first = RandomText(random);
            var second = RandomText(random);
            for (var q = 0; q < 40; q++)
            {
                var text = random.Next(3) == 0 ? second : first;
                var position = q < 20 && text.Length > 0 ? (q * text.Length / 20) : random.Next(0, text.Length + 1);

                Assert.Equal(ByReadingTheLine(text, position), LatinNames.IsLowerCaseLine(text, position));
            }
        }
    }

    [Theory]
    [InlineData("EMS note, make it readable: patient ilse", 35, true)]
    [InlineData("Tenant rights groups met", 7, true)]
    [InlineData("the tenant rights of Groups", 4, false)]
    [InlineData("the patient anna\nBut Later", 12, true)]
    [InlineData("", 0, true)]
    public void Examples(string text, int position, bool expected) => Assert.Equal(expected, LatinNames.IsLowerCaseLine(text, position));

    // The scan as it was: the line found and read at every call.
    private static bool ByReadingTheLine(string text, int position)
    {
        var lineStart = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        var opener = position == 0 ? -1 : text.AsSpan(lineStart, position - lineStart).LastIndexOfAny(":\"“");
        if (opener >= 0)
        {
            lineStart += opener + 1;
        }
        var lineEnd = text.IndexOf('\n', position);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimStart();
        return line.Length < 2 || !line[1..].ContainsAnyInRange('A', 'Z');
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 80);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return text.ToString();
    }
}
