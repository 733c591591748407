using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Vendor API tokens recognised by their documented prefixes: Stripe secret and restricted keys
/// (<c>sk_live_</c>, <c>rk_test_</c>…), Google API keys (<c>AIza</c> + 35), Slack tokens (<c>xoxb-</c>…) and incoming
/// webhooks, GitLab personal access tokens (<c>glpat-</c>), npm (<c>npm_</c> + 36), Hugging Face (<c>hf_</c>) and
/// SendGrid (<c>SG.</c>x.y) keys, Twilio API keys (<c>SK</c> + 32 hex). GitHub and OpenAI keys have detectors of their own.
/// </summary>
internal sealed partial class ApiTokenDetector : ISensitivityDetector
{
    private static readonly SearchValues<string> Prefixes = SearchValues.Create(
        ["sk_live_", "sk_test_", "rk_live_", "rk_test_", "AIza", "xox", "hooks.slack.com/", "glpat-", "npm_", "hf_", "SG.", "SK"],
        StringComparison.Ordinal);

    public string Name => "api_token";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "vendor token prefix";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.Text.AsSpan().IndexOfAny(Prefixes) < 0)
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            // The prefix is most of what makes these tokens; the body must still look random, not a word or a run.
            var token = input.Text.AsSpan(match.Index, match.Length);
            var body = token.StartsWith("AIza", StringComparison.Ordinal) ? token[4..] : token[(token.IndexOfAny('_', '-', '.') + 1)..];
            if (token.StartsWith("hooks.", StringComparison.Ordinal) || SecretValue.LooksRandom(body, minLength: 10))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    // Glued to words on either side ("tokenxoxb-…end", "cfgnpm_…xyz", sixth attack round) the prefix still marks a token,
    // as long as the body looks random. Google's "AIza" and Twilio's "SK" + hex still need word boundaries: both
    // can occur inside long base64 runs.
    [GeneratedRegex("""
          (?:
            [sr]k_(?:live|test)_[A-Za-z0-9]{20,247}
          | xox[abposr]-[A-Za-z0-9-]{10,250}
          | hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}
          | glpat-[A-Za-z0-9_-]{20,64}
          | hf_[A-Za-z0-9]{30,64}
          )(?![A-Za-z0-9_-])
        | (?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])
        | npm_[A-Za-z0-9]{36}
        | SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}
        | (?<![A-Za-z0-9_-])SK[0-9a-f]{32}(?![A-Za-z0-9_-])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
