using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A set of context words searched in a short window. ASCII words go through one vectorised
/// case-insensitive search; CJK and Hangul words only when the window holds such text; accented Latin, Cyrillic, Arabic
/// and Devanagari words from their first non-ASCII character (any case). Rare labels may be kept apart (see the
/// two-list constructor).
/// </summary>
internal sealed class LabelSet
{
    private readonly string[] _ascii;
    private readonly string[] _cjk;
    private readonly string[] _accented;
    private readonly int[] _anchorOffsets;
    private readonly SearchValues<char> _anchors;
    private readonly SearchValues<string> _asciiSearch;

    // One search for where any CJK label starts, not one search per label.
    private readonly OrdinalStarts _cjkStarts;

    // Rare labels (other languages' words, long phrases) make the vectorised search of every window slower for all texts;
    // they are searched in a window only when the whole text holds one, which is checked once per text and set.
    private readonly LabelSet? _rare;
    private readonly int _rareSlot = -1;
    private static int s_rareSlots;

    [ThreadStatic]
    private static string?[]? t_rareText;

    [ThreadStatic]
    private static bool[]? t_rareFound;

    private const int MaxRareSlots = 32;

    // ASCII labels by their lower-cased first letter, and this set's slot in LabelStarts (where each label starts a word
    // in a text, found once per text); null and -1 when a label is shorter than two characters or starts with a non-letter.
    private readonly string[]?[]? _asciiByFirst;
    private readonly int _startsSlot = -1;

    /// <summary>A set whose <paramref name="rare"/> labels are searched in a window only when the text holds one of them.</summary>
    public LabelSet(string[] labels, string[] rare)
        : this(labels)
    {
        _rare = new LabelSet(rare);
        _rareSlot = Interlocked.Increment(ref s_rareSlots) - 1;
        if (_rareSlot >= MaxRareSlots)
        {
            throw new InvalidOperationException("Too many label sets with rare labels.");
        }
    }

    public LabelSet(params string[] labels)
    {
        _ascii = [.. labels.Where(l => Ascii.IsValid(l))];
        _cjk = [.. labels.Where(l => !Ascii.IsValid(l) && l.Length > 0 && l[0] >= 0x2E80)];
        // Accented Latin and Cyrillic words ("móvil", "número", "паспорт"), found from their first non-ASCII letter, which
        // is rare in text, and compared case-insensitively there.
        _accented = [.. labels.Where(l => !Ascii.IsValid(l) && l.Length > 0 && l[0] < 0x2E80)];
        _anchorOffsets = [.. _accented.Select(l => l.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F'))];
        _anchors = SearchValues.Create([.. _accented.Select((l, i) => l[_anchorOffsets[i]])
            .SelectMany(c => new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) }).Distinct()]);
        _asciiSearch = SearchValues.Create(_ascii, StringComparison.OrdinalIgnoreCase);
        _cjkStarts = new OrdinalStarts(_cjk);
        if (_ascii.All(l => l.Length >= 2 && char.IsAsciiLetter(l[0])))
        {
            _asciiByFirst = new string[]?[26];
            foreach (var group in _ascii.GroupBy(l => (l[0] | 0x20) - 'a'))
            {
                _asciiByFirst[group.Key] = [.. group];
            }
            _startsSlot = LabelStarts.Register(_ascii);
        }
    }

    /// <summary>
    /// <see cref="NearestEnd(ReadOnlySpan{char})"/> of the window text[from..to), searching the rare labels only when
    /// <paramref name="text"/> holds one of them anywhere.
    /// </summary>
    public int NearestEnd(string text, int from, int to)
    {
        var best = CommonNearestEnd(text, from, to);
        return _rare is not null && RareIn(text) ? Math.Max(best, _rare.CommonNearestEnd(text, from, to)) : best;
    }

    private bool RareIn(string text)
    {
        var texts = t_rareText ??= new string?[MaxRareSlots];
        var found = t_rareFound ??= new bool[MaxRareSlots];
        if (!ReferenceEquals(texts[_rareSlot], text))
        {
            found[_rareSlot] = _rare!.CommonNearestEnd(text, 0, text.Length) >= 0;
            texts[_rareSlot] = text;
        }
        return found[_rareSlot];
    }

    /// <summary>
    /// <see cref="CommonNearestEnd(ReadOnlySpan{char})"/> of the window text[from..to), its ASCII labels looked up in
    /// where they start a word in the whole text (<see cref="LabelStarts"/>) rather than searched in the window.
    /// </summary>
    internal int CommonNearestEnd(string text, int from, int to)
    {
        if (_startsSlot < 0 || to - from < 2 || LabelStarts.For(text, _startsSlot) is not { } hits)
        {
            return CommonNearestEnd(text.AsSpan(from, to - from));
        }
        var window = text.AsSpan(from, to - from);
        // At the window's first character a label counts whatever precedes it, as in a search of the window alone.
        var best = LongestWordAtStart(window);
        best = best > 0 ? best : -1;
        var positions = hits.Positions.AsSpan(0, hits.Count);
        for (var k = FirstAfter(positions, from); k < positions.Length && positions[k] < to; k++)
        {
            var label = hits.Labels[k];
            var at = positions[k] - from;
            if (at + label.Length <= window.Length && at + label.Length > best && EndsWord(window[at..], label))
            {
                best = at + label.Length;
            }
        }
        return LabelStarts.LastIsAscii ? best : Math.Max(best, NonAsciiNearestEnd(window));
    }

