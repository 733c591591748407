using System.Buffers;
using System.Buffers.Text;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>JSON Web Tokens: three base64url parts whose header decodes to a JSON object with "alg".</summary>
internal sealed partial class JwtDetector : ISensitivityDetector
{
    private const int MaxHeaderChars = 1024;

    public string Name => "jwt";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "header has alg";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        if (!input.Text.Contains("eyJ", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var match in Pattern().EnumerateMatches(input.Text))
        {
            var token = input.Text.AsSpan(match.Index, match.Length);
            if (HeaderHasAlg(token[..token.IndexOf('.')]))
            {
                found.Add(new(match.Index, match.Index + match.Length));
            }
        }
    }

    private static bool HeaderHasAlg(ReadOnlySpan<char> header)
    {
        if (header.Length > MaxHeaderChars)
        {
            return false;
        }
        Span<byte> encoded = stackalloc byte[MaxHeaderChars];
        Span<byte> decoded = stackalloc byte[MaxHeaderChars];
        for (var i = 0; i < header.Length; i++)
        {
            encoded[i] = (byte)header[i];
        }
        if (Base64Url.DecodeFromUtf8(encoded[..header.Length], decoded, out _, out var written) != OperationStatus.Done)
        {
            return false;
        }
        var json = decoded[..written].Trim(" \t\r\n"u8);
        return json.Length > 0 && json[0] == (byte)'{' && json.IndexOf("\"alg\""u8) >= 0;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,1021}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
