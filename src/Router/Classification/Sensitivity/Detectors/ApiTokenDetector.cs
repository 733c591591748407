using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Vendor API tokens recognised by their documented prefixes: Stripe secret and restricted keys
/// (<c>sk_live_</c>, <c>rk_test_</c>…), Google API keys (<c>AIza</c> + 35), Slack tokens (<c>xoxb-</c>…) and incoming
/// webhooks, GitLab personal access, deploy, runner, trigger and job tokens (<c>glpat-</c>, <c>gldt-</c>, <c>glrt-</c>, <c>glptt-</c>,
/// <c>glcbt-</c>), npm (<c>npm_</c> + 36), Hugging Face (<c>hf_</c>) and
/// SendGrid (<c>SG.</c>x.y) keys, Twilio API keys (<c>SK</c> + 32 hex); DigitalOcean (<c>dop_v1_</c>), Shopify (<c>shpat_</c>…),
/// PyPI (<c>pypi-AgEIcHlwaS5vcmc</c>), Square (<c>sq0atp-</c>, <c>sq0csp-</c>), Linear (<c>lin_api_</c>), age secret keys, Grafana
/// service accounts (<c>glsa_</c>), Groq (<c>gsk_</c>), Replicate (<c>r8_</c>), Perplexity (<c>pplx-</c>), xAI (<c>xai-</c>),
/// Databricks (<c>dapi</c>), Postman (<c>PMAK-</c>), New Relic (<c>NRAK-</c>), Supabase (<c>sbp_</c>), Vault (<c>hvs.</c>), Mailgun
/// (<c>key-</c> + 32), Sentry (<c>sntrys_</c>), Telegram bot tokens (id<c>:AA</c>…), Alibaba (<c>LTAI</c>) and Tencent (<c>AKID</c>)
/// key ids, HubSpot private-app tokens (<c>pat-</c> + a data-centre region + a UUID: <c>pat-na1-…</c>, <c>pat-eu1-…</c>). A Google key (<c>AIzaSy</c> + 33) glued to a short word on either side ("myAIzaSy…key") counts too. Stripe
/// publishable keys (<c>pk_</c>) are public by design. GitHub and OpenAI keys have detectors of their own.
/// </summary>
internal sealed partial class ApiTokenDetector : ISensitivityDetector
{
    // Some 40 prefixes whose hits are rare: searched in groups of eight (see GroupedStringSearch).
    private static readonly GroupedStringSearch Prefixes = new(
        ["sk_live_", "sk_test_", "rk_live_", "rk_test_", "AIza", "xox", "hooks.slack.com/", "glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "npm_", "hf_", "SG.", "SK",
            "_v1_", "shpat_", "shpss_", "shpca_", "shppa_", "pypi-", "sq0", "lin_api_", "AGE-SECRET-KEY-", "glsa_", "gsk_", "r8_", "pplx-",
            "xai-", "dapi", "PMAK-", "NRAK-", "sbp_", "hvs.", "key-", "sntrys_", ":AA", "LTAI", "AKID", "pat-"],
        StringComparison.Ordinal);

    public string Name => "api_token";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "vendor token prefix";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (input.DigitCount >= PairDigits && input.Text.Contains("AC", StringComparison.Ordinal))
        {
            AddTwilioAuthTokens(input.Text, found);
        }
        if (input.Text.AsSpan().ContainsAny(WebhookWord))
        {
            AddWebhooks(input.Text, found);
        }
        if (!Prefixes.ContainsAny(input.Text))
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            // The prefix is most of what makes these tokens; the body must still look random, not a word or a run.
            var token = input.Text.AsSpan(match.Index, match.Length);
            var body = token.StartsWith("AIza", StringComparison.Ordinal) ? token[4..]
                : token.Contains(":AA", StringComparison.Ordinal) ? token[(token.IndexOf(':') + 3)..]
                : token.StartsWith("pat-", StringComparison.Ordinal) ? HubSpotBody(token)
                : token.StartsWith("dapi", StringComparison.Ordinal) || token.StartsWith("LTAI", StringComparison.Ordinal) || token.StartsWith("AKID", StringComparison.Ordinal) ? token[4..]
                : token[(token.LastIndexOfAny('_', '-', '.') + 1)..];
            if (token.StartsWith("hooks.", StringComparison.Ordinal) ? !IsPlaceholderWebhook(token)
                : SecretValue.LooksRandom(body, minLength: 10) || RandomWholeBody(token))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    /// <summary>
    /// A HubSpot token's UUID read without its dashes (32 hex), so a zeroed or repeated placeholder UUID stays no key while the
    /// last group alone (12 hex) would be too short to judge.
    /// </summary>
    private static ReadOnlySpan<char> HubSpotBody(ReadOnlySpan<char> token)
    {
        var uuid = token[4..];
        uuid = uuid[(uuid.IndexOf('-') + 1)..];
        var body = new char[uuid.Length];
        var n = 0;
        foreach (var c in uuid)
        {
            if (c != '-')
            {
                body[n++] = c;
            }
        }
        return body.AsSpan(0, n);
    }

