using System.Buffers;
using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The faster street-word gates of the address forms answer exactly as the one SearchValues of all their words they replace,
/// on random texts planted with the words, their pieces and near misses.
/// </summary>
public sealed class StreetGateSearchTests
{
    private const string Alphabet = "acdilnoprsvCJLPS ./\n,";

    [Fact]
    public void WorldStreetWords_RandomTexts_SameAsOneSearchOfAllWords()
    {
        var all = SearchValues.Create(WorldStreetWordSearch.Words, StringComparison.Ordinal);
        string[] pieces = ["in", "in ", "n via", "via ", "corso ", "C", "/", "al", "Pl", "Jl", "Bdu", "in  via "];
        var random = new Random(2015);
        for (var n = 0; n < 50_000; n++)
        {
            var text = RandomText(random, [.. WorldStreetWordSearch.Words, .. pieces]);

            Assert.Equal(text.AsSpan().ContainsAny(all), WorldStreetWordSearch.In(text));
        }
    }

    [Fact]
    public void GroupedSearch_RandomTexts_SameFirstHitAsOneSearchOfAllWords()
    {
        // The vendor-key prefixes (three characters and more), and words of two characters and more like the licence cores and
        // mail providers (the two-character ones form a group of their own), each searched ordinally and ignoring case.
        string[] cores = ["dl", "qq", "SK", "licen", "driv", "operator", "permis", "hrerschein", "cnh", "gmail", "163", "126", "yeah",
            "sina", "sohu", "proton", "protonmail", "ehliyet", "jazdy", "Kelvin", "ſt"];
        string[] pieces = ["sk", "AKI", "_ph", "tu", "fx_yv", "kbk", "xo", "NX", "azI", "AI", "d", "q", "lice", "proto", "gmai", "16"];
        var random = new Random(1508);
        foreach (var words in new[] { PrefixedKeys.AllPrefixes, cores })
        {
            foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
            {
                AssertSameAsOneSearch(words, pieces, comparison, random);
            }
        }
    }

    private static void AssertSameAsOneSearch(string[] words, string[] pieces, StringComparison comparison, Random random)
    {
        var all = SearchValues.Create(words, comparison);
        var grouped = new GroupedStringSearch(words, comparison);
        for (var n = 0; n < 30_000; n++)
        {
            var text = RandomText(random, [.. words, .. pieces], "AIKSXNahkstuxzDLQ16_-\u017F\u0131\u0130\u212A");

            Assert.Equal(text.AsSpan().IndexOfAny(all), grouped.IndexOfAny(text));
            Assert.Equal(text.AsSpan().ContainsAny(all), grouped.ContainsAny(text));
        }
    }

    [Fact]
    public void IndianRoadMarks_RandomTexts_SameAsOneSearchOfAllPairs()
    {
        string[] pairs = [.. IndianRoadMarkSearch.Suffixes.SelectMany(s => IndianRoadMarkSearch.Words.Select(w => s + " " + w))];
        var all = SearchValues.Create(pairs, StringComparison.OrdinalIgnoreCase);
        string[] pieces = ["th", "st ", "nd  Main", "rd", " Cross", " main", "ſt Stage", "ST SECTOR", "1", "Pha", "ı"];
        var random = new Random(2024);
        for (var n = 0; n < 50_000; n++)
        {
            var text = RandomText(random, [.. pairs, .. pieces], "thsndrCMBSPaino\u017F\u0131\u0130\u212A");

            Assert.Equal(text.AsSpan().ContainsAny(all), IndianRoadMarkSearch.In(text));
        }
    }

    [Theory]
    [InlineData("Mieszkam przy ul. Długiej, al. Jana Pawła 12", true)]
    [InlineData("abito in via Roma 5", true)]
    [InlineData("the via ferrata in corso", false)]
    [InlineData("Calle C/ Mayor", true)]
    [InlineData("C /", false)]
    [InlineData("in via", false)]
    [InlineData("", false)]
    public void WorldStreetWords_Examples(string text, bool expected) =>
        Assert.Equal(expected, WorldStreetWordSearch.In(text));

    private static string RandomText(Random random, string[] plant, string extra = "")
    {
        var alphabet = Alphabet + extra;
        var length = random.Next(0, 60);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            if (random.Next(3) == 0)
            {
                var word = plant[random.Next(plant.Length)];
                // Now and then a planted word loses its last character (a near miss) or is written in capitals.
                text.Append(random.Next(5) switch { 0 => word[..^1], 1 => word.ToUpperInvariant(), _ => word });
            }
            else
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }
        }
        return text.ToString();
    }
}
