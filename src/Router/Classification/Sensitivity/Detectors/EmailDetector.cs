using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

internal sealed partial class EmailDetector : ISensitivityDetector
{
    public string Name => "email";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "address format";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (!input.Text.Contains('@'))
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            found.Add(new(match.Index, match.Index + match.Length));
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
