using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Passwords written into URLs: <c>scheme://user:password@host</c> (database URLs, git remotes with a token, proxy
/// settings). The span is the password; templated ones (<c>${DB_PASS}</c>, <c>&lt;password&gt;</c>) do not fire.
/// </summary>
internal sealed partial class UrlCredentialsDetector : ISensitivityDetector
{
    public string Name => "url_credentials";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "password in URL";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (!input.Text.Contains("://", StringComparison.Ordinal))
        {
            return;
        }
        foreach (Match match in Pattern().Matches(input.Text))
        {
            var password = match.Groups["password"];
            if (!SecretValue.IsPlaceholder(password.ValueSpan))
            {
                found.Add(new(password.Index, password.Index + password.Length));
            }
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/?#@""'<>]{0,128}:(?<password>[^\s/?#@""'<>]{1,256})@(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
