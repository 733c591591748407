using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Azure shared access signatures: the <c>sig=</c> of a SAS query (<c>?sv=…&amp;se=…&amp;sig=…</c>, alone, in a blob
/// URL or after <c>SharedAccessSignature=</c>), confirmed by a SAS field (<c>sv</c>, <c>se</c>, <c>sp</c>, <c>sr</c> or
/// <c>skoid</c>) earlier in the same query. The span is the signature, the part that grants access.
/// </summary>
internal sealed partial class AzureSasTokenDetector : ISensitivityDetector
{
    public string Name => "azure_sas_token";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "signed SAS query";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (!input.Text.Contains("sig=", StringComparison.Ordinal))
        {
            return;
        }
        foreach (Match match in Pattern().Matches(input.Text))
        {
            var signature = match.Groups["sig"];
            found.Add(new(signature.Index, signature.Index + signature.Length));
        }
    }

    // The fields before sig= stay inside one query (no spaces, quotes or '#'); the signature is base64 of an HMAC
    // (44 characters, '+', '/' and '=' often percent-encoded).
    [GeneratedRegex(@"(?:^|[?&;=\s""'(])(?:sv|se|sp|sr|skoid)=[^\s""'#<>]{0,600}?[&]sig=(?<sig>(?:[A-Za-z0-9+/]|%2[BbFf]){30,90}(?:=|%3[Dd]){0,2})(?![A-Za-z0-9+/%])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