    /// <summary>
    /// "glpat-Ab3k--9xQ_…", "pypi-AgEI…_x-Q": vendors whose body may itself hold '-' or '_' (GitLab, PyPI, Square, Vault,
    /// SendGrid) leave a last piece after the final separator that can be short; the whole body after the vendor prefix's own
    /// separator is judged then. A body of words ("glpat-my-gitlab-token-goes-here") or a placeholder stays no key.
    /// </summary>
    private static bool RandomWholeBody(ReadOnlySpan<char> token)
    {
        var cut = token.IndexOfAny('_', '-', '.');
        var body = cut < 0 ? [] : token[(cut + 1)..];
        return SecretValue.LooksRandom(body, minLength: 20) && !SecretValue.IsWordLike(body);
    }

    // Glued to words on either side ("tokenxoxb-…end", "cfgnpm_…xyz", sixth attack round) the prefix still marks a token,
    // as long as the body looks random. Google's "AIza" and Twilio's "SK" + hex can occur inside long base64 runs, so
    // glued they count only next to a short word of letters ("myAIzaSy…key", "twilioSK…thanks"; eighth attack round),
    // Twilio's body holding both hex letters and digits (and a word glued only after it starting past 'f'). A key glued
    // into a snake_case name ends at the '_' ("token_sk_live_…_end").
    [GeneratedRegex("""
          (?:
            [sr]k_(?:live|test)_[A-Za-z0-9]{20,247}
          | xox[abposr]-[A-Za-z0-9-]{10,250}
          | hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{20,}
          | gl(?:pat|dt|rt|ptt|cbt)-[A-Za-z0-9_-]{20,64}
          | hf_[A-Za-z0-9]{30,64}
          | do[opr]_v1_[a-f0-9]{64}
          | shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}
          | pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}
          | sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}
          | lin_api_[A-Za-z0-9]{40}
          | AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}
          | glsa_[A-Za-z0-9]{32}_[a-fA-F0-9]{8}
          | gsk_[A-Za-z0-9]{52}
          | r8_[A-Za-z0-9]{37}
          | pplx-[a-f0-9]{48}
          | xai-[A-Za-z0-9]{80}
          | PMAK-[a-f0-9]{24}-[a-f0-9]{34}
          | NRAK-[A-Z0-9]{27}
          | sbp_[a-f0-9]{40}
          | hvs\.[A-Za-z0-9_-]{90,120}
          | sntrys_[A-Za-z0-9+/=_]{50,}
          )(?![A-Za-z0-9])(?!-[A-Za-z0-9])
        | (?<![A-Za-z0-9_-])pat-(?:na|eu|ap|au|ca|jp|in|uk)[0-9]-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9_-])
        | (?<![A-Za-z0-9_-])(?:dapi[a-f0-9]{32}|key-[0-9a-z]{32}|LTAI[A-Za-z0-9]{12,20}|AKID[A-Za-z0-9]{32}|[0-9]{8,10}:AA[0-9A-Za-z_-]{33})(?![A-Za-z0-9_-])
        | (?<=(?:^|[^A-Za-z0-9_-])[A-Za-z]{1,12})AIzaSy[A-Za-z0-9_-]{33}(?=[A-Za-z]{0,12}(?:[^A-Za-z0-9_-]|$))
        | (?<![A-Za-z0-9_-])AIzaSy[A-Za-z0-9_-]{33}(?=[A-Za-z]{1,12}(?:[^A-Za-z0-9_-]|$))
        | (?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])
        | npm_[A-Za-z0-9]{36}
        | SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}
        | (?<![A-Za-z0-9_-])SK[0-9a-f]{32}(?![A-Za-z0-9_-])
        | (?<=(?:^|[^A-Za-z0-9_-])[A-Za-z]{1,12})SK(?=[0-9a-f]{0,31}[a-f])(?=[0-9a-f]{0,31}[0-9])[0-9a-f]{32}(?=[A-Za-z]{0,12}(?:[^A-Za-z0-9_-]|$))
        | (?<![A-Za-z0-9_-])SK(?=[0-9a-f]{0,31}[a-f])(?=[0-9a-f]{0,31}[0-9])[0-9a-f]{32}(?=[g-zA-Z][A-Za-z]{0,11}(?:[^A-Za-z0-9_-]|$))
        """, RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pattern();
}