    /// <summary>The first index of a position greater than <paramref name="from"/> (positions repeat where labels share a start).</summary>
    private static int FirstAfter(ReadOnlySpan<int> positions, int from)
    {
        var (lo, hi) = (0, positions.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (positions[mid] <= from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The longest label at the start of <paramref name="window"/> that ends a word there, or 0 (ASCII labels only).</summary>
    private int LongestWordAtStart(ReadOnlySpan<char> window)
    {
        var c = window[0];
        if (!char.IsAsciiLetter(c) || _asciiByFirst![(c | 0x20) - 'a'] is not { } labels)
        {
            return 0;
        }
        var longest = 0;
        foreach (var label in labels)
        {
            if (label.Length > longest && window.StartsWith(label, StringComparison.OrdinalIgnoreCase) && EndsWord(window, label))
            {
                longest = label.Length;
            }
        }
        return longest;
    }

    /// <summary>What <see cref="NearestEnd(string, int, int)"/> finds, by plain searches of the window and the text (tests compare).</summary>
    internal int PlainNearestEnd(string text, int from, int to)
    {
        var window = text.AsSpan(from, to - from);
        var best = CommonNearestEnd(window);
        return _rare is not null && _rare.NearestEnd(text.AsSpan()) >= 0 ? Math.Max(best, _rare.NearestEnd(window)) : best;
    }

    /// <summary>The end (exclusive) of the last whole-word label occurrence (rare labels included) in the window, or -1.</summary>
    public int NearestEnd(ReadOnlySpan<char> window) =>
        _rare is null ? CommonNearestEnd(window) : Math.Max(CommonNearestEnd(window), _rare.NearestEnd(window));

    /// <summary>The plain search of the window (tests compare the indexed one with it).</summary>
    internal int CommonNearestEnd(ReadOnlySpan<char> window)
    {
        var best = -1;
        for (var from = 0; from < window.Length;)
        {
            var at = window[from..].IndexOfAny(_asciiSearch);
            if (at < 0)
            {
                break;
            }
            at += from;
            // Whole words only: "tel" is not in "hotel", "build" not in "building"; a camelCase word counts ("mySsnIs").
            var length = at > 0 && char.IsAsciiLetter(window[at - 1]) && !CamelBoundary(window[at - 1], window[at]) ? 0 : LongestWordAt(window[at..]);
            if (length > 0)
            {
                best = Math.Max(best, at + length);
            }
            from = at + 1;
        }
        return Math.Max(best, NonAsciiNearestEnd(window));
    }

    private int NonAsciiNearestEnd(ReadOnlySpan<char> window)
    {
        var best = -1;
        if (_cjk.Length > 0 && (window.ContainsAnyInRange('\u2E80', '\u9FFF') || window.ContainsAnyInRange('\uAC00', '\uD7AF')))
        {
            best = LastCjkEnd(window);
        }
        if (_accented.Length > 0 && window.ContainsAny(_anchors))
        {
            best = Math.Max(best, LastAccentedEnd(window));
        }
        return best;
    }

    /// <summary>
    /// The largest end of an accented label occurrence, or -1. A Latin word must start a word ("móvil", "móviles", not
    /// "automóvil"); Cyrillic, Arabic and Devanagari words take suffixes and prefixes, so they match anywhere ("هاتفي").
    /// </summary>
    internal int LastAccentedEnd(ReadOnlySpan<char> window)
    {
        var best = -1;
        for (var from = 0; from < window.Length;)
        {
            var at = window[from..].IndexOfAny(_anchors);
            if (at < 0)
            {
                break;
            }
            at += from;
            for (var i = 0; i < _accented.Length; i++)
            {
                var label = _accented[i];
                var start = at - _anchorOffsets[i];
                var end = start + label.Length;
                if (start >= 0 && end <= window.Length && end > best
                    && window.Slice(start, label.Length).Equals(label, StringComparison.OrdinalIgnoreCase)
                    && (label[_anchorOffsets[i]] >= 0x250 || start == 0 || !char.IsLetter(window[start - 1])))
                {
                    best = end;
                }
            }
            from = at + 1;
        }
        return best;
    }

    /// <summary>The largest end of a CJK label occurrence in the window (what the last occurrence of each label gives), or -1.</summary>
    internal int LastCjkEnd(ReadOnlySpan<char> window)
    {
        var best = -1;
        for (var from = 0; from < window.Length;)
        {
            var at = _cjkStarts.IndexIn(window[from..]);
            if (at < 0)
            {
                break;
            }
            at += from;
            best = Math.Max(best, at + _cjkStarts.LongestAt(window, at));
            from = at + 1;
        }
        return best;
    }

    private static bool CamelBoundary(char before, char after) => char.IsAsciiLetterLower(before) && char.IsAsciiLetterUpper(after);

    private int LongestWordAt(ReadOnlySpan<char> text)
    {
        var longest = 0;
        foreach (var label in _ascii)
        {
            if (label.Length > longest && text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && EndsWord(text, label))
            {
                longest = label.Length;
            }
        }
        return longest;
    }

    /// <summary>Whether <paramref name="label"/>, found at the start of <paramref name="text"/>, ends a word there.</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, string label) =>
        text.Length == label.Length || !char.IsAsciiLetter(text[label.Length]) || !char.IsAsciiLetter(label[^1])
        || CamelBoundary(text[label.Length - 1], text[label.Length]);
}
