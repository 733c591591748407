using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Context words found anywhere in a text with their spans. ASCII cues match case-insensitively as whole
/// words, or as word starts when written with a trailing <c>*</c> ("diagnos*"); CJK cues match as
/// substrings and are tried only when the text holds CJK. A leading <c>*</c> lets an ASCII cue end a longer
/// word ("*gasse" in "Hausergasse"). The ASCII cues are found by one walk of a trie from each place a word may start,
/// and those with a leading <c>*</c> also by a vectorised search for places inside a word.
/// </summary>
internal sealed class CueSet
{
    private readonly string[] _ascii;
    private readonly bool[] _prefix;
    private readonly string[] _cjk;
    private readonly SearchValues<char> _cjkFirst;

    // Every ASCII cue as a trie, walked from each place a word may start (a cue with a leading '*' counts there too).
    private readonly CueTrie _trie;

    // The cues with a leading '*', the only ones that count inside a word ("*gasse" in "Hausergasse"): searched on
    // their own, so the short whole-word cues ("st", "dr") no longer stop a vectorised search at every word.
    private readonly string[] _inWord;
    private readonly bool[] _inWordPrefix;
    private readonly SearchValues<string>? _inWordSearch;

    // CJK cues by their first character.
    private readonly Dictionary<char, string[]> _cjkByFirst;

    public CueSet(params string[] cues)
    {
        var ascii = cues.Where(c => Ascii.IsValid(c)).ToArray();
        _prefix = [.. ascii.Select(c => c.EndsWith('*'))];
        _ascii = [.. ascii.Select(c => c.Trim('*'))];
        _cjk = [.. cues.Where(c => !Ascii.IsValid(c))];
        _cjkFirst = SearchValues.Create([.. _cjk.Select(c => c[0]).Distinct()]);
        _trie = new CueTrie(_ascii.Zip(_prefix));
        var inWord = ascii.Where(c => c.StartsWith('*') && c.Trim('*').Length > 0).ToArray();
        _inWord = [.. inWord.Select(c => c.Trim('*'))];
        _inWordPrefix = [.. inWord.Select(c => c.EndsWith('*'))];
        _inWordSearch = _inWord.Length > 0 ? SearchValues.Create(_inWord, StringComparison.OrdinalIgnoreCase) : null;
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
        bool any;
        if (_inWordSearch is null || firstOnly)
        {
            any = FindAsciiByTrie(_trie, span, hits, firstOnly) || (_inWordSearch is not null && FindInWord(span, null, firstOnly: true));
        }
        else
        {
            var count = hits!.Count;
            any = FindAsciiByTrie(_trie, span, hits, firstOnly: false);
            any |= AddInWordHits(span, hits, count);
        }
        if (any && firstOnly)
        {
            return true;
        }
        return FindCjk(span, hits, firstOnly) || any;
    }

    [ThreadStatic]
    private static List<TextSpan>? t_inWord;

    /// <summary>
    /// Adds the in-word hits (<see cref="FindInWord"/>) to the word-start hits listed from <paramref name="from"/> on, in
    /// text order (the two never share a place), as one search from every place would list them; true if there are any.
    /// </summary>
    internal bool AddInWordHits(ReadOnlySpan<char> span, List<TextSpan> hits, int from)
    {
        var inWord = t_inWord ??= [];
        inWord.Clear();
        if (!FindInWord(span, inWord, firstOnly: false))
        {
            return false;
        }
        var wordStarts = hits.GetRange(from, hits.Count - from);
        hits.RemoveRange(from, hits.Count - from);
        var i = 0;
        var j = 0;
        while (i < wordStarts.Count || j < inWord.Count)
        {
            hits.Add(j == inWord.Count || (i < wordStarts.Count && wordStarts[i].Start < inWord[j].Start) ? wordStarts[i++] : inWord[j++]);
        }
        return true;
    }

    /// <summary>The ASCII cues, for a trie shared with other sets (<see cref="SharedCues"/>); a leading '*' dropped.</summary>
    internal IEnumerable<(string Cue, bool Prefix)> AsciiCues => _ascii.Zip(_prefix);

