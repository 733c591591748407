using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The faster gates of the Indian area words, the UK and Canadian postcodes and the card read in pairs answer exactly as the
/// searches they replace (kept here as references), on random texts planted with their pieces and near misses.
/// </summary>
public sealed class DigitShapeGateTests
{
    // The core of the pairs regex: eight runs of exactly two digits, one separator (space or dash) throughout.
    private static readonly Regex EightPairs = new(@"(?<![0-9])[0-9]{2}(?<s>[ -])[0-9]{2}(?:\k<s>[0-9]{2}){6}(?![0-9])", RegexOptions.CultureInvariant);

    // The pairs regex itself (PaymentCardDetector.Pairs): every match of it is a match of the core.
    private static readonly Regex Pairs = new(@"(?<![0-9A-Za-z.,:/+-])(?<!(?:^|[^0-9A-Za-z])[0-9A-Fa-f]{2}[ -]{1,2})[0-9]{2}(?<s>[ -])[0-9]{2}(?:\k<s>[0-9]{2}){6}(?![0-9A-Za-z]|[ .,:/-][0-9]|[ -]{1,2}[0-9A-Fa-f]{2}(?![0-9A-Za-z]))", RegexOptions.CultureInvariant);

    [Fact]
    public void EightPairs_RandomTexts_SameAsTheCoreOfThePairsRegex()
    {
        string[] pieces = ["12 34 56 78 90 12 34 56", "45-32-01-77-18-90-23-41", "12 34-56", "123 45", "7 ", "06 ", "06-", "1", "  ", "--"];
        var random = new Random(1608);
        for (var n = 0; n < 60_000; n++)
        {
            var text = RandomText(random, pieces, "0123456789 -a.", 90);

            Assert.Equal(EightPairs.IsMatch(text), PaymentCardDetector.HasEightPairs(text));
            Assert.True(!Pairs.IsMatch(text) || PaymentCardDetector.HasEightPairs(text));
        }
    }

    [Theory]
    [InlineData("card 45 32 01 77 18 90 23 41 thanks", true)]
    [InlineData("11 22-33-44-55-66-77-88-99", true)]
    [InlineData("45 32 01 77 18 90 23 4", false)]
    [InlineData("45 32 01 77-18 90 23 41", false)]
    [InlineData("145 32 01 77 18 90 23 41", false)]
    [InlineData("", false)]
    public void EightPairs_Examples(string text, bool expected) => Assert.Equal(expected, PaymentCardDetector.HasEightPairs(text));

    [Fact]
    public void IndianAreaWords_RandomTexts_SameAsOneSearchOfAllWords()
    {
        var all = SearchValues.Create(IndianAreaWordSearch.Words, StringComparison.Ordinal);
        string[] pieces = ["th", "st ", "nd  Main", "rd", " Cross", " main", "TH Cross", "Layou", "Puram", "puram", "Margin", "Sec", "x"];
        var random = new Random(1509);
        for (var n = 0; n < 60_000; n++)
        {
            var text = RandomText(random, [.. IndianAreaWordSearch.Words, .. pieces], "thsndrCMainLPx \n", 60);

            Assert.Equal(text.AsSpan().ContainsAny(all), IndianAreaWordSearch.In(text));
        }
    }

    [Fact]
    public void Postcodes_RandomTexts_SameAsTheDigitByDigitScans()
    {
        string[] pieces = ["BB7 1QT", " 1QT", "V5N 2S6", "V5N2S6", "A1A", "1A1", "12QT", " 7AB", "K1A 0B1", "5 ", "99"];
        var random = new Random(1510);
        for (var n = 0; n < 60_000; n++)
        {
            var text = RandomText(random, pieces, "0123456789 ABQTVN,a.", 70);

            Assert.Equal(UkByDigit(text), StreetAddress.MayHaveUkPostcode(text));
            Assert.Equal(CanadianByDigit(text), StreetAddress.MayHaveCanadianPostcode(text));
        }
    }

    // The scans as they were: every digit tried.
    private static bool UkByDigit(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            if (at + 2 < span.Length && char.IsAsciiLetterUpper(span[at + 1]) && char.IsAsciiLetterUpper(span[at + 2])
                && (at + 3 == span.Length || !char.IsLetterOrDigit(span[at + 3])) && at > 0 && span[at - 1] == ' ')
            {
                return true;
            }
            var next = span[(at + 1)..].IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static bool CanadianByDigit(ReadOnlySpan<char> span)
    {
        for (var at = span.IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            if (at > 0 && at + 4 < span.Length && char.IsAsciiLetterUpper(span[at - 1]) && char.IsAsciiLetterUpper(span[at + 1]))
            {
                var inward = span[(at + 2)..];
                inward = inward[0] == ' ' ? inward[1..] : inward;
                if (inward.Length >= 3 && char.IsAsciiDigit(inward[0]) && char.IsAsciiLetterUpper(inward[1]) && char.IsAsciiDigit(inward[2]))
                {
                    return true;
                }
            }
            var next = span[(at + 1)..].IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    private static string RandomText(Random random, string[] plant, string alphabet, int maxLength)
    {
        var length = random.Next(0, maxLength);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            if (random.Next(3) == 0)
            {
                var word = plant[random.Next(plant.Length)];
                // Now and then a planted piece loses its last character (a near miss) or is written in lower case.
                text.Append(random.Next(5) switch { 0 => word[..^1], 1 => word.ToLowerInvariant(), _ => word });
            }
            else
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }
        }
        return text.ToString();
    }
}
