using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>GitHub tokens: classic (ghp_, gho_, ghu_, ghs_, ghr_ + 36) and fine-grained (github_pat_).</summary>
internal sealed partial class GithubTokenDetector : ISensitivityDetector
{
    private static readonly SearchValues<string> Prefixes =
        SearchValues.Create(["ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_"], StringComparison.Ordinal);

    public string Name => "github_token";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "token prefix";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.Text.AsSpan().IndexOfAny(Prefixes) < 0)
        {
            return;
        }
        var text = input.Text;
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            // Glued to a word before ("tokenghp_…", sixth attack round) it is still a token when its body looks random.
            var glued = match.Index > 0 && (char.IsAsciiLetterOrDigit(text[match.Index - 1]) || text[match.Index - 1] == '_');
            var token = text.AsSpan(match.Index, match.Length);
            var body = token.StartsWith("github_pat_", StringComparison.Ordinal) ? token["github_pat_".Length..] : token[4..];
            // "ghp_xxxx…", "github_pat_XXXX…": a body with no entropy is a documentation placeholder, not a token.
            if (SecretValue.IsPlaceholder(body) || SecretValue.Entropy(body) < 2.5)
            {
                continue;
            }
            if (!glued || SecretValue.LooksRandom(token[(token.IndexOf('_') + 1)..], minLength: 20))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    [GeneratedRegex(@"(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,244})(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
