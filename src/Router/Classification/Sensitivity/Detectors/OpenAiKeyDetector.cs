using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>OpenAI-style secret keys: <c>sk-</c> (optionally <c>sk-proj-</c>, <c>sk-svcacct-</c>) and a random body, also glued to
/// a word before it when the body mixes cases and digits.</summary>
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
        var first = found.Count;
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            var body = input.Text.AsSpan(match.Index + 3, match.Length - 3);
            // Glued to a word before ("mykeysk-…", "api_key_sk-…"): only a body of mixed case and digits, so kebab-case
            // words ending in "sk" ("disk-usage-report-2024…") are not keys.
            var glued = match.Index > 0 && (char.IsAsciiLetterOrDigit(input.Text[match.Index - 1]) || input.Text[match.Index - 1] is '_' or '-');
            if (SecretValue.LooksRandom(body, minLength: 20)
                && (!glued || (body.ContainsAnyInRange('A', 'Z') && body.ContainsAnyInRange('a', 'z') && body.ContainsAnyInRange('0', '9'))))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
        if (found.Count > first)
        {
            SecretValue.DropElidedCopies(input, found, first);
        }
    }

    [GeneratedRegex(@"sk-[A-Za-z0-9_-]{20,400}(?![A-Za-z0-9_-])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
