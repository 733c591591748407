using System.Buffers;
using System.Text.RegularExpressions;
using Router.Classification.Sensitivity.Support;

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

        FindSpelledOut(text, found);
    }

    /// <summary>
    /// Anchored on each provider name, and only where an "at" spelling or '#' stands right before it, so text full
    /// of numbers such as 126 or 163 costs a vectorised search and a character check per hit, not a regex scan.
    /// </summary>
    private static void FindSpelledOut(string text, List<TextSpan> found)
    {
        var span = text.AsSpan();
        for (var i = MailProviders.IndexOfAny(span); i >= 0;)
        {
            if (SeparatorBefore(span[..i]))
            {
                var from = Math.Max(0, i - 96);
                for (var match = SpelledOut().Match(text, from, Math.Min(text.Length, i + 40) - from); match.Success; match = match.NextMatch())
                {
                    if (match.Index < i && match.Index + match.Length > i && IsAddressLike(match))
                    {
                        found.Add(new(match.Index, match.Index + match.Length));
                        break;
                    }
                }
            }

            var next = MailProviders.IndexOfAny(span[(i + 1)..]);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    private static bool SeparatorBefore(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(' ');
        if (trimmed.IsEmpty)
        {
            return false;
        }

        return trimmed[^1] switch
        {
            '#' => trimmed.Length == before.Length,
            ']' or ')' or '}' => trimmed[..^1].TrimEnd(' ').EndsWith("at", StringComparison.OrdinalIgnoreCase),
            _ => trimmed.Length < before.Length && trimmed.EndsWith(" at", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>A bare " at " with a plain dot reads as prose ("look at qq.com") unless the local part looks like an address.</summary>
    private static bool IsAddressLike(Match match) =>
        !match.Groups["at"].ValueSpan.Trim().Equals("at", StringComparison.OrdinalIgnoreCase)
        || match.Groups["dot"].ValueSpan.Trim() is not "."
        || match.Groups["local"].ValueSpan.IndexOfAny("._0123456789") >= 0;

    /// <summary>The providers whose spelled-out addresses are recognised: one list for the quick scan and the pattern.</summary>
    private const string ProviderNames = "gmail|googlemail|outlook|hotmail|yahoo|icloud|protonmail|proton|qq|163|126|yeah|sina|sohu|foxmail|aliyun|139";

    // Seventeen names: searched in groups of eight (see GroupedStringSearch).
    private static readonly GroupedStringSearch MailProviders = new(ProviderNames.Split('|'), StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""
        (?<![A-Za-z0-9._%+-])(?<local>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63})
        (?<at>\#|\s*[\[({]\s*at\s*[\])}]\s*|\s+at\s+)
        (?:
        """ + ProviderNames + """
        )
        (?<dot>\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+|\.)
        (?:com(?:\.cn)?|net|cn|me|org)(?![A-Za-z0-9])
        """, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SpelledOut();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
