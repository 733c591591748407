using System.Buffers;
using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// Speed changes that must find exactly what they replace: <see cref="AsciiFirstSearch"/> against one SearchValues of all its
/// words, and the word gates' vectorised searches (webhook, iban) against <c>Contains(word, OrdinalIgnoreCase)</c>, on random texts planted
/// with the words, their pieces, case changes and characters that equal others ignoring case (ſ, K, İ, ı, Ё/ё).
/// </summary>
public sealed class AsciiFirstSearchTests
{
    private const string Alphabet = "abdelnoprstuvwkhiS .,-\nулпрбшнсдУЛПРБШНСДёЁ\u017F\u0131\u0130\u212Aßéà无线路";

    // Mixed sets as the detectors write them: romanised and Cyrillic street words; Latin words with accents; Han with English.
    private static readonly string[][] WordSets =
    [
        ["ul.", "ulitsa", "pr.", "prospekt", "pr-t", "per.", "pereulok", "bul.", "bulvar", "sh.", "shosse", "nab.",
            "ул.", "улица", "пр.", "просп", "проспект", "пер.", "переулок", "б-р", "бульвар", "ш.", "шоссе", "наб."],
        ["Straße", "straat", "école", "ÉCOLE", "rue ", "ſt", "wi-fi", "wifi"],
        ["wifi", "wi-fi", "wlan", "无线", "無線", "my ", "我的", "ул", "Ёлка"],
        ["ул.", "пр."],
        ["ab", "ba", "wk"],
    ];

