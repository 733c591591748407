using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Whether a text holds an Indian road mark ("5th Cross", "1st Main", "2nd Block", "3rd Stage", "4th Phase", "7th Sector"): the
/// same answer as one case-insensitive SearchValues of the 24 ordinal-suffix-and-word pairs, found faster. That search starts
/// its candidates at "th ", "st ", "nd ", "rd ", which end many English words ("with ", "first ", "and ", "word "); here the
/// six road words are searched (rarer) and the suffix is compared, ignoring case too, before each.
/// </summary>
internal static class IndianRoadMarkSearch
{
    internal static readonly string[] Suffixes = ["th", "st", "nd", "rd"];

    internal static readonly string[] Words = ["Cross", "Main", "Block", "Stage", "Phase", "Sector"];

    private static readonly SearchValues<string> SpacedWords = SearchValues.Create([.. Words.Select(w => " " + w)], StringComparison.OrdinalIgnoreCase);

    public static bool In(ReadOnlySpan<char> text)
    {
        for (var from = 0; text[from..].IndexOfAny(SpacedWords) is var hit and >= 0; from += hit + 1)
        {
            var at = from + hit;
            if (at >= 2 && IsSuffix(text[(at - 2)..at]))
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
            if (pair.Equals(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
