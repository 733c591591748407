using System.Buffers;
using System.Text;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// Faster forms of plain character and word searches (bit tables, first-character searches) give exactly what the
/// plain calls they replace give.
/// </summary>
public sealed class ScanHelpersTests
{
    private const string Alphabet = "ab Z9 .,-'\n\u00e9\u0130\u4e00\u4e2d\u6587\u3000\u3002\uff0c\u2160\u0660\ud83d\ude00电话手机号码联系方式机密内部";

    [Fact]
    public void CharTable_EveryChar_SameAsCharMethods()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.IsLetter((char)c), CharTable.IsLetter((char)c));
            Assert.Equal(char.IsLetterOrDigit((char)c), CharTable.IsLetterOrDigit((char)c));
            Assert.Equal(char.IsUpper((char)c), CharTable.IsUpper((char)c));
            Assert.Equal(char.IsDigit((char)c), CharTable.IsDigit((char)c));
        }
    }

    [Fact]
    public void NextWordStart_RandomTexts_SameAsPlainDefinition()
    {
        var random = new Random(7);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random);
            for (var at = 0; at < text.Length; at++)
            {
                Assert.Equal(PlainNextWordStart(text, at), CueSet.NextWordStart(text, at));
            }
        }
    }

    [Fact]
    public void OrdinalStarts_RandomTexts_SameAsOrdinalSearch()
    {
        string[] words = ["电话", "电话号码", "手机", "联系方式", "机密", "内部", "内部资料", "é9", "中"];
        var starts = new OrdinalStarts(words);
        var search = SearchValues.Create(words, StringComparison.Ordinal);
        var random = new Random(8);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, words);

            Assert.Equal(text.AsSpan().IndexOfAny(search), starts.IndexIn(text));
            for (var at = 0; at < text.Length; at++)
            {
                var longest = words.Where(w => text.AsSpan(at).StartsWith(w, StringComparison.Ordinal)).Select(w => w.Length).DefaultIfEmpty(0).Max();
                Assert.Equal(longest, starts.LongestAt(text, at));
            }
        }
    }

    [Fact]
    public void LabelSet_CjkLabels_RandomTexts_SameAsLastOccurrenceOfEachLabel()
    {
        string[] cjk = ["电话", "电话号码", "手机", "联系方式", "号码"];
        var labels = new LabelSet([.. cjk, "tel", "phone"]);
        var random = new Random(9);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, cjk);
            var plain = -1;
            foreach (var label in cjk)
            {
                var at = text.LastIndexOf(label, StringComparison.Ordinal);
                if (at >= 0)
                {
                    plain = Math.Max(plain, at + label.Length);
                }
            }

            Assert.Equal(plain, labels.LastCjkEnd(text));
        }
    }

    [Fact]
    public void LabelSet_AccentedLabels_RandomTexts_SameAsLastOccurrenceAnyCaseLatinAtWordStart()
    {
        string[] accented = ["móvil", "número", "téléphone", "паспорт", "mi número"];
        var labels = new LabelSet([.. accented, "tel", "phone"]);
        var random = new Random(11);
        string[] plant = [.. accented, "Móvil", "NÚMERO", "automóvil", "Паспорт", "númeroX", "ó", "é"];
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, plant);
            var plain = -1;
            foreach (var label in accented)
            {
                for (var at = 0; at + label.Length <= text.Length; at++)
                {
                    var end = at + label.Length;
                    var latin = label[0] < 0x250 || label.Any(c => c is >= '\u00C0' and < '\u0250');
                    if (text.AsSpan(at, label.Length).Equals(label, StringComparison.OrdinalIgnoreCase)
                        && (!latin || at == 0 || !char.IsLetter(text[at - 1])))
                    {
                        plain = Math.Max(plain, end);
                    }
                }
            }

            Assert.Equal(plain, labels.LastAccentedEnd(text));
        }
    }

    private static int PlainNextWordStart(string text, int at)
    {
        if (!char.IsLetterOrDigit(text[at]))
        {
            return at + 1;
        }
        for (var end = at + 1; end < text.Length; end++)
        {
            if (!char.IsLetterOrDigit(text[end]))
            {
                return end + 1;
            }
        }
        return text.Length;
    }

    private static string RandomText(Random random, string[]? plant = null)
    {
        var length = random.Next(0, 50);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            if (plant is not null && random.Next(4) == 0)
            {
                text.Append(plant[random.Next(plant.Length)]);
            }
            else
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }
        return text.ToString();
    }
}
