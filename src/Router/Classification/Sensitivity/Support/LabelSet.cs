using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A set of context words searched in a short window. ASCII words go through one vectorised
/// case-insensitive search; CJK words are tried only when the window holds CJK text.
/// </summary>
internal sealed class LabelSet
{
    private readonly string[] _ascii;
    private readonly string[] _cjk;
    private readonly SearchValues<string> _asciiSearch;

    public LabelSet(params string[] labels)
    {
        _ascii = [.. labels.Where(l => Ascii.IsValid(l))];
        _cjk = [.. labels.Where(l => !Ascii.IsValid(l))];
        _asciiSearch = SearchValues.Create(_ascii, StringComparison.OrdinalIgnoreCase);
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
            // Whole words only: "tel" is not in "hotel", "build" not in "building".
            var length = at > 0 && char.IsAsciiLetter(window[at - 1]) ? 0 : LongestWordAt(window[at..]);
            if (length > 0)
            {
                best = Math.Max(best, at + length);
            }
            from = at + 1;
        }
        if (_cjk.Length > 0 && window.ContainsAnyInRange('\u2E80', '\u9FFF'))
        {
            foreach (var label in _cjk)
            {
                var at = window.LastIndexOf(label, StringComparison.Ordinal);
                if (at >= 0)
                {
                    best = Math.Max(best, at + label.Length);
                }
            }
        }
        return best;
    }

    private int LongestWordAt(ReadOnlySpan<char> text)
    {
        var longest = 0;
        foreach (var label in _ascii)
        {
            if (label.Length > longest && text.StartsWith(label, StringComparison.OrdinalIgnoreCase)
                && (text.Length == label.Length || !char.IsAsciiLetter(text[label.Length]) || !char.IsAsciiLetter(label[^1])))
            {
                longest = label.Length;
            }
        }
        return longest;
    }
}
