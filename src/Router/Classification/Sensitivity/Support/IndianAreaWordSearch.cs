using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Whether a text holds an Indian area word ("4th Cross", "9th Main", "Layout", "Nagar", "Puram"…): the same answer as one
/// ordinal SearchValues of all the <see cref="Words"/>, found faster. That search of 21 words shares eight vectorised buckets,
/// and its "th Cross", "st Main"… pairs start its candidates at every "th ", "st ", "nd ", "rd " of English prose. Here " Cross"
/// and " Main" are searched (rarer) and the suffix is compared before each; the other words run in two groups of at most
/// eight (one bucket per word, see <see cref="GroupedStringSearch"/>).
/// </summary>
internal static class IndianAreaWordSearch
{
    internal static readonly string[] Suffixes = ["th", "st", "nd", "rd"];

    internal static readonly string[] Words =
    [
        "th Cross", "st Cross", "nd Cross", "rd Cross", "th Main", "st Main", "nd Main", "rd Main", "Layout", "Nagar", "Colony",
        "Sector", "Phase", "Block", "Stage", "Extension", "Enclave", "Vihar", "puram", "Puram", "Marg",
    ];

    // The two road words with their space, and six area words: eight words, one bucket each.
    private static readonly SearchValues<string> RoadsAndWords =
        SearchValues.Create([" Cross", " Main", "Layout", "Nagar", "Colony", "Sector", "Phase", "Block"], StringComparison.Ordinal);

    private static readonly SearchValues<string> OtherWords =
        SearchValues.Create(["Stage", "Extension", "Enclave", "Vihar", "puram", "Puram", "Marg"], StringComparison.Ordinal);

    public static bool In(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(OtherWords))
        {
            return true;
        }
        for (var from = 0; text[from..].IndexOfAny(RoadsAndWords) is var hit and >= 0; from += hit + 1)
        {
            var at = from + hit;
            // An area word counts where it stands; " Cross" and " Main" only after an ordinal suffix ("4th Cross").
            if (text[at] != ' ' || (at >= 2 && IsSuffix(text[(at - 2)..at])))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsSuffix(ReadOnlySpan<char> pair)
    {
        foreach (var suffix in Suffixes)
        {
            if (pair.SequenceEqual(suffix))
            {
                return true;
            }
        }
        return false;
    }
}
