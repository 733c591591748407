using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// AWS access key ids: a known four-letter prefix (AKIA long-term, ASIA temporary, …) and 16 more upper-case letters or
/// digits, also glued to lower-case words ("keyAKIA…"), since the id itself is upper case, and to capitals or digits
/// ("KEYAKIA…END") when the body mixes letters and digits.
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
            // All-X style fillers are skipped, and AWS's documentation ids (AKIAIOSFODNN7EXAMPLE and its kin end in "EXAMPLE",
            // which an issued id, random base32, never spells): samples copied from the docs open no account.
            var body = input.Text.AsSpan(match.Index + 4, 16);
            if (SecretValue.IsVendorSample(body))
            {
                continue;
            }
            var end = match.Index + match.Length;
            // Glued to capitals or digits ("KEYAKIA…END", "AKIA…2024"): only a body that mixes letters and digits.
            var glued = (match.Index > 0 && IsKeyChar(input.Text[match.Index - 1]))
                || (end < input.Text.Length && IsKeyChar(input.Text[end]) && !(char.IsAsciiLetterUpper(input.Text[end]) && end + 1 < input.Text.Length && char.IsAsciiLetterLower(input.Text[end + 1])));
            if (body.ContainsAnyExcept(body[0]) && body.ContainsAnyExcept('X')
                && (!glued || (body.ContainsAnyInRange('0', '9') && body.ContainsAnyInRange('A', 'Z'))))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);

    [GeneratedRegex(@"(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
