using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity;

/// <summary>
/// What the detectors read: the normalised <see cref="ScanView"/> of a whole request (every message content and
/// stop sequence, joined by '\n', then decoded base64 text) and its ASCII digit count, which lets digit detectors
/// skip most prose. Detectors report spans of <see cref="Text"/>; the classifier maps them back to the sources.
/// </summary>
internal readonly struct ScanInput
{
    public ScanInput(IReadOnlyList<string> sources, SensitivityScope scope)
    {
        View = ScanViewBuilder.Build(sources);
        Text = View.Text;
        Scope = scope;
        DigitCount = CountDigits(Text);
        Person = new PersonScan(Text);
    }

    /// <summary>One text alone (detector tests, tools).</summary>
    public ScanInput(string text, IReadOnlyList<string>? confidentialTerms)
        : this([text], SensitivityScope.WithTerms(confidentialTerms ?? []))
    {
    }

    /// <summary>One text alone, for a tenant (detector tests).</summary>
    public ScanInput(string text, SensitivityScope scope)
        : this([text], scope)
    {
    }

    /// <summary>The normalised text of every source; spans detectors report index this.</summary>
    public string Text { get; }

    public int DigitCount { get; }

    /// <summary>The tenant the request is classified for, with its terms and markers.</summary>
    public SensitivityScope Scope { get; }

    public IReadOnlyList<string> ConfidentialTerms => Scope.ConfidentialTerms;

    /// <summary>Names and vetoes the personal-data detectors share, found once per request on first use.</summary>
    public PersonScan Person { get; }

    /// <summary>Maps spans of <see cref="Text"/> back to the sources.</summary>
    public ScanView View { get; }

    /// <summary>ASCII digits in <paramref name="text"/> (every other decimal digit is already folded).</summary>
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
