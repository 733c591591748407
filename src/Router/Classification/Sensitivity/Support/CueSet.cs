using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Context words found anywhere in a text with their spans. ASCII cues match case-insensitively as whole
/// words, or as word starts when written with a trailing <c>*</c> ("diagnos*"); CJK cues match as
/// substrings and are tried only when the text holds CJK. A leading <c>*</c> lets an ASCII cue end a longer
/// word ("*gasse" in "Hausergasse"). One vectorised pass finds the ASCII candidates.
/// </summary>
internal sealed class CueSet
{
    private readonly string[] _ascii;
    private readonly bool[] _prefix;
    private readonly bool[] _inWord;
    private readonly string[] _cjk;
    private readonly SearchValues<string> _asciiSearch;
    private readonly SearchValues<char> _cjkFirst;

    // Cue indexes by the upper-case ASCII first character (what OrdinalIgnoreCase compares), all and in-word ones,
    // so checking a candidate tries only the few cues that can start there.
    private readonly int[][] _byFirst = new int[128][];
    private readonly int[][] _inWordByFirst = new int[128][];
    private readonly int[] _everyCue;

    // The ASCII cues as a trie, when no cue may end a longer word (the walk starts only where a word may start).
    private readonly CueTrie? _trie;

    // CJK cues by their first character.
    private readonly Dictionary<char, string[]> _cjkByFirst;

    public CueSet(params string[] cues)
    {
        var ascii = cues.Where(c => Ascii.IsValid(c)).ToArray();
        _prefix = [.. ascii.Select(c => c.EndsWith('*'))];
        _inWord = [.. ascii.Select(c => c.StartsWith('*'))];
        _ascii = [.. ascii.Select(c => c.Trim('*'))];
        _cjk = [.. cues.Where(c => !Ascii.IsValid(c))];
        _asciiSearch = SearchValues.Create(_ascii, StringComparison.OrdinalIgnoreCase);
        _cjkFirst = SearchValues.Create([.. _cjk.Select(c => c[0]).Distinct()]);
        _everyCue = [.. Enumerable.Range(0, _ascii.Length)];
        for (var first = 0; first < 128; first++)
        {
            var upper = char.ToUpperInvariant((char)first);
            _byFirst[first] = [.. _everyCue.Where(i => _ascii[i].Length > 0 && char.ToUpperInvariant(_ascii[i][0]) == upper)];
            _inWordByFirst[first] = [.. _byFirst[first].Where(i => _inWord[i])];
        }
        if (!_inWord.Any(static w => w))
        {
            _trie = new CueTrie(_ascii.Zip(_prefix));
        }
        _cjkByFirst = _cjk.GroupBy(c => c[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public bool Any(ReadOnlySpan<char> text)
    {
        List<TextSpan>? none = null;
        return Find(text, ref none, firstOnly: true);
    }

    public void FindAll(string text, List<TextSpan> hits)
    {
        List<TextSpan>? list = hits;
        Find(text, ref list, firstOnly: false);
    }

    private bool Find(ReadOnlySpan<char> span, ref List<TextSpan>? hits, bool firstOnly)
    {
        var any = _trie is null ? FindAscii(span, ref hits, firstOnly) : FindAsciiByTrie(_trie, span, hits, firstOnly);
        if (any && firstOnly)
        {
            return true;
        }
        return FindCjk(span, hits, firstOnly) || any;
    }

    /// <summary>Whether the ASCII cues can go into a shared <see cref="CueTrie"/> (no cue may end a longer word).</summary>
    internal bool Shareable => _trie is not null;

    internal IEnumerable<(string Cue, bool Prefix)> AsciiCues => _ascii.Zip(_prefix);

    /// <summary>The CJK cue hits, in text order: what <see cref="FindAll"/> adds after the ASCII ones.</summary>
    internal void FindAllCjk(ReadOnlySpan<char> span, List<TextSpan> hits) => FindCjk(span, hits, firstOnly: false);

    // One pass for all CJK cues: stop only at characters some cue starts with.
    private bool FindCjk(ReadOnlySpan<char> span, List<TextSpan>? hits, bool firstOnly)
    {
        var any = false;
        if (_cjk.Length > 0 && HanText.Contains(span))
        {
            for (var from = 0; from < span.Length;)
            {
                var at = span[from..].IndexOfAny(_cjkFirst);
                if (at < 0)
                {
                    break;
                }
                at += from;
                var rest = span[at..];
                var length = 0;
                foreach (var cue in _cjkByFirst[rest[0]])
                {
                    if (cue.Length > length && rest.StartsWith(cue, StringComparison.Ordinal))
                    {
                        length = cue.Length;
                    }
                }
                if (length > 0)
                {
                    any = true;
                    if (firstOnly)
                    {
                        return true;
                    }
                    hits!.Add(new(at, at + length));
                }
                from = at + Math.Max(1, length);
            }
        }
        return any;
    }

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // Every place where a word may start (no letter or digit before it), as the vectorised search and LongestAt would;
    // the rest of a word is skipped in one vectorised search.
    private static bool FindAsciiByTrie(CueTrie trie, ReadOnlySpan<char> span, List<TextSpan>? hits, bool firstOnly)
    {
        var any = false;
        for (var at = 0; at < span.Length;)
        {
            var length = trie.LongestAt(span, at);
            if (length > 0)
            {
                any = true;
                if (firstOnly)
                {
                    return true;
                }
                hits!.Add(new(at, at + length));
            }
            at = NextWordStart(span, at);
        }
        return any;
    }

    /// <summary>
    /// The next place after <paramref name="at"/> with no letter or digit before it (the text's length if none): the
    /// next character, or past the letters and digits that follow, skipped in one vectorised search, and the character
    /// after them.
    /// </summary>
    internal static int NextWordStart(ReadOnlySpan<char> span, int at)
    {
        if (!IsLetterOrDigit(span[at]))
        {
            return at + 1;
        }
        var end = at + 1;
        while (true)
        {
            var skip = span[end..].IndexOfAnyExcept(AsciiLettersAndDigits);
            if (skip < 0)
            {
                return span.Length;
            }
            end += skip;
            if (!IsLetterOrDigit(span[end]))
            {
                return end + 1;
            }
            end++;
        }
    }

    private static bool IsLetterOrDigit(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    private bool FindAscii(ReadOnlySpan<char> span, ref List<TextSpan>? hits, bool firstOnly)
    {
        var any = false;
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(_asciiSearch);
            if (at < 0)
            {
                break;
            }
            at += from;
            var length = LongestAt(span[at..], at > 0 && char.IsLetterOrDigit(span[at - 1]));
            if (length > 0)
            {
                any = true;
                if (firstOnly)
                {
                    return true;
                }
                hits!.Add(new(at, at + length));
            }
            from = at + 1;
        }
        return any;
    }

    private int LongestAt(ReadOnlySpan<char> text, bool insideWord)
    {
        var longest = 0;
        // A character outside ASCII is rare at a candidate: try every cue there, as OrdinalIgnoreCase would.
        var candidates = text[0] >= 128 ? _everyCue : insideWord ? _inWordByFirst[text[0]] : _byFirst[text[0]];
        foreach (var i in candidates)
        {
            var cue = _ascii[i];
            if (cue.Length > longest && (!insideWord || _inWord[i]) && text.StartsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (_prefix[i] || text.Length == cue.Length || !char.IsLetter(text[cue.Length]) || !char.IsLetter(cue[^1])))
            {
                longest = cue.Length;
            }
        }
        return longest;
    }
}
