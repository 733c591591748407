namespace Router.Classification.Sensitivity;

/// <summary>
/// One message prepared for the detectors: full-width forms folded to ASCII (same length, so spans stay
/// valid on the original) and the ASCII digit count, which lets digit detectors skip most prose.
/// </summary>
internal readonly struct ScanInput
{
    public ScanInput(string text, IReadOnlyList<string>? confidentialTerms)
    {
        Text = Support.TextNormalizer.FoldFullWidth(text);
        ConfidentialTerms = confidentialTerms ?? [];
        DigitCount = CountDigits(Text);
    }

    public string Text { get; }

    public int DigitCount { get; }

    public IReadOnlyList<string> ConfidentialTerms { get; }

    /// <summary>ASCII digits in <paramref name="text"/> (full-width ones are already folded).</summary>
    public static int CountDigits(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }
        return count;
    }
}
