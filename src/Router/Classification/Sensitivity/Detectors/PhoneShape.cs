namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Shape checks shared by the phone patterns, which match runs of digits and separators.</summary>
internal static class PhoneShape
{
    public static int CountDigits(ReadOnlySpan<char> span)
    {
        var count = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                count++;
            }
        }
        return count;
    }

    public static ReadOnlySpan<char> WithoutExtension(ReadOnlySpan<char> span)
    {
        var at = span.IndexOfAny('x', '#', 'e');
        return at < 0 ? span : span[..at];
    }

    /// <summary>No doubled separators, balanced parentheses, and not a date such as 2024-01-15 or 05.11.2023.</summary>
    public static bool WellFormed(ReadOnlySpan<char> span)
    {
        var depth = 0;
        var previousSeparator = false;
        foreach (var c in span)
        {
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth--;
                if (depth < 0)
                {
                    return false;
                }
            }
            var separator = c is ' ' or '.' or '-';
            if (separator && previousSeparator)
            {
                return false;
            }
            previousSeparator = separator;
        }
        return depth == 0 && !LooksLikeDate(span);
    }

    private static bool AllDigits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');

    private static bool LooksLikeDate(ReadOnlySpan<char> span)
    {
        // yyyy-mm-dd, yyyy.mm.dd, dd-mm-yyyy, dd.mm.yyyy (optionally followed by more groups, e.g. a time).
        if (span.Length < 10)
        {
            return false;
        }
        var head = span[..10];
        var isoDate = AllDigits(head[..4]) && head[4] is '-' or '.' or '/' && AllDigits(head.Slice(5, 2)) && head[7] == head[4] && AllDigits(head.Slice(8, 2));
        var dayFirst = AllDigits(head[..2]) && head[2] is '-' or '.' or '/' && AllDigits(head.Slice(3, 2)) && head[5] == head[2] && AllDigits(head.Slice(6, 4));
        return isoDate || dayFirst;
    }
}
