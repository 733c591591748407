using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Numbers printed as SSNs that name no one (fourteenth pass).</summary>
internal sealed partial class UsSsnDetector
{
    /// <summary>
    /// The SSA voided the numbers printed on sample cards and in its own leaflets (078-05-1120 in wallets sold in 1938,
    /// 219-09-9999): they are the famous examples, no one's number.
    /// </summary>
    private static bool Voided(ReadOnlySpan<char> ssn)
    {
        Span<char> digits = stackalloc char[9];
        var length = 0;
        foreach (var c in ssn)
        {
            if (char.IsAsciiDigit(c))
            {
                if (length == digits.Length)
                {
                    return false;
                }
                digits[length++] = c;
            }
        }
        return length == 9 && (digits.SequenceEqual("078051120") || digits.SequenceEqual("219099999"));
    }

    /// <summary>
    /// Drops, from what this call found, a voided number and a straight run (123-45-6789) that the text presents as an example,
    /// a placeholder or test data; "my SSN is 123-45-6789" still counts (fail closed: the run is also a real number's shape).
    /// </summary>
    private static void DropPlaceholders(string text, List<TextSpan> found, int from)
    {
        for (var i = found.Count - 1; i >= from; i--)
        {
            var value = text.AsSpan(found[i].Start, found[i].End - found[i].Start);
            if (Voided(value) || (PlaceholderDigits.Is(value, minRun: 9) && ExampleContext.PresentedAsExample(text, found[i])))
            {
                found.RemoveAt(i);
            }
        }
    }
}
