using System.Text;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Support;

/// <summary>
/// The faster searches behind the cue words, the address labels and tenant values find exactly what the plain
/// OrdinalIgnoreCase comparisons they replace find, odd case forms included (long s, dotless i, Kelvin sign).
/// </summary>
public sealed class FastSearchTests
{
    private const string Alphabet = "abcdeghiklmnoprstuvwxyzABDEGHIKLMSX $£'.:-/\n,\u212A\u017F\u0130\u0131ǅǆ病药元é";

    [Fact]
    public void CueSet_RandomTexts_SameHitsAsPlainComparison()
    {
        string[] cues = ["diagnos*", "mg", "HIV", "ill with", "pain", "x-ray", "post-op", "ER visit", "sick", "sick leave", "$", "'s address", "name:", "kit", "sis"];
        AssertSameAsPlain(cues, new Random(15));
    }

    [Fact]
    public void CueSet_InWordCues_RandomTexts_SameHitsAsPlainComparison()
    {
        // Cues with a leading '*' also count inside a word, found by their own search and merged with the trie walk's hits.
        string[] cues = ["st", "str", "*str", "*strasse", "street", "*gasse", "rd", "*'s place", "*’s:", "*tie*", "ship", "address*", "sis", "*is"];
        AssertSameAsPlain(cues, new Random(16));
    }

    private static void AssertSameAsPlain(string[] cues, Random random)
    {
        var set = new CueSet(cues);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, [.. cues.Select(c => c.Trim('*'))], "ğŞłÉệ\u1E6D");
            var hits = new List<TextSpan>();
            set.FindAll(text, hits);

