using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Email addresses. Anchored on each '@' (rare in prose), the candidate is grown over address characters
/// and then checked against the full address pattern, so ordinary text costs one vectorised search.
/// </summary>
internal sealed partial class EmailDetector : ISensitivityDetector
{
    private static readonly SearchValues<char> LocalChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private static readonly SearchValues<char> DomainChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    public string Name => "email";

    public SensitivityLevel Level => SensitivityLevel.Moderate;

    public string Evidence => "address format";

    public void Detect(ScanInput input, List<TextSpan> found)
    {
        var text = input.Text;
        for (var at = text.IndexOf('@'); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && LocalChars.Contains(text[start - 1]))
            {
                start--;
            }
            while (start < at && !char.IsAsciiLetterOrDigit(text[start]))
            {
                start++;
            }
            var end = at + 1;
            while (end < text.Length && DomainChars.Contains(text[end]))
            {
                end++;
            }
            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }
            if (start < at && Address().IsMatch(text.AsSpan(start, end - start)))
            {
                found.Add(new(start, end));
            }
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
