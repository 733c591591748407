using System.Text;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The cheap checks in front of the personal-data detectors' heavier work (name finding, street patterns) never
/// skip what the work behind them would find: each gate is compared with running the work everywhere.
/// </summary>
public sealed class PersonPathSpeedTests
{
    [Fact]
    public void LatinNamesMayLabel_TrueForEveryLabelWordInAnyCaseForm()
    {
        Assert.Contains("patient", LatinNames.LabelWords);
        Assert.Contains("Mr", LatinNames.LabelWords);
        var random = new Random(15);
        foreach (var word in LatinNames.LabelWords)
        {
            for (var n = 0; n < 200; n++)
            {
                var variant = new StringBuilder();
                foreach (var c in word)
                {
                    variant.Append(random.Next(4) switch
                    {
                        0 => char.ToUpperInvariant(c),
                        1 => char.ToLowerInvariant(c),
                        2 => c switch { 's' or 'S' => '\u017F', 'i' or 'I' => '\u0131', 'k' or 'K' => '\u212A', _ => c },
                        _ => c,
                    });
                }
                var text = variant.ToString();
                if (LatinNames.LabelWords.Any(l => l.Equals(text, StringComparison.OrdinalIgnoreCase)))
                {
                    Assert.True(LatinNames.MayLabel(text), $"'{text}' is the label '{word}'");
                }
            }
        }
        Assert.False(LatinNames.MayLabel("report"));
        Assert.False(LatinNames.MayLabel("administration"));
    }

    [Fact]
    public void RomanceStreetStarts_CoverEveryStreetTypeOfThePattern()
    {
        var words = StreetAddress.RomanceStreetWords.Split('|').Select(w => w.Replace(@"\.?", "", StringComparison.Ordinal)).ToArray();

        Assert.Contains("Avda", words);
        foreach (var word in words)
        {
            Assert.True(word.All(char.IsLetter), $"'{word}' is not a plain word: extend this test and RomanceStreetStarts");
            Assert.True(StreetAddress.RomanceStreetStarts.Any(w => word.StartsWith(w, StringComparison.Ordinal)), $"no start for '{word}'");
        }
    }

    [Fact]
    public void NumberThenStreet_TriedBeforeStreetWords_SameAsEnumeratingEverywhere()
    {
        string[] pieces = ["12", "7b", "3-4", "7/9,", "A-12", "#5", "123456", "٣٤", "12,", "Main", "Elm", "de", "O'Neil", "St.", "St",
            "Street", "street", "STREET", "Rd", "road", "Ave", "avenue", "Park", "Green", "Way", "Lane", "straße", "strasse", "Stx", "Road_",
            "\u017Ftreet", "\u212A", "\n", ", ", ",", "x", "病"];
        string[] separators = [" ", " ", " ", " ", "  ", "", "\n", "\t", ", "];
        var random = new Random(33);
        var hits = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 20); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(separators[random.Next(separators.Length)]);
            }
            var everywhere = new List<TextSpan>();
            var anchored = new List<TextSpan>();
            StreetAddress.AddNumberThenStreet(text.ToString(), everywhere, anchored: false);
            StreetAddress.AddNumberThenStreet(text.ToString(), anchored, anchored: true);

            Assert.Equal(everywhere, anchored);
            hits += everywhere.Count;
        }
        Assert.True(hits > 3_000, $"only {hits} matches: the random texts no longer exercise the patterns");
    }

    [Fact]
    public void GatedStreetPatterns_RandomTexts_SameAsRunningEverywhere()
    {
        string[] pieces = ["12", "7b", "4711", "123456", "٣٤", "Rue", "rue", "Avenue", "Avda.", "Via", "Viale", "Allée", "Route", "Calle",
            "de", "la", "d'", "Mayor", "Kvaløyvågvegen", "Parva", "Domus", "Rogers", "Foch", "Estação", "O'Neil", "St.", "-", "\n",
            "\r\n", ", ", ",", " ", " ", " ", "\u00A0", "\t", "x", "病"];
        string[] separators = [" ", " ", " ", " ", "", "\n", ", "];
        var random = new Random(32);
        var hits = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 18); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(separators[random.Next(separators.Length)]);
            }
            var everywhere = new List<TextSpan>();
            var gated = new List<TextSpan>();
            StreetAddress.AddGated(text.ToString(), everywhere, gated: false);
            StreetAddress.AddGated(text.ToString(), gated, gated: true);

            Assert.Equal(everywhere, gated);
            Assert.Equal(
                StreetAddress.HasNumberWordsNumberTown(text.ToString(), anchored: false),
                StreetAddress.HasNumberWordsNumberTown(text.ToString(), anchored: true));
            hits += everywhere.Count;
        }
        Assert.True(hits > 1_000, $"only {hits} matches: the random texts no longer exercise the patterns");
    }
}
