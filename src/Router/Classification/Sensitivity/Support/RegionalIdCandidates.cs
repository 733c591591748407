namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// The digit runs that <c>RegionalIdDetector</c> judges, found as its regex <see cref="Pattern"/> finds them, by one step per
/// run of digits instead of one regex attempt per digit (a Chinese text's phone numbers and amounts made that 1–2.6 µs/KB on
/// every text with ten digits). A candidate starts a run of ASCII digits that no letter, digit or '-' precedes, and is either
/// the dashed 5-7-1 form or the whole run when it has 10 to 16 digits; neither may run on into a letter, a digit or '-' and a
/// digit. A run the regex rejects at its start it rejects at every digit after it too (each has a digit before it).
/// </summary>
internal static class RegionalIdCandidates
{
    /// <summary>The regex these candidates equal (tests compare).</summary>
    internal const string Pattern = @"(?<![0-9A-Za-z-])(?:[0-9]{5}-[0-9]{7}-[0-9]|[0-9]{10,16})(?![0-9A-Za-z]|-[0-9])";

    /// <summary>Every candidate in text order, as the regex's successive matches.</summary>
    public static IEnumerable<(int Index, int Length)> Find(string text)
    {
        for (var at = 0; at < text.Length;)
        {
            var digit = text.AsSpan(at).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                yield break;
            }
            var start = at + digit;
            var rest = text.AsSpan(start).IndexOfAnyExceptInRange('0', '9');
            var runEnd = rest < 0 ? text.Length : start + rest;
            at = runEnd;
            if (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '-'))
            {
                continue;
            }
            var length = runEnd - start;
            if (length == 5 && Dashed(text, runEnd) && EndsFree(text, start + 15))
            {
                at = start + 15;
                yield return (start, 15);
            }
            else if (length is >= 10 and <= 16 && EndsFree(text, runEnd))
            {
                yield return (start, length);
            }
        }
    }

    // "-NNNNNNN-N" at the end of the first five digits.
    private static bool Dashed(string text, int at) =>
        at + 10 <= text.Length && text[at] == '-' && !text.AsSpan(at + 1, 7).ContainsAnyExceptInRange('0', '9') && text[at + 8] == '-'
        && char.IsAsciiDigit(text[at + 9]);

    // Nothing after the candidate that would make it part of a longer token: a letter, a digit, or '-' before a digit.
    private static bool EndsFree(string text, int end) =>
        end >= text.Length || !(char.IsAsciiLetterOrDigit(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
}
