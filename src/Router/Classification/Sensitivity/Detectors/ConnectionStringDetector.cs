using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Connection strings (<c>Key=Value;</c> pairs) that carry a credential in <c>AccountKey=</c>,
/// <c>Password=</c> or <c>Pwd=</c> with a real (non-placeholder) value. The span covers the whole string.
/// </summary>
internal sealed partial class ConnectionStringDetector : ISensitivityDetector
{
    public string Name => "connection_string";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "credential in connection string";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (!text.Contains(';') || text.AsSpan().IndexOfAny(CredentialKeys) < 0)
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(text))
        {
            if (HasCredential(text.AsSpan(match.Index, match.Length)))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    private static readonly SearchValues<string> CredentialKeys =
        SearchValues.Create(["AccountKey", "Password", "Pwd", "SharedAccessKey"], StringComparison.OrdinalIgnoreCase);

    private static bool HasCredential(ReadOnlySpan<char> connectionString)
    {
        foreach (var range in connectionString.Split(';'))
        {
            var pair = connectionString[range];
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }
            var key = pair[..equals].Trim();
            var value = pair[(equals + 1)..].Trim();
            if ((key.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) || key.Equals("Password", StringComparison.OrdinalIgnoreCase)
                    || key.Equals("Pwd", StringComparison.OrdinalIgnoreCase) || key.Equals("SharedAccessKey", StringComparison.OrdinalIgnoreCase))
                && value.Length >= 3 && !SecretValue.IsPlaceholder(value))
            {
                return true;
            }
        }
        return false;
    }

    // Two or more Key=Value pairs separated by ';'. Keys cannot hold '=', so each pair splits one way only.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9 ]{0,30}=[^;\s""'`]*(?:;[ ]?[A-Za-z][A-Za-z0-9 ]{0,30}=[^;\s""'`]*){1,30};?", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
