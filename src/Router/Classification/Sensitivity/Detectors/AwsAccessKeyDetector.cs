using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// AWS access key ids: a known four-letter prefix (AKIA long-term, ASIA temporary, …) and 16 more upper-case letters or
/// digits, also glued to lower-case words ("keyAKIA…"), since the id itself is upper case.
/// </summary>
internal sealed partial class AwsAccessKeyDetector : ISensitivityDetector
{
    public string Name => "aws_access_key";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "key id prefix";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            // All-X style fillers are skipped; the documentation key only where the text says it is an example.
            var body = input.Text.AsSpan(match.Index + 4, 16);
            if (body.ContainsAnyExcept(body[0]) && body.ContainsAnyExcept('X')
                && !Support.DocumentedExamples.IsExample(input.Text, match.Index, match.Index + match.Length))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}(?:(?![A-Z0-9])|(?=[A-Z][a-z]))", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
