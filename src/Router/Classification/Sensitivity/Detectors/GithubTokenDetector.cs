using System.Buffers;
using System.Text.RegularExpressions;

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
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            found.Add(new(match.Index, match.Index + match.Length));
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,244})(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
