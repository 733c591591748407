using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A set of context words searched in a short window. ASCII words go through one vectorised
/// case-insensitive search; the others (CJK, accented Latin, Cyrillic, Hangul…) only when the window holds non-ASCII text.
/// </summary>
internal sealed class LabelSet
{
    private readonly string[] _ascii;
    private readonly string[] _cjk;
    private readonly bool _hasLatin;
    private readonly SearchValues<string> _asciiSearch;

    // One search for where any CJK label starts, not one search per label.
    private readonly OrdinalStarts _cjkStarts;

    public LabelSet(params string[] labels)
    {
        _ascii = [.. labels.Where(l => Ascii.IsValid(l))];
        // Accented Latin words ("móvil", "número") are compared ordinally like CJK ones, so each is also tried capitalised.
        _cjk = [.. labels.Where(l => !Ascii.IsValid(l) && l.Length > 0)
            .SelectMany(l => char.IsLetter(l[0]) && l[0] < 0x530 ? new[] { l, char.ToUpperInvariant(l[0]) + l[1..], l.ToUpperInvariant() } : [l])
            .Distinct(StringComparer.Ordinal)];
        _hasLatin = _cjk.Any(l => l[0] < 0x2E80);
        _asciiSearch = SearchValues.Create(_ascii, StringComparison.OrdinalIgnoreCase);
        _cjkStarts = new OrdinalStarts(_cjk);
    }

    /// <summary>The end (exclusive) of the last whole-word label occurrence in the window, or -1.</summary>
    public int NearestEnd(ReadOnlySpan<char> window)
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
        // Arabic and Devanagari phone words ("هاتف", "फ़ोन") too.
        if (_cjk.Length > 0 && (window.ContainsAnyInRange('\u2E80', '\u9FFF') || window.ContainsAnyInRange('\uAC00', '\uD7AF')
            || (_hasLatin && window.ContainsAnyInRange('\u00C0', '\u097F'))))
        {
            best = Math.Max(best, LastCjkEnd(window));
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
            // An accented Latin word counts whole ("móvil", not "automóvil"); CJK text has no word boundaries.
            if (window[at] >= 0x2E80 || at == 0 || !char.IsLetter(window[at - 1]))
            {
                best = Math.Max(best, at + _cjkStarts.LongestAt(window, at));
            }
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
            if (label.Length > longest && text.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && (text.Length == label.Length || !char.IsAsciiLetter(text[label.Length]) || !char.IsAsciiLetter(label[^1])
                    || CamelBoundary(text[label.Length - 1], text[label.Length])))
            {
                longest = label.Length;
            }
        }
        return longest;
    }
}