            Assert.Equal(PlainAsciiHits(cues, text), hits);
            Assert.Equal(hits.Count > 0, set.Any(text));
        }
    }

    [Fact]
    public void SharedCues_RandomTexts_EverySetAsItsOwnSearch()
    {
        CueSet[] sets =
        [
            PersonHealthDetector.HealthCues, PersonFinanceDetector.FinanceCues, PersonBirthDateDetector.BirthCues,
            PersonRecordDetector.RoleCues, PersonContext.Fiction, PersonAddressDetector.HomeOrDelivery,
        ];
        string[] words = ["diagnosed", "mg", "salary", "$", "born", "aged", "patient", "name:", "novel", "ship", "my address is",
            "lives at", "sick leave", "Ann's place", "bob’s:", "患者", "工资", "出生", "小说", "地址", "诊断", "元", "病人", "病", "住院", "住", "《", "收件人"];
        var random = new Random(42);
        for (var n = 0; n < 5_000; n++)
        {
            var text = RandomText(random, words);
            var scan = new PersonScan(text);
            foreach (var set in sets)
            {
                // The scan's text: letter-spaced Han ("病 住") is read closed up (SpacedHan).
                var own = new List<TextSpan>();
                set.FindAll(scan.Text, own);

                Assert.Equal(own, scan.Cues(set));
            }
        }
    }

    [Fact]
    public void SharedCues_EveryCjkCueOfEverySet_FoundAsItsOwnSearch()
    {
        // The shared pass looks up the first character of every set's CJK cues in a table over their range: every such
        // cue, lowest and highest first character included, next to Han text, ASCII and other cues.
        CueSet[] sets =
        [
            PersonHealthDetector.HealthCues, PersonFinanceDetector.FinanceCues, PersonBirthDateDetector.BirthCues,
            PersonRecordDetector.RoleCues, PersonContext.Fiction, PersonAddressDetector.HomeOrDelivery,
        ];
        string[] cues = [.. sets.SelectMany(s => s.CjkCues).Distinct()];
        Assert.NotEmpty(cues);
        var random = new Random(43);
        for (var n = 0; n < 5_000; n++)
        {
            var text = new StringBuilder("患");
            for (var k = random.Next(1, 8); k > 0; k--)
            {
                text.Append(cues[random.Next(cues.Length)]).Append(random.Next(4) switch { 0 => " ", 1 => "的", 2 => "x", _ => "" });
            }
            var scan = new PersonScan(text.ToString());
            foreach (var set in sets)
            {
                var own = new List<TextSpan>();
                set.FindAll(scan.Text, own);

                Assert.Equal(own, scan.Cues(set));
            }
        }
    }

    [Fact]
    public void CueSet_AccentedLatinLetters_ReadAsTheirBaseLetters()
    {
        // "doğumlu", "född", "câștigă", "lương": a cue written without accents matches them from a word start, not a longer word.
        var set = new CueSet("dogumlu", "fodd", "castiga", "luong", "sinh ngay");
        var hits = new List<TextSpan>();
        set.FindAll("1987 doğumlu; född 1975; câștigă; LƯƠNG; sinh ngày 12; doğumluk", hits);

        Assert.Equal([new TextSpan(5, 12), new TextSpan(14, 18), new TextSpan(25, 32), new TextSpan(34, 39), new TextSpan(41, 50)], hits);
    }

    [Fact]
    public void CueSet_PrefixAndWordEnd_AsDocumented()
    {
        var set = new CueSet("diagnos*", "pain");
        var hits = new List<TextSpan>();
        set.FindAll("DIAGNOSED with painful pain; Pain.", hits);

        Assert.Equal([new TextSpan(0, 7), new TextSpan(23, 27), new TextSpan(29, 33)], hits);
    }

    [Fact]
    public void CaseInsensitiveWords_RandomTexts_SameAsContainsIgnoringCase()
    {
        string[] words = ["utca", "út ", "tér ", "sétány", "köz ", "fasor"];
        var search = new CaseInsensitiveWords(words);
        var random = new Random(21);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, words, "úÚéÉöÖ");

            Assert.Equal(words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)), search.In(text));
        }
    }

    [Fact]
    public void CaseInsensitiveWords_IndexIn_RandomTexts_SameAsOneSearchOfAllWords()
    {
        // ASCII, Chinese-only and other words, each kind searched its own way, against one search of them all.
        string[] words = ["classification", "sis", "kit", "密级", "保密等级", "标密", "病药", "sétány", "út "];
        var search = new CaseInsensitiveWords(words);
        var all = System.Buffers.SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        var random = new Random(22);
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, words, "úÚéÉ密级保等标");

            Assert.Equal(text.AsSpan().IndexOfAny(all), search.IndexIn(text));
            Assert.Equal(text.AsSpan().ContainsAny(all), search.In(text));
        }
    }

    [Fact]
    public void TenantText_RandomTexts_SameAsIndexOfIgnoringCase()
    {
        var random = new Random(33);
        foreach (var raw in new[] { "Project Falcon", " 猎鹰计划 ", "Kés", "sis" })
        {
            var term = TenantText.For(raw);
            for (var n = 0; n < 5_000; n++)
            {
                var text = RandomText(random, [raw.Trim()]);

                Assert.Equal(text.IndexOf(term.Value, StringComparison.OrdinalIgnoreCase), term.IndexIn(text));
            }
        }
    }

    [Fact]
    public void AddressLabelStarts_CoverEveryLabelOfThePattern()
    {
        var labels = LeadingLiterals(StreetAddress.AfterAddressLabelPattern);

        Assert.NotEmpty(labels);
        foreach (var label in labels)
        {
            Assert.True(label.AsSpan().IndexOfAny(StreetAddress.AddressLabelStarts) == 0, $"no start for label '{label}'");
        }
    }

    [Fact]
    public void StreetThenNumberStarts_CoverEveryStreetWordOfThePattern()
    {
        var words = PatternStarts(StreetAddress.StreetThenNumberPattern);

        Assert.Contains("rue", words);
        Assert.Contains("Ul.", words);
        foreach (var word in words)
        {
            Assert.True(word.AsSpan().IndexOfAny(StreetAddress.StreetThenNumberStarts) == 0, $"no start for '{word}'");
        }
    }

    [Fact]
    public void StreetScanWords_CoverEveryFirstWordOfTheStartAnchoredPatterns()
    {
        // StreetScan tries StreetThenNumber and Military only at word starts whose ASCII letters are one of these words: a
        // word added to either pattern needs its letters there too (each alternative's letters end at white space or '.').
        foreach (var (pattern, words) in new[] { (StreetAddress.StreetThenNumberPattern, StreetAddress.StreetThenNumberWords), (StreetAddress.MilitaryPattern, StreetAddress.MilitaryWords) })
        {
            var starts = PatternStarts(pattern);
            Assert.True(starts.Count >= 7, $"only {starts.Count} starts");
            foreach (var start in starts)
            {
                var letters = new string([.. start.TakeWhile(char.IsAsciiLetter)]);
                Assert.True(words.Contains(letters, StringComparer.OrdinalIgnoreCase), $"no word for '{start}'");
            }
        }
    }

    [Fact]
    public void MilitaryStarts_CoverEveryAlternativeOfThePattern()
    {
        var words = PatternStarts(StreetAddress.MilitaryPattern);

        Assert.Contains("FPO", words);
        Assert.Contains("Unit", words);
        foreach (var word in words)
        {
            Assert.True(word.AsSpan().IndexOfAny(StreetAddress.MilitaryStarts) == 0, $"no start for '{word}'");
        }
    }

    [Fact]
    public void StartAnchoredPatterns_RandomTexts_SameAsEnumeratingEverywhere()
    {
        string[] pieces = ["Rue", "rue ", "RUE", "Via", "VIA ", "Viale ", "via ", "Calle", "Ul. ", "ul.", "Plaza", "Piazza ", "Carrer de ",
            "USS ", "uss", "USNS ", "uscgc ", "APO AE ", "fpo ap ", "DPO AA ", "Unit ", "unit ", " Box ", "12345", "12", "7b", "Mayor",
            "del Sol ", "\n", ", ", " ", " ", "\u017F", "\u212A", "\u0130", "x"];
        var random = new Random(31);
        var hits = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 16); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            var plain = new List<TextSpan>();
            var anchored = new List<TextSpan>();
            StreetAddress.AddStartAnchored(text.ToString(), plain, anchored: false);
            StreetAddress.AddStartAnchored(text.ToString(), anchored, anchored: true);

            Assert.Equal(plain, anchored);
            hits += plain.Count;
        }
        Assert.True(hits > 1_000, $"only {hits} matches: the random texts no longer exercise the patterns");
    }

    // Every literal a match of the pattern can start with: each top-level alternative (a leading \b dropped) and each
    // alternative of a group that opens it, its literal text up to the first construct, simple character classes
    // ("[Rr]ue") expanded, less a last character a quantifier makes optional. An alternative with no literal start fails.
    private static List<string> PatternStarts(string pattern)
    {
        var result = new List<string>();
        foreach (var alternative in Alternatives(pattern))
        {
            var body = alternative.StartsWith(@"\b", StringComparison.Ordinal) ? alternative[2..] : alternative;
            if (body.StartsWith("(?:", StringComparison.Ordinal))
            {
                result.AddRange(PatternStarts(body[3..GroupEnd(body, 0)]));
                continue;
            }
            var starts = new List<string> { "" };
            for (var i = 0; i < body.Length;)
            {
                string[] options;
                var next = i + 1;
                if (body[i] == '[')
                {
                    var close = body.IndexOf(']', i);
                    options = [.. body[(i + 1)..close].Select(c => c.ToString())];
                    next = close + 1;
                }
                else if (body[i] == '\\' && i + 1 < body.Length && !char.IsLetterOrDigit(body[i + 1]))
                {
                    options = [body[i + 1].ToString()];
                    next = i + 2;
                }
                else if (body[i] is '(' or '\\' or '?' or '*' or '{' or '+' or '|' or '.')
                {
                    break;
                }
                else
                {
                    options = [body[i].ToString()];
                }
                if (next < body.Length && body[next] is '?' or '*' or '{')
                {
                    break;
                }
                starts = [.. starts.SelectMany(s => options.Select(o => s + o))];
                i = next;
            }
            Assert.All(starts, s => Assert.False(string.IsNullOrEmpty(s), $"no literal start in '{alternative}'"));
            result.AddRange(starts);
        }
        return result;
    }

    // What every match of each alternative of the pattern's first group must begin with: its literal text up to the
    // first construct, less an optional last character; nested groups at the start are expanded.
    private static List<string> LeadingLiterals(string pattern)
    {
        Assert.StartsWith("(?:", pattern);
        var end = GroupEnd(pattern, 0);
        var result = new List<string>();
        foreach (var alternative in Alternatives(pattern[3..end]))
        {
            result.AddRange(Literals(alternative));
        }
        return result;
    }

    private static IEnumerable<string> Literals(string alternative)
    {
        if (alternative.StartsWith("(?:", StringComparison.Ordinal))
        {
            var end = GroupEnd(alternative, 0);
            foreach (var inner in Alternatives(alternative[3..end]))
            {
                foreach (var literal in Literals(inner))
                {
                    yield return literal;
                }
            }
            yield break;
        }
        var length = 0;
        while (length < alternative.Length && alternative[length] is not ('(' or '?' or '*' or '{' or '|' or '\\' or '[' or '+'))
        {
            length++;
        }
        if (length < alternative.Length && alternative[length] is '?' or '*' or '{')
        {
            length--;
        }
        yield return alternative[..length];
    }

    private static int GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '(')
            {
                depth++;
            }
            else if (pattern[i] == ')' && --depth == 0)
            {
                return i;
            }
        }
        throw new InvalidOperationException("unbalanced group");
    }

    private static List<string> Alternatives(string body)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\')
            {
                i++;
            }
            else if (body[i] == '(')
            {
                depth++;
            }
            else if (body[i] == ')')
            {
                depth--;
            }
            else if (body[i] == '|' && depth == 0)
            {
                parts.Add(body[start..i]);
                start = i + 1;
            }
        }
        parts.Add(body[start..]);
        return parts;
    }

    // The documented CueSet rule for ASCII cues, compared one cue at a time: at a place with no letter or digit before
    // it (or anywhere, for a cue with a leading '*'), the longest cue that starts there ignoring case and ends at a
    // non-letter (unless it is a prefix cue or ends in a non-letter).
    // A cue found from a word start also reads an accented Latin letter as its base letter ("é" as "E": LatinFold); one found
    // inside a word reads the text as written.
    private static List<TextSpan> PlainAsciiHits(string[] cues, string text)
    {
        var hits = new List<TextSpan>();
        var folded = new string([.. text.Select(c => c >= 128 && LatinFold.BaseUpper(c) is var b and not '\0' ? b : c)]);
        for (var at = 0; at < text.Length; at++)
        {
            var insideWord = at > 0 && char.IsLetterOrDigit(text[at - 1]);
            var source = insideWord ? text : folded;
            var longest = 0;
            foreach (var raw in cues.Where(c => Ascii.IsValid(c) && (!insideWord || c.StartsWith('*'))))
            {
                var cue = raw.Trim('*');
                var end = at + cue.Length;
                if (cue.Length > longest && source.AsSpan(at).StartsWith(cue, StringComparison.OrdinalIgnoreCase)
                    && (raw.EndsWith('*') || end == text.Length || !char.IsLetter(text[end]) || !char.IsLetter(cue[^1])))
                {
                    longest = cue.Length;
                }
            }
            if (longest > 0)
            {
                hits.Add(new(at, at + longest));
            }
        }
        return hits;
    }

    private static string RandomText(Random random, string[] plant, string extra = "")
    {
        var alphabet = Alphabet + extra;
        var length = random.Next(0, 40);
        var text = new StringBuilder();
        while (text.Length < length)
        {
            if (random.Next(3) == 0)
            {
                foreach (var c in plant[random.Next(plant.Length)])
                {
                    text.Append(random.Next(5) switch
                    {
                        0 => char.ToUpperInvariant(c),
                        1 => c switch { 's' => '\u017F', 'i' => '\u0131', 'k' => '\u212A', _ => c },
                        _ => c,
                    });
                }
            }
            else
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }
        }
        return text.ToString();
    }
}
