using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>OpenAI-style secret keys: <c>sk-</c> (optionally <c>sk-proj-</c>, <c>sk-svcacct-</c>) and a random body.</summary>
internal sealed partial class OpenAiKeyDetector : ISensitivityDetector
{
    public string Name => "openai_key";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "random key body";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (!input.Text.Contains("sk-", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            if (SecretValue.LooksRandom(input.Text.AsSpan(match.Index + 3, match.Length - 3), minLength: 20))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,400}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