    [Fact]
    public void RandomTexts_SameFirstHitAsOneSearchOfAllWords()
    {
        var random = new Random(2311);
        foreach (var words in WordSets)
        {
            foreach (var comparison in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase })
            {
                var all = SearchValues.Create(words.Distinct().ToArray(), comparison);
                var search = new AsciiFirstSearch(words, comparison);
                string[] pieces = [.. words.Select(w => w[..Math.Max(1, w.Length / 2)]), .. words.Select(w => w[1..])];
                for (var n = 0; n < 20_000; n++)
                {
                    var text = RandomText(random, [.. words, .. pieces]);

                    Assert.Equal(text.AsSpan().IndexOfAny(all), search.IndexOfAny(text));
                    Assert.Equal(text.AsSpan().ContainsAny(all), search.ContainsAny(text));
                }
            }
        }
    }

    [Theory]
    [InlineData("Москва, ул. Ленина, д. 15", 8)]
    [InlineData("Moskva, ul. Lenina, d. 15", 8)]
    [InlineData("просп. Мира 5 and ul. Lenina", 0)]
    [InlineData("ul. Lenina, not пр.", 0)]
    [InlineData("Uл. capital", -1)]
    [InlineData("", -1)]
    public void RussianStreetWords_Examples(string text, int expected)
    {
        var search = new AsciiFirstSearch(WordSets[0], StringComparison.Ordinal);

        Assert.Equal(expected, search.IndexOfAny(text));
        Assert.Equal(expected >= 0, search.ContainsAny(text));
    }

    [Fact]
    public void IgnoringCase_CyrillicCapitalsMatchLowerCaseWords()
    {
        var search = new AsciiFirstSearch(["ул.", "wifi"], StringComparison.OrdinalIgnoreCase);

        Assert.Equal(4, search.IndexOfAny("see УЛ. Ленина"));
        Assert.Equal(0, search.IndexOfAny("WiFi ул."));
        Assert.False(search.ContainsAny("улица without a dot"));
    }

    [Theory]
    [InlineData("webhook")]
    [InlineData("iban")]
    public void WordGate_RandomTexts_SameAsContainsIgnoringCase(string word)
    {
        var gate = SearchValues.Create([word], StringComparison.OrdinalIgnoreCase);
        string[] plant = [word, word.ToUpperInvariant(), word[..^1], word[1..], word[..2] + " " + word[2..], word.Replace('k', '\u212A'),
            word.Replace('i', '\u0131'), word.Replace('i', '\u0130'), "wEbHoOk", "IbAn"];
        var random = new Random(1115);
        for (var n = 0; n < 50_000; n++)
        {
            var text = RandomText(random, plant);

            Assert.Equal(text.Contains(word, StringComparison.OrdinalIgnoreCase), text.AsSpan().ContainsAny(gate));
        }
    }

    // Session 24: the identifier detectors' remaining case-insensitive Contains/IndexOf searches (HttpCredentials, ImAccount,
    // DriverLicense, UsSsn's labels) became SearchValues; the first hit must be the same, not only whether there is one.
    [Theory]
    [InlineData("uthorization")]
    [InlineData("curl")]
    [InlineData("qq")]
    [InlineData("licen")]
    [InlineData("ssn")]
    [InlineData("social security")]
    [InlineData("social")]
    public void WordSearch_RandomTexts_SameFirstIndexAsIndexOfIgnoringCase(string word)
    {
        var search = SearchValues.Create([word], StringComparison.OrdinalIgnoreCase);
        string[] plant = [word, word.ToUpperInvariant(), word[..^1], word[1..], word.Replace('k', '\u212A'), word.Replace('i', '\u0131'),
            word.Replace('i', '\u0130'), word.Replace('s', '\u017F'), word.Replace('c', 'C'), "SoCiAl SeCuRiTy", "qQ", "AuThOrIzAtIoN", "\u017F\u017Fn"];
        var random = new Random(2424);
        for (var n = 0; n < 30_000; n++)
        {
            var text = RandomText(random, plant);
            var from = random.Next(0, text.Length + 1);

            Assert.Equal(text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase), text.AsSpan(from).IndexOfAny(search) is var at and >= 0 ? from + at : -1);
        }
    }

    [Fact]
    public void WeChatWords_RandomTexts_SameAsEitherContainsIgnoringCase()
    {
        var search = SearchValues.Create(["wechat", "weixin"], StringComparison.OrdinalIgnoreCase);
        string[] plant = ["wechat", "WeChat", "weixin", "WEIXIN", "wecha", "eixin", "we\u0131x\u0131n", "WE\u0130XIN", "wechat".ToUpperInvariant()];
        var random = new Random(2425);
        for (var n = 0; n < 30_000; n++)
        {
            var text = RandomText(random, plant);

            Assert.Equal(text.Contains("wechat", StringComparison.OrdinalIgnoreCase) || text.Contains("weixin", StringComparison.OrdinalIgnoreCase),
                text.AsSpan().ContainsAny(search));
        }
    }

    // Every BMP character (surrogates aside) at every position of each word: the vectorised search and the scalar one agree.
    [Fact]
    public void IdentifierWords_EveryCharacterAtEveryPosition_SameAsIndexOfIgnoringCase()
    {
        foreach (var word in new[] { "uthorization", "curl", "qq", "licen", "ssn", "social security", "social", "wechat", "weixin" })
        {
            var search = SearchValues.Create([word], StringComparison.OrdinalIgnoreCase);
            var chars = word.ToCharArray();
            for (var position = 0; position < chars.Length; position++)
            {
                var kept = chars[position];
                for (var c = 0; c <= 0xFFFF; c++)
                {
                    if (c is >= 0xD800 and <= 0xDFFF)
                    {
                        continue;
                    }
                    chars[position] = (char)c;
                    var text = "x " + new string(chars) + " y";
                    Assert.Equal(text.Contains(word, StringComparison.OrdinalIgnoreCase), text.AsSpan().ContainsAny(search));
                }
                chars[position] = kept;
            }
        }
    }

    private static string RandomText(Random random, string[] plant)
    {
        var length = random.Next(0, 60);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            if (random.Next(3) == 0)
            {
                var word = plant[random.Next(plant.Length)];
                // Now and then a planted word loses its last character (a near miss) or changes case.
                text.Append(random.Next(6) switch
                {
                    0 => word[..^1],
                    1 => word.ToUpperInvariant(),
                    2 => word.ToLowerInvariant(),
                    _ => word,
                });
            }
            else
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }
        return text.ToString();
    }
}
