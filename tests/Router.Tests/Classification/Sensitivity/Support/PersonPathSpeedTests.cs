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

    [Fact]
    public void LatinNamesWords_RandomTexts_SameAsCharacterByCharacterTokens()
    {
        string[] pieces = ["Anna", "o'Neil", "Al-Sayed", "d’Arc", "van", "x", "Élodie", "ǅemal", "Straße", "病人", "张伟", "'", "-", "’", "--",
            "''", "42", "_", "ſ", "K", "İı", "é", "\u0301", "ab1c"];
        string[] separators = ["", "", " ", " ", "\n", ", ", "-", "'", "’", "."];
        var random = new Random(51);
        var words = new List<(int Start, int End)>();
        var checkedWords = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 14); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(separators[random.Next(separators.Length)]);
            }
            LatinNames.AddWords(text.ToString(), words);

            var plain = PlainLatinWords(text.ToString());
            Assert.Equal(plain, words);
            checkedWords += plain.Count;
        }
        Assert.True(checkedWords > 50_000, $"only {checkedWords} words");
    }

    // The name finder's words as first written: one character at a time, a word going on across an apostrophe or hyphen
    // only where a name letter (a letter that is not Han) follows.
    private static List<(int Start, int End)> PlainLatinWords(string text)
    {
        static bool IsNameLetter(char c) => char.IsLetter(c) && !(c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF');
        var words = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsNameLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (IsNameLetter(text[i]) || (text[i] is '\'' or '-' or '’' && i + 1 < text.Length && IsNameLetter(text[i + 1]))))
            {
                i++;
            }
            words.Add((start, i));
        }
        return words;
    }

    private static readonly string[] StreetPieces =
    [
        "12", "7b", "3-4", "4711", "123456", "٣٤", "12,", "Main", "Elm", "de", "la", "O'Neil", "St.", "St", "Street", "street", "STREET", "Rd",
        "road", "Ave", "avenue", "Park", "Way", "Lane", "straße", "strasse", "STRAßE", "Stx", "Road_", "St5", "\u017Ftreet", "\u212A", "Rue",
        "rue", "RUE", "Via", "Viale", "Calle", "Avda.", "Ul.", "ul", "Ulica", "Piazza", "Plaza", "Boulevard", "Chemin", "Allée", "Route",
        "Kvaløyvågvegen", "Parva", "Domus", "Rogers", "Hausergasse", "Bergweg", "Ringstr.", "USS", "uss", "USNS", "Unit", "unit", "Box",
        "APO", "fpo", "AE", "AP", "PSC", "Apt", "Suite", "and", "Lauren", "Ries", "Κασνέτη", "Élan", "anderson", "\n", "\r\n", ", ", ",", " ",
        "\u00A0", "\t", "x", "病", "_", "İ",
    ];

    [Fact]
    public void StreetScan_RandomTexts_SameListsAsEachGatesOwnSearch()
    {
        string[] separators = [" ", " ", " ", "", "\n", ", ", "\u00A0"];
        var random = new Random(52);
        var places = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = RandomStreetText(random, separators);
            var scan = StreetScan.Of(text);
            var expected = new List<int>();

            AddressGates.StreetWordPlaces(text, expected);
            Assert.Equal(expected, scan.StreetWords);
            places += expected.Count;
            Assert.Equal(AddressGates.HasOddCaseForms(text), scan.OddCaseForms);
            if (!scan.OddCaseForms)
            {
                expected.Clear();
                AddressGates.AnyCaseStreetWordPlaces(text, expected);
                Assert.Equal(expected, scan.AnyCaseStreetWords);
                places += expected.Count;
            }
            expected.Clear();
            AddressGates.NumbersBeforeTownLine(text, expected);
            Assert.Equal(expected, scan.NumbersBeforeTownLine);
            Assert.Equal(StreetAddress.HasNumberThenRomanceStreetType(text), scan.RomanceStreetType);
            Assert.Equal(AddressGates.HasEuropeanStreet(text), scan.EuropeanStreet);
        }
        Assert.True(places > 10_000, $"only {places} places");
    }

    [Fact]
    public void StreetAddressFind_SharedScan_SameAsEachGateOnItsOwn()
    {
        string[] separators = [" ", " ", " ", " ", "", "\n", ", ", "\t"];
        var random = new Random(53);
        var hits = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = RandomStreetText(random, separators);
            var own = new List<TextSpan>();
            var shared = new List<TextSpan>();
            StreetAddress.Find(text, own, shared: false);
            StreetAddress.Find(text, shared, shared: true);

            Assert.Equal(own, shared);
            hits += own.Count;
        }
        Assert.True(hits > 10_000, $"only {hits} matches: the random texts no longer exercise the patterns");
    }

    [Fact]
    public void GivenNameAndStreet_TriedBeforeEachAnd_SameAsEnumeratingEverywhere()
    {
        string[] pieces = ["Lauren", "Ries", "Élan", "ǅemal", "aB", "and", "and", "and", "AND", "anderson", "Sorlaskeid", "Κασνέτη", "de", "32",
            "7b", "123456", "٣٤", "x", "Main", "_", "\n", "."];
        string[] separators = [" ", " ", " ", " ", "  ", "", "\n", "\t", "\u00A0"];
        var random = new Random(54);
        var hits = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var built = new StringBuilder();
            for (var k = random.Next(1, 16); k > 0; k--)
            {
                built.Append(pieces[random.Next(pieces.Length)]).Append(separators[random.Next(separators.Length)]);
            }
            var text = built.ToString();
            var everywhere = new List<TextSpan>();
            var anchored = new List<TextSpan>();
            StreetAddress.AddGivenNameAndStreet(text, everywhere, anchored: false);
            StreetAddress.AddGivenNameAndStreet(text, anchored, anchored: true);

            Assert.Equal(everywhere, anchored);
            hits += everywhere.Count;
        }
        Assert.True(hits > 500, $"only {hits} matches: the random texts no longer exercise the pattern");
    }

    private static string RandomStreetText(Random random, string[] separators)
    {
        var text = new StringBuilder();
        for (var k = random.Next(1, 20); k > 0; k--)
        {
            text.Append(StreetPieces[random.Next(StreetPieces.Length)]).Append(separators[random.Next(separators.Length)]);
        }
        return text.ToString();
    }

    [Fact]
    public void NextWordStart_LongAndShortAsciiWords_SameAsPlainDefinition()
    {
        // Words of every length around the characters stepped over before the vectorised skip (12), with other letters,
        // digits and separators inside and after them.
        const string Letters = "abcxyzABCXYZ0189";
        string[] others = [" ", ".", "-", "é", "病", "\u0660", "\u2160", "_", "\n", "ǅ", "\ud83d\ude00", "张伟住在北京市朝阳区", "一", "\u9FFF", "\u4DBF",
            "，", "。", "丁", "病人病人病人病人病人病人病人病人病人病人病人病人病人病人病人病人病人"];
        Assert.True(CueSet.HanAreLetters, "the Han skip is not used on this runtime: this test no longer covers it");
        var random = new Random(55);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 6); k > 0; k--)
            {
                for (var run = random.Next(0, 30); run > 0; run--)
                {
                    text.Append(Letters[random.Next(Letters.Length)]);
                }
                text.Append(others[random.Next(others.Length)]);
            }
            var s = text.ToString();
            for (var at = 0; at < s.Length; at++)
            {
                var plain = at + 1;
                if (char.IsLetterOrDigit(s[at]))
                {
                    while (plain < s.Length && char.IsLetterOrDigit(s[plain]))
                    {
                        plain++;
                    }
                    plain = Math.Min(s.Length, plain + 1);
                }
                Assert.Equal(plain, CueSet.NextWordStart(s, at));
            }
        }
    }

    [Fact]
    public void StreetScan_OtherDigitRanges_HoldEveryDigitButAsciiAndNoHan()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var inRanges = StreetScan.OtherDigitRanges.Any(r => c >= r.Low && c <= r.High);
            if (char.IsDigit((char)c))
            {
                Assert.True(c is >= '0' and <= '9' || inRanges, $"U+{c:X4} is a digit outside the ranges");
            }
            if (HanText.IsHan((char)c) || c < 128)
            {
                Assert.False(inRanges, $"U+{c:X4} falls in a digit range");
            }
        }
        Assert.Contains(StreetScan.OtherDigitRanges, r => r.Low == '\u0660');
    }

    [Fact]
    public void LatinNames_HanRange_HoldsNoNameLetter()
    {
        for (var c = LatinNames.HanFirst; c <= LatinNames.HanLast; c++)
        {
            Assert.False(LatinNames.IsNameLetter(c), $"U+{(int)c:X4}");
        }
        Assert.True(LatinNames.IsNameLetter('\u33FF') || !char.IsLetter('\u33FF'));
        Assert.True(LatinNames.IsNameLetter('é'));
    }

    [Fact]
    public void ChineseStreet_TriedBeforeDigits_SameAsEnumeratingEverywhere()
    {
        string[] pieces = ["上海市", "徐汇区", "漕溪北", "路", "街", "大街", "胡同", "小区", "花园", "广场", "大厦", "村", "里", "号", "号楼", "单元",
            "室", "栋", "层", "弄", "88", "3", "502", "12-3", "１２", "٣", "-", "寄到", "请", "，", " ", "A", "家住北京市朝阳区建国", "的", "x"];
        var random = new Random(56);
        var hits = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 16); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            var everywhere = new List<TextSpan>();
            var anchored = new List<TextSpan>();
            StreetAddress.AddChineseStreet(text.ToString(), everywhere, anchored: false);
            StreetAddress.AddChineseStreet(text.ToString(), anchored, anchored: true);

            Assert.Equal(everywhere, anchored);
            hits += everywhere.Count;
        }
        Assert.True(hits > 500, $"only {hits} matches: the random texts no longer exercise the pattern");
    }

    [Fact]
    public void EuropeanSuffixEnd_RandomEndings_SameAsComparingEverySuffix()
    {
        static char Loose(char c) => c switch
        {
            '\u212A' => 'k',
            '\u017F' => 's',
            '\u0130' or '\u0131' => 'i',
            '\u1E9E' => 'ß',
            _ => char.ToLowerInvariant(c),
        };
        string[] pieces = ["Haupt", "stra", "ße", "SSE", "sse", "str.", "STR.", "weg", "WEG", "gasse", "laan", "vej", "gatan", "väg", "vägen",
            "ulica", "utca", "katu", "tie", "allee", "platz", "ring", "damm", "plein", "gracht", "kade", "\u212A", "\u017F", "\u0131", "\u1E9E", "e",
            "g", "n", ".", "x", "1"];
        var random = new Random(57);
        var ends = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 4); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            var s = text.ToString();
            var plain = AddressGates.EuropeanSuffixes.Any(suffix => s.Length >= suffix.Length
                && s.AsSpan(s.Length - suffix.Length).ToArray().Select(Loose).SequenceEqual(suffix.Select(Loose)));

            Assert.Equal(plain, AddressGates.EndsWithSuffix(s));
            ends += plain ? 1 : 0;
        }
        Assert.True(ends > 5_000, $"only {ends} endings");
    }
}
