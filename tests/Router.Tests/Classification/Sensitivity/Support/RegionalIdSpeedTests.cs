using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The regional ID detector's faster reads find exactly what they replace: the candidate scan against its regex, and the
/// label gate (one search of a scheme's labels) against the label loop's LastIndexOf of each, on random texts.
/// </summary>
public sealed class RegionalIdSpeedTests
{
    private static readonly Regex Candidate = new(RegionalIdCandidates.Pattern, RegexOptions.CultureInvariant);

    [Fact]
    public void Candidates_RandomTexts_SameAsRegexMatches()
    {
        const string alphabet = "0123456789012345678901234567890123456789--- aZ,:\n中号０٣";
        string[] plant = ["35202-1234567-1", "3520212345671", "3273014501900001", "2123456789", "12345678901", "12345-", "-1234567-", "-5"];
        var random = new Random(2312);
        for (var n = 0; n < 60_000; n++)
        {
            var length = random.Next(0, 80);
            var text = new StringBuilder();
            while (text.Length < length)
            {
                text.Append(random.Next(4) == 0 ? plant[random.Next(plant.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
            }
            var value = text.ToString();
            var expected = new List<(int, int)>();
            foreach (var match in Candidate.EnumerateMatches(value))
            {
                expected.Add((match.Index, match.Length));
            }

            Assert.Equal(expected, RegionalIdCandidates.Find(value).ToList());
        }
    }

    [Theory]
    [InlineData("CNIC 35202-1234567-1, NIK 3273014501900001.", 5, 15)]
    [InlineData("order 12345678901234567 x", -1, 0)]
    [InlineData("tel 13812345678", 4, 11)]
    [InlineData("a35202-1234567-1", -1, 0)]
    [InlineData("35202-1234567-12", -1, 0)]
    public void Candidates_Examples(string text, int index, int length)
    {
        var first = RegionalIdCandidates.Find(text).Select(c => ((int Index, int Length)?)c).FirstOrDefault();

        Assert.Equal(index, first?.Index ?? -1);
        Assert.Equal(length, first?.Length ?? 0);
    }

    [Fact]
    public void LabelGate_RandomWindows_SameAsAnyLabelFound()
    {
        // The detector's label lists (CNIC with its Urdu label, Iqama with the Arabic ones), each searched ignoring case.
        string[][] lists =
        [
            ["cnic", "nic", "nicop", "nadra", "computerized national identity card", "computerised national identity card", "id card", "شناختی کارڈ"],
            ["nik", "ktp", "e-ktp", "nomor induk kependudukan", "no. ktp", "nomor ktp"],
            ["iqama", "iqamah", "muqeem", "residence permit", "resident id", "إقامة", "اقامة", "رقم الإقامة"],
            ["nin", "nimc", "national identification number", "national identity number", "national id number"],
        ];
        const string alphabet = "abcdiknqmtu .:-\u0131\u0130\u212Aإقامة";
        var random = new Random(2313);
        foreach (var labels in lists)
        {
            var search = SearchValues.Create(labels, StringComparison.OrdinalIgnoreCase);
            for (var n = 0; n < 20_000; n++)
            {
                var length = random.Next(0, 50);
                var text = new StringBuilder();
                while (text.Length < length)
                {
                    var label = labels[random.Next(labels.Length)];
                    text.Append(random.Next(5) switch
                    {
                        0 => label.ToUpperInvariant(),
                        1 => label[..^1],
                        2 => label,
                        _ => alphabet[random.Next(alphabet.Length)].ToString(),
                    });
                }
                var window = text.ToString();

                Assert.Equal(labels.Any(l => window.LastIndexOf(l, StringComparison.OrdinalIgnoreCase) >= 0), window.AsSpan().ContainsAny(search));
            }
        }
    }
}
