using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// PEM private keys: a <c>-----BEGIN … PRIVATE KEY-----</c> header followed by a base64 body. The span runs
/// to the END line, or to the end of the body when the key was pasted truncated. A bare header (a question
/// about the format) is not a key.
/// </summary>
internal sealed partial class PrivateKeyDetector : ISensitivityDetector
{
    private const int MinBodyChars = 16;

    private static readonly SearchValues<char> Base64Chars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=");

    private static readonly SearchValues<char> BodyChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=:,- \t\r\n");

    public string Name => "private_key";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "PEM block";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        if (!text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var match in Header().EnumerateMatches(text))
        {
            var bodyStart = match.Index + match.Length;
            var end = EndOfKey(text, bodyStart);
            if (end > 0)
            {
                found.Add(new(match.Index, end));
            }
        }
    }

    /// <summary>The end of the footer, or of the body when there is no footer; -1 when there is no body.</summary>
    private static int EndOfKey(string text, int bodyStart)
    {
        var footerAt = text.IndexOf("-----END", bodyStart, StringComparison.Ordinal);
        if (footerAt >= 0)
        {
            var body = text.AsSpan(bodyStart, footerAt - bodyStart);
            var footer = Footer().Match(text, footerAt);
            if (footer.Success && body.IndexOfAnyExcept(BodyChars) < 0 && CountBase64(body) >= MinBodyChars)
            {
                return footer.Index + footer.Length;
            }
        }

        // Truncated paste: take whitespace-separated base64 runs while they look like key lines.
        var end = -1;
        var total = 0;
        var i = bodyStart;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var run = text.AsSpan(i).IndexOfAnyExcept(Base64Chars);
            var length = run < 0 ? text.Length - i : run;
            if (length < MinBodyChars)
            {
                break;
            }
            i += length;
            total += length;
            end = i;
        }
        return total >= MinBodyChars ? end : -1;
    }

    private static int CountBase64(ReadOnlySpan<char> body)
    {
        var count = 0;
        foreach (var c in body)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
            {
                count++;
            }
        }
        return count;
    }

    [GeneratedRegex(@"-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"\G-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----", RegexOptions.CultureInvariant)]
    private static partial Regex Footer();
}
