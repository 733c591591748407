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
            if (!SecretValue.IsPlaceholder(password.ValueSpan) && !PortAndQuery(password.ValueSpan))
            {
                found.Add(new(password.Index, password.Index + password.Length));
            }
        }
    }

    /// <summary>
    /// "mysql://crm:Qz8#wPe3!kL@10.3.2.9", "postgres://etl:Hx9?pL4#w@db": people paste passwords with '#' and '?' raw, not
    /// percent-encoded, so the password runs to the '@' across them. What is left out: a port then a fragment or a query
    /// ("http://host:8080?email=a@b.com", "host:443#top@x"): digits alone before the '#'/'?', or a query's '=' or '&' after it.
    /// </summary>
    private static bool PortAndQuery(ReadOnlySpan<char> password)
    {
        var mark = password.IndexOfAny('#', '?');
        if (mark < 0)
        {
            return false;
        }
        return mark == 0 || !password[..mark].ContainsAnyExceptInRange('0', '9') || password[mark..].IndexOfAny('=', '&') >= 0;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/?#@""'<>]{0,128}:(?<password>[^\s/@""'<>]{1,256})@(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
