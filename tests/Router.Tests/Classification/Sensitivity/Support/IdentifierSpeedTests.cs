using System.Text;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The faster paths of the identifier detectors' context checks find exactly what the plain searches find, on random
/// texts built to hit their edge cases (camelCase, labels cut by the window, look-alike letters, CJK and accented labels).
/// </summary>
public sealed class IdentifierSpeedTests
{
    [Fact]
    public void AsciiWordStarts_RandomTexts_SameAsPlainDefinition()
    {
        string[] pieces = ["a", "B", "ab", "aB", "Ab", "AB", "tel", "Phone", "my", "Number", " ", "-", "1", "_", "é", "中", "\n", "xY", "Zz"];
        var random = new Random(21);
        var starts = 0;
        int[]? buffer = null;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 90));
            var plain = Enumerable.Range(0, text.Length).Where(at => AsciiWordStarts.StartsAt(text, at)).ToArray();
            starts += plain.Length;
            var count = AsciiWordStarts.Find(text, ref buffer);
            Assert.Equal(plain, buffer.AsSpan(0, count).ToArray());
        }
        Assert.True(starts > 100_000, $"only {starts} word starts");
    }

    [Fact]
    public void LabelSet_WindowsOfRandomTexts_IndexedSameAsPlainSearch()
    {
        var custom = new LabelSet(["call me", "cell", "tel", "ref:", "part no", "móvil", "电话", "号码"], ["reach me", "telefono", "llámame", "手机号"]);
        LabelSet[] sets = [LabelContext.PhoneLabels, LabelContext.BusinessLabels, LabelContext.CardLabels, LabelContext.IdentityLabels, custom];
        string[] pieces = ["call", "Call", "CALL", "call me", "callMe", "recall", "cell", "tel", "hotel", "TelNo", "myTel", "phone", "PHONE", "order", "Order",
            "orders", "ref:", "ref", "part no", "part", "reach me", "reach", "telefono", "llámame", "Llámame", "móvil", "MÓVIL", "automóvil", "电话", "手机号", "号码",
            "card", "visa", "debit", "passport", "id number", "a", "x", "me", "no", " ", "  ", ":", "-", ".", "\n", "5", "123", "é", "中", "ı", "ſ", "K"];
        var random = new Random(22);
        var found = 0;
        for (var n = 0; n < 6_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(1, 140));
            if (random.Next(4) > 0)
            {
                // Most texts without the look-alike letters that keep the plain search.
                text = text.Replace("ı", "i", StringComparison.Ordinal).Replace("ſ", "s", StringComparison.Ordinal).Replace("K", "K", StringComparison.Ordinal);
            }
            var other = RandomText(random, pieces, 30);
            for (var w = 0; w < 12; w++)
            {
                var set = sets[random.Next(sets.Length)];
                var from = random.Next(0, text.Length);
                var to = random.Next(from, Math.Min(text.Length, from + 50) + 1);
                var plain = set.PlainNearestEnd(text, from, to);
                found += plain >= 0 ? 1 : 0;
                Assert.Equal(plain, set.NearestEnd(text, from, to));
                if (w == 6)
                {
                    // Another text in between: whatever is kept per text must follow.
                    Assert.Equal(set.PlainNearestEnd(other, 0, other.Length), set.NearestEnd(other, 0, other.Length));
                }
            }
        }
        Assert.True(found > 5_000, $"only {found} windows with a label");
    }

    [Fact]
    public void IbanStarts_RandomTexts_SameAsThePatternsMatches()
    {
        var pattern = new Regex(IbanDetector.StartPattern, RegexOptions.CultureInvariant);
        string[] pieces = ["DE", "GB", "de", "x", "89", "1", "3704", "0044", "0532", "0130", "00", "AB12", "é", "中", " ", "-", "  ", "\n", ".", "٣", "Z9", "\t", "   "];
        var random = new Random(23);
        var matches = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 60));
            var plain = pattern.Matches(text).Select(m => m.Index).ToList();
            matches += plain.Count;
            var fast = new List<int>();
            for (var at = IbanDetector.NextStart(text, 0); at >= 0; at = IbanDetector.NextStart(text, at + 2))
            {
                fast.Add(at);
            }
            Assert.Equal(plain, fast);
        }
        Assert.True(matches > 10_000, $"only {matches} matches");
    }

    [Fact]
    public void CountDigits_RandomTexts_SameAsCountingEachCharacter()
    {
        string[] pieces = ["0", "9", "5", "/", ":", "a", " ", "٣", "中", "0123456789", "\u0030", "\uFF10"];
        var random = new Random(25);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 100));
            Assert.Equal(text.Count(char.IsAsciiDigit), ScanInput.CountDigits(text));
        }
    }

    private static string RandomText(Random random, string[] pieces, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }
        return text.ToString();
    }
}