    /// <summary>Whether some cue may end a longer word (then <see cref="FindInWord"/> finds what a walk from word starts cannot).</summary>
    internal bool HasInWordCues => _inWordSearch is not null;

    /// <summary>The CJK cue hits, in text order: what <see cref="FindAll"/> adds after the ASCII ones.</summary>
    internal void FindAllCjk(ReadOnlySpan<char> span, List<TextSpan> hits) => FindCjk(span, hits, firstOnly: false);

    /// <summary>The CJK cues (for a search shared with other sets, <see cref="SharedCues"/>).</summary>
    internal IReadOnlyList<string> CjkCues => _cjk;

    /// <summary>
    /// The hits of the in-word cues at places inside a word (a letter or digit before them), in text order: the longest
    /// such cue that starts there ignoring case and ends at a non-letter (unless it is a prefix cue or ends in a non-letter).
    /// </summary>
    internal bool FindInWord(ReadOnlySpan<char> span, List<TextSpan>? hits, bool firstOnly)
    {
        var any = false;
        if (_inWordSearch is null)
        {
            return false;
        }
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(_inWordSearch);
            if (at < 0)
            {
                break;
            }
            at += from;
            from = at + 1;
            if (at == 0 || !CharTable.IsLetterOrDigit(span[at - 1]))
            {
                continue;
            }
            var rest = span[at..];
            var longest = 0;
            for (var i = 0; i < _inWord.Length; i++)
            {
                var cue = _inWord[i];
                if (cue.Length > longest && rest.StartsWith(cue, StringComparison.OrdinalIgnoreCase)
                    && (_inWordPrefix[i] || rest.Length == cue.Length || !char.IsLetter(rest[cue.Length]) || !char.IsLetter(cue[^1])))
                {
                    longest = cue.Length;
                }
            }
            if (longest > 0)
            {
                any = true;
                if (firstOnly)
                {
                    return true;
                }
                hits!.Add(new(at, at + longest));
            }
        }
        return any;
    }

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
            var length = trie.MayStartWith(span[at]) ? trie.LongestAt(span, at) : 0;
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
        // Most words are short: a few characters are stepped over before the vectorised search pays.
        var stop = Math.Min(span.Length, at + 12);
        while (end < stop && char.IsAsciiLetterOrDigit(span[end]))
        {
            end++;
        }
        if (end < stop && span[end] < 128)
        {
            return end + 1;
        }
        while (true)
        {
            if (end == span.Length)
            {
                return span.Length;
            }
            var skip = span[end..].IndexOfAnyExcept(AsciiLettersAndDigits);
            if (skip < 0)
            {
                return span.Length;
            }
            end += skip;
            // A run of other letters (Chinese text) is skipped here, not one vectorised search per character; a run of Han
            // ideographs (every one a letter) in one vectorised step.
            while (span[end] >= 128 && CharTable.IsLetterOrDigit(span[end]))
            {
                if (HanAreLetters && span[end] is >= HanIdeographFirst and <= HanIdeographLast)
                {
                    var han = span[end..].IndexOfAnyExceptInRange(HanIdeographFirst, HanIdeographLast);
                    if (han < 0)
                    {
                        return span.Length;
                    }
                    end += han;
                    continue;
                }
                if (++end == span.Length)
                {
                    return span.Length;
                }
            }
            if (!char.IsAsciiLetterOrDigit(span[end]))
            {
                return end + 1;
            }
        }
    }

    internal const char HanIdeographFirst = '\u4E00';
    internal const char HanIdeographLast = '\u9FFF';

    // Whether every character of the CJK Unified Ideographs block is a letter in this runtime's Unicode tables.
    internal static readonly bool HanAreLetters = Enumerable.Range(HanIdeographFirst, HanIdeographLast - HanIdeographFirst + 1)
        .All(c => CharTable.IsLetterOrDigit((char)c));

    private static bool IsLetterOrDigit(char c) => c < 128 ? char.IsAsciiLetterOrDigit(c) : CharTable.IsLetterOrDigit(c);
}
