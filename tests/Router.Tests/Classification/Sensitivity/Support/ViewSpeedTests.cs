using System.Buffers;
using System.Text;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The faster searches behind the scan view and the identifier detectors find exactly what the plain searches they
/// replaced found, on random texts built to hit their edge cases (the plain searches are kept here as references).
/// </summary>
public sealed class ViewSpeedTests
{
    [Fact]
    public void Base64Find_RandomTexts_SameAsPlainSearch()
    {
        // Short and long alphabet runs, padding glued to the next run, wrapped lines of 40+ and line breaks.
        string[] pieces = ["QUJD", "ZGVm", "c2VjcmV0", "a2V5", "Zm9vYmFy", "=", "==", "\n", "\r\n", " ", ".", "-", "_", "+/", "é", "中",
            "GQ2TENRQ", "ge4dcnjz", "MZXW6", "======",
            "TWFuIGlzIGRpc3Rpbmd1aXNoZWQsIG5vdCBvbmx5IGJ5IGhpcyByZWFzb24s", "quarterly", "AKIA", "x"];
        var random = new Random(15);
        var found = 0;
        for (var n = 0; n < 30_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 160));
            var plain = PlainBase64Find(text);
            found += plain.Count;
            Assert.Equal(plain, Base64Blocks.Find(text));
        }
        Assert.True(found > 10_000, $"only {found} blocks: the texts do not exercise the search");
    }

    [Fact]
    public void FirstBase64Run_RandomTexts_IsTheFirstLongRunFromTheStart()
    {
        string[] pieces = ["abcd", "ABCDEFGH", "01234567", "+/-_", " ", "=", "é", "\n"];
        var random = new Random(16);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 80));
            var from = random.Next(0, text.Length + 1);
            Assert.Equal(PlainFirstRun(text, from, 16), LongRuns.FirstBase64Run(text, from, 16));
        }
    }

    [Fact]
    public void ConfidentialMarkers_RandomTexts_WordStartSearchSameAsPlainSearch()
    {
        string[] pieces = ["confidential", "CONFIDENTIAL", "Confidential", "strictly confidential", "internal use only", "Internal only",
            "do not forward", "DO NOT DISTRIBUTE", "privileged", "unprivileged", "top secret", "TLP:RED", "tlp:amber", "mnpi", "attorney-client",
            "restricted", "proprietary", "eyes only", "机密", "内部资料", "不得外传", "a", "in", "do", "not", " ", "  ", ".", "-", "_", ":", "\n", "é",
            "ǅ", "ſ", "5", "x", "Ω", "中", "ı", "K",
            // The other markers (Hangul, kana, dashes, an ellipsis) and their characters alone, found from their first non-ASCII one.
            "대외비", "기밀", "극비", "マル秘", "律师-客户特权", "律师-当事人特权", "attorney–client privileged", "Classification: …", "–", "…", "律",
            "客户", "대", "マ"];
        var random = new Random(17);
        var hits = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 120));
            if (random.Next(3) > 0)
            {
                // Most texts without the characters that send the search to its plain path.
                text = text.Replace("ſ", "s", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal).Replace("K", "K", StringComparison.Ordinal);
            }
            var plain = ConfidentialMarkerDetector.FindBuiltIn(text, plainSearch: true);
            hits += plain.Count;
            Assert.Equal(plain, ConfidentialMarkerDetector.FindBuiltIn(text, plainSearch: false));
        }
        Assert.True(hits > 20_000, $"only {hits} markers: the texts do not exercise the search");
    }

    [Fact]
    public void NationalIdLabels_RandomTexts_WordStartWalkSameAsPlainSearch()
    {
        // Labels in every case, glued to letters and digits, values of their shapes, and the characters that send the walk to its plain path.
        string[] pieces = ["PESEL", "pesel", "Pesel", "national id", "NATIONAL ID", "NI number", "ni no", "aadhaar", "Aadhaar", "cpf", "CPF", "d.n.i",
            "steuer-id", "codice fiscale", "nino", "SIN", "ID", "my", "is", ": ", ":", " ", "  ", "\n", ".", "-", "x", "a", "5", "é", "中", "\u212A", "ſ", "ı",
            "123.456.789-09", "AB123456C", "2345 6789 0123", "44051401359", "046 454 286", "12345678Z", "aPesel", "9cpf"];
        var random = new Random(20);
        var found = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 40));
            if (random.Next(3) > 0)
            {
                // Most texts without the characters that send the walk to its plain path.
                text = text.Replace("ſ", "s", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal).Replace("\u212A", "K", StringComparison.Ordinal);
            }
            var plain = new List<TextSpan>();
            NationalIdDetector.AddLabelled(text, plain, plainSearch: true);
            var fast = new List<TextSpan>();
            NationalIdDetector.AddLabelled(text, fast);
            found += plain.Count;
            Assert.Equal(plain, fast);
        }
        Assert.True(found > 300, $"only {found} values: the texts do not exercise the walk");
    }

    [Fact]
    public void SpacedHanMarkers_RandomTexts_PairSearchSameAsStringSearch()
    {
        // Single characters of the spaced markers' starts and their neighbours, both spaces, doubled spaces, text ends.
        string[] pieces = ["机", "密", "秘", "内", "部", "资", "料", "严", "禁", "外", "传", "绝", "保", "商", "業", "機", "嚴", "請", "勿",
            "不", "得", "中", "文", " ", " ", "\u3000", "  ", "\u3000\u3000", "a", "x ", "\n", "★", "，", "机 密", "内\u3000部", "严 禁 外 传"];
        var random = new Random(19);
        var hits = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 60));
            for (var from = 0; from <= text.Length; from += 1 + random.Next(4))
            {
                var plain = ConfidentialMarkerDetector.NextSpacedHanStart(text, from, plainSearch: true);
                hits += plain >= 0 ? 1 : 0;
                Assert.Equal(plain, ConfidentialMarkerDetector.NextSpacedHanStart(text, from));
            }
        }
        Assert.True(hits > 20_000, $"only {hits} starts: the texts do not exercise the search");
    }

    [Fact]
    public void SplitTokens_RandomTexts_DigitLedScanSameAsPlainScan()
    {
        // Short and long words and digit groups, every separator, spaces, and characters no run holds.
        string[] pieces = ["a", "b7", "to", "x", "AKIA", "JXO4", "E52I", "4111", "1111", "12", "3", "002X", "quarterly", "deployment", "0x80070005",
            "20231118000123", "-", ".", "/", "_", "|", "·", ":", "~", "*", ",", "・", "．", "\\", "+", " ", " ", " ", "  ", " - ", "@", "(", "é", "\t", "\n",
            "中", "!", "AB12CD34", "DE81"];
        var random = new Random(18);
        var joined = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, pieces, random.Next(0, 140));
            var plain = SplitTokens.Find(text, plain: true);
            var fast = SplitTokens.Find(text);
            joined += plain.Count;
            Assert.Equal(plain.Count, fast.Count);
            for (var k = 0; k < plain.Count; k++)
            {
                Assert.Equal((plain[k].Start, plain[k].End, plain[k].Text), (fast[k].Start, fast[k].End, fast[k].Text));
                Assert.Equal(plain[k].Map.Starts, fast[k].Map.Starts);
                Assert.Equal(plain[k].Map.Ends, fast[k].Map.Ends);
            }
        }
        Assert.True(joined > 3_000, $"only {joined} rejoined forms: the texts do not exercise the scan");
    }

    private static int PlainFirstRun(string text, int from, int minLength)
    {
        var length = 0;
        for (var i = from; i < text.Length; i++)
        {
            length = LongRuns.IsBase64(text[i]) ? length + 1 : 0;
            if (length >= minLength)
            {
                var start = i;
                while (start > from && LongRuns.IsBase64(text[start - 1]))
                {
                    start--;
                }
                return start;
            }
        }
        return -1;
    }

    private static readonly SearchValues<char> Base64Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_");

    /// <summary>Base64Blocks.Find as it was: every run of the alphabet, one after another.</summary>
    private static List<TextSpan> PlainBase64Find(string text)
    {
        var blocks = new List<TextSpan>();
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var at = span[i..].IndexOfAny(Base64Alphabet);
            if (at < 0)
            {
                break;
            }
            var start = i + at;
            var end = RunEnd(span, start);
            var line = end - start;
            while (line >= 40 && line % 4 == 0 && LineBreak(span, end) is > 0 and var breakLength
                && end + breakLength < span.Length && Base64Alphabet.Contains(span[end + breakLength]))
            {
                var next = RunEnd(span, end + breakLength);
                var nextLine = next - end - breakLength;
                if (nextLine > line)
                {
                    break;
                }
                end = next;
                if (nextLine < line)
                {
                    break;
                }
            }
            // Base32: one case of A-Z/a-z and 2-7 only, of a length some byte count encodes to, padded with up to six '='.
            var run = span[start..end].ToString();
            var base32 = run.Length >= 16 && run.Length % 8 is not (1 or 3 or 6)
                && (run.All(c => c is (>= 'A' and <= 'Z') or (>= '2' and <= '7')) || run.All(c => c is (>= 'a' and <= 'z') or (>= '2' and <= '7')));
            var padded = end;
            while (padded < span.Length && padded - end < (base32 ? 6 : 2) && span[padded] == '=')
            {
                padded++;
            }
            if (end - start >= 16 && ((span[start..end].ContainsAnyInRange('A', 'Z') && span[start..end].ContainsAnyInRange('a', 'z')) || base32))
            {
                blocks.Add(new TextSpan(start, padded));
            }
            // "key=GQ2D…": after '=' glued to a short run, the next run starts at once; else the character after the run is no alphabet.
            i = padded > end ? padded : padded + (padded < span.Length ? 1 : 0);
        }
        return blocks;

        static int RunEnd(ReadOnlySpan<char> span, int start)
        {
            var length = span[start..].IndexOfAnyExcept(Base64Alphabet);
            return length < 0 ? span.Length : start + length;
        }

        static int LineBreak(ReadOnlySpan<char> span, int at) =>
            at < span.Length && span[at] == '\n' ? 1
            : at + 1 < span.Length && span[at] == '\r' && span[at + 1] == '\n' ? 2
            : 0;
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
