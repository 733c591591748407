using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// Email addresses. Anchored on each '@' (rare in prose), the candidate is grown over address characters
/// and then checked against the full address pattern, so ordinary text costs one vectorised search.
/// Also the spellings people use to dodge address harvesters, at the big mail providers only (so "look at
/// qq.com" stays prose): <c>zhangsan#163.com</c>, <c>john [at] gmail [dot] com</c>, <c>j.smith at gmail.com</c>,
/// <c>john at gmail dot com</c>.
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

        if (text.AsSpan().IndexOfAny(MailProviders) >= 0)
        {
            foreach (Match match in Obfuscated().Matches(text))
            {
                // A bare " at " reads as prose unless the local part looks like an address or the dot is spelled out too.
                var plainAt = match.Groups["at"].Value.Trim().Equals("at", StringComparison.OrdinalIgnoreCase);
                var plainDot = match.Groups["dot"].Value.Trim() == ".";
                if (!plainAt || !plainDot || match.Groups["local"].ValueSpan.IndexOfAny("._0123456789") >= 0)
                {
                    found.Add(new(match.Index, match.Index + match.Length));
                }
            }
        }
    }

    private static readonly SearchValues<string> MailProviders = SearchValues.Create(
        ["gmail", "googlemail", "outlook", "hotmail", "yahoo", "icloud", "protonmail", "proton", "qq", "163", "126", "yeah", "sina", "sohu", "foxmail", "aliyun", "139"],
        StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""
        (?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})
        (?<at>\#|\s*[\[({]\s*at\s*[\])}]\s*|\s+at\s+)
        (?:gmail|googlemail|outlook|hotmail|yahoo|icloud|protonmail|proton|qq|163|126|yeah|sina|sohu|foxmail|aliyun|139)
        (?<dot>\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\.)
        (?:com(?:\.cn)?|net|cn|me|org)(?![A-Za-z0-9])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Obfuscated();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
