using System.Buffers;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// SSN labels the fixed label list misses (twelfth pass): short and misspelt forms ("soc:", "socsec", "S.S.N.", "socail
/// security", "social secuirty"), 社安号, the bare word "social" right before nine digits in any grouping ("her social
/// 512.384.721"), and a number split over two messages with a few words between its parts ("512-38" / "then 4721").
/// </summary>
internal sealed partial class UsSsnDetector
{
    // Where a loose label may start: "soc…" (soc, socsec, social, socail), "soi…" (soical), "sco…" (scoial), "s.s" (S.S.N.), 社安.
    // ASCII cues only, so the case-insensitive search stays vectorised; the Han labels are found by their first character.
    private static readonly SearchValues<string> LooseCues =
        SearchValues.Create(["soc", "soi", "sco", "s.s"], StringComparison.OrdinalIgnoreCase);

    private static int NextLooseCue(string text, int from)
    {
        var ascii = text.AsSpan(from).IndexOfAny(LooseCues);
        var han = text.AsSpan(from).IndexOf('社');
        return ascii < 0 ? han : han < 0 ? ascii : Math.Min(ascii, han);
    }

    private const int ConnectorReach = 24;

    private static void LooseLabels(string text, List<TextSpan> found)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = NextLooseCue(text, from);
            if (at < 0)
            {
                return;
            }
            at += from;
            from = at + 1;
            if (text[at] == '社' && !text.AsSpan(at).StartsWith("社安", StringComparison.Ordinal) && !text.AsSpan(at).StartsWith("社會安全", StringComparison.Ordinal))
            {
                continue;
            }
            if (at > 0 && char.IsAsciiLetter(text[at - 1]))
            {
                continue;
            }
            var (labelEnd, bare) = LooseLabelEnd(text, at);
            if (labelEnd < 0)
            {
                continue;
            }
            var first = DigitAfterConnector(text, labelEnd, bare);
            if (first < 0)
            {
                continue;
            }
            var before = found.Count;
            // The loose label is all the evidence AddMatches would look for, so an unbroken run counts here too.
            if (!AddStretch(text, first, found, minSeparators: 0))
            {
                AddSplitStretch(text, first, found);
            }
            // "social 512.384.721 impressions": a count, not a number of the person.
            if (bare && found.Count > before && CountFollows(text, found[^1].End))
            {
                found.RemoveAt(found.Count - 1);
            }
        }
    }

    /// <summary>
    /// Where the label at <paramref name="at"/> ends, or -1; <c>bare</c> when it is only a "social" word (no "security" and
    /// no field mark yet), which needs the digits right after it.
    /// </summary>
    private static (int End, bool Bare) LooseLabelEnd(string text, int at)
    {
        if (text[at] == '社')
        {
            var end = at + (text.AsSpan(at).StartsWith("社安", StringComparison.Ordinal) ? 2 : 4);
            while (end < text.Length && end - at < 7 && text[end] is '号' or '號' or '码' or '碼')
            {
                end++;
            }
            return (end, false);
        }
        var wordEnd = at;
        while (wordEnd < text.Length && (char.IsAsciiLetter(text[wordEnd]) || text[wordEnd] == '.') && wordEnd - at < 16)
        {
            wordEnd++;
        }
        Span<char> word = stackalloc char[16];
        var length = 0;
        foreach (var c in text.AsSpan(at, wordEnd - at))
        {
            if (c != '.')
            {
                word[length++] = char.ToLowerInvariant(c);
            }
        }
        var w = word[..length];
        if (w.SequenceEqual("ssn") || w.SequenceEqual("socsec") || w.SequenceEqual("socialsecurity"))
        {
            return (wordEnd, false);
        }
        var soc = w.SequenceEqual("soc");
        if (!soc && !(w.Length is >= 5 and <= 7 && WithinOneEdit(w, "social")))
        {
            return (-1, false);
        }
        // A "security" word after it ("sec", "secuirty", "securty"): a full label.
        var next = wordEnd;
        while (next < text.Length && text[next] is ' ' or '-' or '_')
        {
            next++;
        }
        var secondEnd = next;
        while (secondEnd < text.Length && char.IsAsciiLetter(text[secondEnd]) && secondEnd - next < 12)
        {
            secondEnd++;
        }
        var second = text.AsSpan(next, secondEnd - next);
        if (second.Equals("sec", StringComparison.OrdinalIgnoreCase) || (second.Length is >= 6 and <= 10 && SecurityLike(second)))
        {
            return (secondEnd < text.Length && text[secondEnd] == '.' ? secondEnd + 1 : secondEnd, false);
        }
        // "soc" or a misspelt "social" alone is a label only as a field ("soc:", "socail #").
        var mark = text.AsSpan(wordEnd).TrimStart(' ');
        if (!mark.IsEmpty && mark[0] is ':' or '#' or '：')
        {
            return (wordEnd, false);
        }
        return soc || !w.SequenceEqual("social") ? (-1, false) : (wordEnd, true);
    }

    // "secuirty", "securty", "secruity", "securiy": starts "sec" and holds most of the letters of "security".
    private static bool SecurityLike(ReadOnlySpan<char> word)
    {
        if (!word.StartsWith("sec", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var hits = 0;
        foreach (var c in "urity")
        {
            hits += word[3..].Contains(c) || word[3..].Contains(char.ToUpperInvariant(c)) ? 1 : 0;
        }
        return hits >= 4;
    }

    // One substitution, insertion, deletion or swap of neighbours apart: "socail", "soical", "socal", "sociall" for "social".
    private static bool WithinOneEdit(ReadOnlySpan<char> word, string target)
    {
        if (word.SequenceEqual(target))
        {
            return true;
        }
        var prefix = 0;
        while (prefix < word.Length && prefix < target.Length && word[prefix] == target[prefix])
        {
            prefix++;
        }
        var a = word[prefix..];
        var b = target.AsSpan(prefix);
        return (a.Length == b.Length && (a[1..].SequenceEqual(b[1..]) || (a.Length >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..].SequenceEqual(b[2..]))))
            || (a.Length == b.Length + 1 && a[1..].SequenceEqual(b))
            || (b.Length == a.Length + 1 && b[1..].SequenceEqual(a));
    }

    private static readonly string[] ConnectorWords = ["number", "numbr", "num", "no", "nr", "is", "was", "#"];

    /// <summary>The first digit after the label and a short connector (":", "#", "no.", "number is"…), or -1.</summary>
    private static int DigitAfterConnector(string text, int end, bool bare)
    {
        var i = end;
        while (i < text.Length && i - end <= ConnectorReach)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                // The bare word is read only with the digits set off by a space or a field mark, not glued ("social1").
                return bare && i == end ? -1 : i;
            }
            if (c is ' ' or ':' or '：' or '#' or '=' or '.' or '-' or '(' or ')' or '是' or '为' or '為')
            {
                i++;
                continue;
            }
            if (!char.IsAsciiLetter(c))
            {
                return -1;
            }
            var word = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }
            if (Array.IndexOf(ConnectorWords, text[word..i].ToLowerInvariant()) < 0)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// "SSN: 512-38" then, in the next message, "then 4721": five digits closing a line, a few words on the next line (no
    /// business label among them), and four digits: one number typed in two goes.
    /// </summary>
    private static void AddSplitStretch(string text, int first, List<TextSpan> found)
    {
        Span<char> digits = stackalloc char[9];
        var count = 0;
        var i = first;
        while (i < text.Length && i - first < 12 && text[i] != '\n' && (char.IsAsciiDigit(text[i]) || text[i] is ' ' or '-' or '.'))
        {
            if (char.IsAsciiDigit(text[i]))
            {
                if (count == 5)
                {
                    return;
                }
                digits[count++] = text[i];
            }
            i++;
        }
        if (count != 5 || i >= text.Length || text[i] != '\n')
        {
            return;
        }
        var words = ++i;
        while (i < text.Length && i - words < 40 && (char.IsAsciiLetter(text[i]) || text[i] is ' ' or ':' or ',' or '-'))
        {
            i++;
        }
        if (i >= text.Length || !char.IsAsciiDigit(text[i]) || LabelContext.BusinessLabels.NearestEnd(text, words, i) >= 0)
        {
            return;
        }
        var rest = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i - rest != 4 || (i < text.Length && (char.IsAsciiLetter(text[i]) || (text[i] is '-' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))))
        {
            return;
        }
        text.AsSpan(rest, 4).CopyTo(digits[5..]);
        var span = new TextSpan(first, i);
        if (Issuable(digits) && !found.Exists(f => f.Overlaps(span)))
        {
            found.Add(span);
        }
    }

    private static readonly CueSet CountWords = new(
        "impressions", "views", "followers", "likes", "users", "people", "members", "posts", "shares", "clicks", "visits", "reach",
        "won", "yen", "dollars", "usd", "eur", "euros", "times", "votes", "subscribers");

    private static bool CountFollows(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(16, text.Length - end)).TrimStart(' ');
        var word = after[..(after.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") is var e and >= 0 ? e : after.Length)];
        return !word.IsEmpty && CountWords.Any(word);
    }
}
