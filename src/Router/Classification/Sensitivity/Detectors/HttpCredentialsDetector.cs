using System.Buffers;
using System.Buffers.Text;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Credentials pasted with an HTTP request: the value of an <c>Authorization</c> header (Basic user:password in
/// base64, or a random-looking Bearer/token value that no vendor prefix names) and curl's <c>-u user:password</c>.
/// The span is the secret. JWT bearer values are also found by <see cref="JwtDetector"/>, which is registered first.
/// </summary>
internal sealed partial class HttpCredentialsDetector : ISensitivityDetector
{
    /// <summary>One vectorised pass decides whether either pattern can occur at all; most text has neither word.</summary>
    private static readonly SearchValues<string> Triggers = SearchValues.Create(["uthorization", "curl"], StringComparison.OrdinalIgnoreCase);

    // Each word alone, vectorised: Contains(word, OrdinalIgnoreCase) is a scalar loop under invariant globalization.
    private static readonly SearchValues<string> AuthorizationWord = SearchValues.Create(["uthorization"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> CurlWord = SearchValues.Create(["curl"], StringComparison.OrdinalIgnoreCase);

    public string Name => "http_credentials";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "authorization header or curl -u";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (!text.AsSpan().ContainsAny(Triggers))
        {
            return;
        }
        if (text.AsSpan().ContainsAny(AuthorizationWord))
        {
            foreach (Match match in Header().Matches(text))
            {
                var value = match.Groups["value"];
                if (IsCredential(match.Groups["scheme"].ValueSpan, value.ValueSpan))
                {
                    found.Add(new(value.Index, value.Index + value.Length));
                }
            }
        }
        if (text.AsSpan().ContainsAny(CurlWord))
        {
            foreach (Match match in CurlUser().Matches(text))
            {
                var password = match.Groups["password"];
                if (!SecretValue.IsPlaceholder(password.ValueSpan) && !IsAllDigits(password.ValueSpan))
                {
                    found.Add(new(password.Index, password.Index + password.Length));
                }
            }
        }
    }

    private static bool IsCredential(ReadOnlySpan<char> scheme, ReadOnlySpan<char> value) =>
        scheme.Equals("basic", StringComparison.OrdinalIgnoreCase) ? IsBasicPair(value) : SecretValue.LooksRandom(value);

    /// <summary>Basic credentials are base64 of "user:password"; anything else after "Basic" is prose or a placeholder.</summary>
    private static bool IsBasicPair(ReadOnlySpan<char> value)
    {
        Span<byte> bytes = stackalloc byte[256];
        if (value.Length > 340 || !Base64.IsValid(value) || !Convert.TryFromBase64Chars(value, bytes, out var length))
        {
            return false;
        }
        var decoded = bytes[..length];
        var colon = decoded.IndexOf((byte)':');
        if (colon <= 0 || colon == length - 1 || decoded.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
        {
            return false;
        }
        Span<char> password = stackalloc char[length - colon - 1];
        for (var i = 0; i < password.Length; i++)
        {
            password[i] = (char)decoded[colon + 1 + i];
        }
        return !SecretValue.IsPlaceholder(password);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('0', '9');

    [GeneratedRegex(@"(?i:(?:proxy-)?authorization)[""']?\s*[:=]\s*[""']?(?<scheme>(?i:basic|bearer|token|apikey|api-key))\s+(?<value>[A-Za-z0-9._~+/=-]{8,})", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"(?<![\w-])(?:-u|--user)[ =][""']?(?<user>[^\s:""']{1,64}):(?<password>[^\s""']{1,128})", RegexOptions.CultureInvariant)]
    private static partial Regex CurlUser();
}
