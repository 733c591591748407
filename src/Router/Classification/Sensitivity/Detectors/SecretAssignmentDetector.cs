using System.Buffers;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A secret-looking value assigned to a credential name: <c>DB_PASSWORD=…</c>, <c>"token": "…"</c>,
/// <c>my password is …</c>, <c>密码：…</c>. The span is the value. Questions about passwords have no
/// assigned value, and placeholders or ordinary words fail the value test.
/// </summary>
internal sealed class SecretAssignmentDetector : ISensitivityDetector
{
    private const int MaxValueLength = 200;

    public string Name => "secret_assignment";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "random value assigned";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        var from = 0;
        while (from < text.Length)
        {
            var at = text.AsSpan(from).IndexOfAny(Keywords);
            if (at < 0)
            {
                return;
            }
            var start = from + at;
            var end = SecretAssignment.NameEnd(text, start);
            from = end;
            if (!IsNameBoundary(text, start, end))
            {
                continue;
            }
            var valueStart = SecretAssignment.SkipOperator(text, end);
            if (valueStart < 0)
            {
                continue;
            }
            var valueEnd = SecretAssignment.ValueEnd(text, valueStart, MaxValueLength);
            var value = text.AsSpan(valueStart, valueEnd - valueStart);
            if (SecretAssignment.IsSecretValue(value, IsPasswordName(text.AsSpan(start, end - start))))
            {
                found.Add(new(valueStart, valueEnd));
                from = valueEnd;
            }
        }
    }

    /// <summary>
    /// "bypass" and "tokens" are not credential names: an ASCII name must not continue a lower-case word
    /// on the left (camelCase "dbPassword" is fine) nor go on with a lower-case letter on the right.
    /// </summary>
    private static bool IsNameBoundary(string text, int start, int end)
    {
        if (!char.IsAsciiLetter(text[start]))
        {
            return true;
        }
        if (start > 0 && char.IsAsciiLetterLower(text[start - 1]) && char.IsAsciiLetterLower(text[start]))
        {
            return false;
        }
        if (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            return false;
        }
        return end >= text.Length || !char.IsAsciiLetterLower(text[end]);
    }

    private static bool IsPasswordName(ReadOnlySpan<char> name) =>
        name.StartsWith("pass", StringComparison.OrdinalIgnoreCase) || name.StartsWith("pwd", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("pin", StringComparison.OrdinalIgnoreCase) || name is "密码" or "口令";

    // Vectorised multi-string search; NameEnd extends a hit to the full name (password, secret_key, …).
    private static readonly SearchValues<string> Keywords = SearchValues.Create(
        ["pass", "pwd", "pin", "secret", "token", "apikey", "api_key", "api-key", "access_key", "access-key", "accesskey",
         "private_key", "private-key", "privatekey", "credential", "密码", "口令", "密钥", "秘钥", "令牌"],
        StringComparison.OrdinalIgnoreCase);
}
