using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Where one of a few non-ASCII words (Chinese labels and markers) starts, compared ordinally. A multi-string
/// <see cref="SearchValues{T}"/> over such values walks an Aho-Corasick automaton over every character; their first
/// characters are rare in text, so a vectorised search for those, then a comparison of the words there, costs less.
/// </summary>
internal sealed class OrdinalStarts
{
    private readonly SearchValues<char> _first;
    private readonly Dictionary<char, string[]> _byFirst;

    public OrdinalStarts(IEnumerable<string> values)
    {
        var words = values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _first = SearchValues.Create([.. words.Select(w => w[0]).Distinct()]);
        _byFirst = words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The first place in <paramref name="text"/> where one of the words starts, -1 if none.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text[from..].IndexOfAny(_first);
            if (at < 0)
            {
                return -1;
            }
            at += from;
            if (LongestAt(text, at) > 0)
            {
                return at;
            }
            from = at + 1;
        }
        return -1;
    }

    /// <summary>The length of the longest word starting at <paramref name="at"/>, 0 if none.</summary>
    public int LongestAt(ReadOnlySpan<char> text, int at)
    {
        var longest = 0;
        if (_byFirst.TryGetValue(text[at], out var words))
        {
            var rest = text[at..];
            foreach (var word in words)
            {
                if (word.Length > longest && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    longest = word.Length;
                }
            }
        }
        return longest;
    }
}
