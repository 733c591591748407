using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// One search for many words, answering exactly as one <see cref="SearchValues{T}"/> of them all, for sets of more than eight
/// words whose hits are rare. Such a set runs as a bucketed vectorised search: eight buckets share its words, and a bucket
/// matches a character where any of its words has a character of the same low nibble and the same high nibble there, so a
/// bucket of several words matches at most places in prose, each candidate then compared in full (3.4 % of a 1 KB English
/// text for the 48 vendor-key prefixes, perf). Groups of at most eight words run the search with one bucket per word, which
/// stops almost nowhere; the first hit in the text is the earliest hit of any group.
/// </summary>
internal sealed class GroupedStringSearch
{
    /// <summary>The vectorised search's bucket count: a group this small gives each word its own bucket.</summary>
    private const int GroupSize = 8;

    private readonly SearchValues<string>[] groups;

    private readonly int longest;

    public GroupedStringSearch(IEnumerable<string> words, StringComparison comparison)
    {
        // Shortest first: a group's search reads as many characters at once as its shortest word has (two or three), so the
        // two-character words share one group and the others read three.
        var distinct = words.Distinct(StringComparer.Ordinal).OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();
        longest = distinct.Max(w => w.Length);
        groups = [.. distinct.Chunk(GroupSize).Select(group => SearchValues.Create(group, comparison))];
    }

    /// <summary>Where the first word starts in <paramref name="text"/>, or -1 (as <c>text.IndexOfAny</c> of all the words).</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        var first = -1;
        foreach (var group in groups)
        {
            // A word starting before the best hit so far ends within longest - 1 characters after it.
            var scope = first < 0 ? text : text[..Math.Min(text.Length, first + longest - 1)];
            var at = scope.IndexOfAny(group);
            if (at >= 0 && (first < 0 || at < first))
            {
                first = at;
            }
        }
        return first;
    }

    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        foreach (var group in groups)
        {
            if (text.ContainsAny(group))
            {
                return true;
            }
        }
        return false;
    }
}
