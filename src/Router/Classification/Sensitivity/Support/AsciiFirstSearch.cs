using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// One search for many words, answering exactly as one <see cref="SearchValues{T}"/> of them all, for sets that mix ASCII words
/// with words in another script ("ul.", "pr." with "ул.", "пр."). One non-ASCII word turns the whole set's search into an
/// automaton walk that stops at every character (15 µs/KB on English text for the Russian street words, where the vectorised
/// search of the ASCII words costs 0.2). Here the ASCII words are searched alone, and the other words only in a text that holds
/// one of their non-ASCII characters: a word can match only where the text has each of its characters (or, ignoring case, one
/// equal to it), so a text without the first non-ASCII character of any of them holds none of them.
/// </summary>
internal sealed class AsciiFirstSearch
{
    private readonly SearchValues<string>? ascii;

    private readonly SearchValues<string>? other;

    private readonly int longestOther;

    // For each non-ASCII word, its first non-ASCII character and (ignoring case) every character equal to it.
    private readonly SearchValues<char>? otherChars;

    public AsciiFirstSearch(IEnumerable<string> words, StringComparison comparison)
    {
        if (comparison is not (StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Only ordinal searches are supported.", nameof(comparison));
        }
        var all = words.Distinct(StringComparer.Ordinal).ToArray();
        var asciiWords = all.Where(w => System.Text.Ascii.IsValid(w)).ToArray();
        var otherWords = all.Where(w => !System.Text.Ascii.IsValid(w)).ToArray();
        ascii = asciiWords.Length > 0 ? SearchValues.Create(asciiWords, comparison) : null;
        if (otherWords.Length > 0)
        {
            other = SearchValues.Create(otherWords, comparison);
            longestOther = otherWords.Max(w => w.Length);
            // A surrogate half is left out: ignoring case, a pair can equal another pair (𐐀, 𐐨).
            var firsts = otherWords.Select(w => w.FirstOrDefault(c => !char.IsAscii(c) && !char.IsSurrogate(c))).Distinct().ToArray();
            if (firsts.Contains('\0'))
            {
                throw new ArgumentException("Each non-ASCII word needs a non-ASCII character outside the surrogate range.", nameof(words));
            }
            otherChars = SearchValues.Create(comparison == StringComparison.Ordinal ? [.. firsts] : EqualIgnoringCase(firsts));
        }
    }

    /// <summary>Where the first word starts in <paramref name="text"/>, or -1 (as <c>text.IndexOfAny</c> of all the words).</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var first = ascii is null ? -1 : text.IndexOfAny(ascii);
        if (other is null || !text.ContainsAny(otherChars!))
        {
            return first;
        }
        // A non-ASCII word starting before the first ASCII hit ends within longestOther - 1 characters after it.
        var scope = first < 0 ? text : text[..Math.Min(text.Length, first + longestOther - 1)];
        var at = scope.IndexOfAny(other);
        return at >= 0 && (first < 0 || at < first) ? at : first;
    }

    public bool ContainsAny(ReadOnlySpan<char> text) =>
        (ascii is not null && text.ContainsAny(ascii)) || (other is not null && text.ContainsAny(otherChars!) && text.ContainsAny(other));

    // Every UTF-16 unit outside the surrogate range that an ordinal case-insensitive comparison takes as equal to one of the
    // characters (none of which is a surrogate half, so only such a unit can stand in the text where it stands in the word).
    private static char[] EqualIgnoringCase(char[] characters)
    {
        var equal = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var candidate = (char)c;
            if (!char.IsSurrogate(candidate)
                && Array.Exists(characters, x => MemoryExtensions.Equals([candidate], [x], StringComparison.OrdinalIgnoreCase)))
            {
                equal.Add(candidate);
            }
        }
        return [.. equal];
    }
}
