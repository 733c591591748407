using System.Buffers;
using System.Text;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Whether any of some words occurs in a text, ignoring case as OrdinalIgnoreCase does. One vectorised search over
/// words with non-ASCII letters ("út ", "sétány") falls back to a slow Unicode path for the whole text, so the ASCII
/// words get their own search, and the others are searched only where the text holds a character that can match one of
/// their non-ASCII characters (one with the same invariant upper case), without which they cannot occur. Words of
/// Chinese characters alone (no case forms) are found by a search for their first characters (<see cref="OrdinalStarts"/>).
/// </summary>
internal sealed class CaseInsensitiveWords
{
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _other;
    private readonly SearchValues<char> _otherGate;
    private readonly OrdinalStarts? _han;

    public CaseInsensitiveWords(string[] words)
    {
        string[] ascii = [.. words.Where(w => Ascii.IsValid(w))];
        string[] han = [.. words.Where(w => w.Length > 0 && w.All(HanText.IsHan))];
        string[] other = [.. words.Where(w => !Ascii.IsValid(w) && !han.Contains(w))];
        _han = han.Length > 0 ? new OrdinalStarts(han) : null;
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _other = other.Length > 0 ? SearchValues.Create(other, StringComparison.OrdinalIgnoreCase) : null;
        var uppers = other.SelectMany(w => w).Where(c => !char.IsAscii(c)).Select(char.ToUpperInvariant).ToHashSet();
        var gate = new List<char>();
        for (var c = 128; c <= char.MaxValue; c++)
        {
            if (uppers.Contains(char.ToUpperInvariant((char)c)))
            {
                gate.Add((char)c);
            }
        }
        _otherGate = SearchValues.Create([.. gate]);
    }

    public bool In(ReadOnlySpan<char> text) =>
        (_ascii is not null && text.ContainsAny(_ascii)) || (_han is not null && _han.IndexIn(text) >= 0)
        || (_other is not null && text.ContainsAny(_otherGate) && text.ContainsAny(_other));

    /// <summary>The first place where one of the words occurs (as one OrdinalIgnoreCase search of them all finds it), -1 if none.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        var first = _ascii is null ? -1 : text.IndexOfAny(_ascii);
        if (_han is not null && _han.IndexIn(text) is var han and >= 0 && (first < 0 || han < first))
        {
            first = han;
        }
        if (_other is not null && text.ContainsAny(_otherGate) && text.IndexOfAny(_other) is var other and >= 0 && (first < 0 || other < first))
        {
            first = other;
        }
        return first;
    }
}
