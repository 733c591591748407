using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Context words found anywhere in a text with their spans. ASCII cues match case-insensitively as whole
/// words, or as word starts when written with a trailing <c>*</c> ("diagnos*"); CJK cues match as
/// substrings and are tried only when the text holds CJK. One vectorised pass finds the ASCII candidates.
/// </summary>
internal sealed class CueSet
{
    private readonly string[] _ascii;
    private readonly bool[] _prefix;
    private readonly string[] _cjk;
    private readonly SearchValues<string> _asciiSearch;

    public CueSet(params string[] cues)
    {
        var ascii = cues.Where(c => Ascii.IsValid(c)).ToArray();
        _prefix = [.. ascii.Select(c => c.EndsWith('*'))];
        _ascii = [.. ascii.Select(c => c.TrimEnd('*'))];
        _cjk = [.. cues.Where(c => !Ascii.IsValid(c))];
        _asciiSearch = SearchValues.Create(_ascii, StringComparison.OrdinalIgnoreCase);
    }

    public bool Any(string text)
    {
        List<TextSpan>? none = null;
        return Find(text, ref none, firstOnly: true);
    }

    public void FindAll(string text, List<TextSpan> hits)
    {
        List<TextSpan>? list = hits;
        Find(text, ref list, firstOnly: false);
    }

    private bool Find(string text, ref List<TextSpan>? hits, bool firstOnly)
    {
        var span = text.AsSpan();
        var any = false;
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOfAny(_asciiSearch);
            if (at < 0)
            {
                break;
            }
            at += from;
            var length = at > 0 && char.IsLetterOrDigit(span[at - 1]) ? 0 : LongestAt(span[at..]);
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
        if (_cjk.Length > 0 && HanText.Contains(span))
        {
            foreach (var cue in _cjk)
            {
                for (var from = 0; from < span.Length;)
                {
                    var at = span[from..].IndexOf(cue, StringComparison.Ordinal);
                    if (at < 0)
                    {
                        break;
                    }
                    any = true;
                    if (firstOnly)
                    {
                        return true;
                    }
                    hits!.Add(new(from + at, from + at + cue.Length));
                    from += at + cue.Length;
                }
            }
        }
        return any;
    }

    private int LongestAt(ReadOnlySpan<char> text)
    {
        var longest = 0;
        for (var i = 0; i < _ascii.Length; i++)
        {
            var cue = _ascii[i];
            if (cue.Length > longest && text.StartsWith(cue, StringComparison.OrdinalIgnoreCase)
                && (_prefix[i] || text.Length == cue.Length || !char.IsLetter(text[cue.Length]) || !char.IsLetter(cue[^1])))
            {
                longest = cue.Length;
            }
        }
        return longest;
    }
}
