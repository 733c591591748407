using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A secret-looking value assigned to a credential name: <c>DB_PASSWORD=…</c>, <c>"token": "…"</c>,
/// <c>my password is …</c>, <c>密码：…</c>. The span is the value. Questions about passwords have no
/// assigned value, and placeholders or ordinary words fail the value test.
/// </summary>
internal sealed partial class SecretAssignmentDetector : ISensitivityDetector
{
    private const int MaxValueLength = 200;

    public string Name => "secret_assignment";

    public SensitivityLevel Level => SensitivityLevel.High;

    public string Evidence => "random value assigned";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        foreach (var match in Name_().EnumerateMatches(text))
        {
            if (!IsNameBoundary(text, match.Index, match.Index + match.Length))
            {
                continue;
            }
            var valueStart = SecretAssignment.SkipOperator(text, match.Index + match.Length);
            if (valueStart < 0)
            {
                continue;
            }
            var valueEnd = SecretAssignment.ValueEnd(text, valueStart, MaxValueLength);
            var value = text.AsSpan(valueStart, valueEnd - valueStart);
            if (SecretAssignment.IsSecretValue(value, IsPasswordName(text.AsSpan(match.Index, match.Length))))
            {
                found.Add(new(valueStart, valueEnd));
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

    [GeneratedRegex(@"pass(?:word|wd|phrase|code)?|pwd|pin|secret(?:[_-]?key)?|client[_-]?secret|(?:access|auth|bearer|refresh|api|session)?[_-]?token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|密码|口令|密钥|秘钥|令牌", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Name_();
}
