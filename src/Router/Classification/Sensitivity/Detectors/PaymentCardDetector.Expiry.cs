namespace Router.Classification.Sensitivity.Detectors;

/// <summary>A card's expiry read as one more digit group of the chain (receipt and folio OCR, sixteenth pass).</summary>
internal sealed partial class PaymentCardDetector
{
    /// <summary>
    /// "Deposit 5312 7719 0046 2282 08/29  Bay 14" (receipt, folio and rental-slip OCR): the expiry's month follows the card's
    /// last group after a space, so the chain reads it as one more group, and a 16–19 digit card becomes an 18–21 digit number
    /// that no network issues. The index of the chain's last card group: the one before a trailing month (1–12, one or two
    /// digits) that '/' and a two- or four-digit year follow. <paramref name="glued"/>: the month's digits glued to the end of
    /// that last group instead ("…2282 0046 228208/29"), which the valid-card test leaves off; 0 when none.
    /// </summary>
    private static int CardEnd(string text, List<TextSpan> groups, out int glued)
    {
        glued = 0;
        var last = groups.Count - 1;
        var tail = groups[last];
        if (!ExpiryYearAt(text, tail.End))
        {
            return last;
        }
        var length = tail.End - tail.Start;
        if (last > 0 && length <= 2 && Month(text.AsSpan(tail.Start, length)))
        {
            return last - 1;
        }
        // Glued: the group is longer than a card group, and its last two (or one) digits are a month.
        if (length > 4 && Month(text.AsSpan(tail.End - 2, 2)))
        {
            glued = 2;
        }
        else if (length > 4 && Month(text.AsSpan(tail.End - 1, 1)))
        {
            glued = 1;
        }
        return last;
    }

    private static bool Month(ReadOnlySpan<char> digits) =>
        (digits.Length == 1 ? digits[0] - '0' : (digits[0] - '0') * 10 + digits[1] - '0') is >= 1 and <= 12;

    // "/29", "/2029": a year right after the month, then no more digits.
    private static bool ExpiryYearAt(string text, int at)
    {
        if (at + 2 >= text.Length || text[at] != '/' || !char.IsAsciiDigit(text[at + 1]) || !char.IsAsciiDigit(text[at + 2]))
        {
            return false;
        }
        var digits = text.AsSpan(at + 1).IndexOfAnyExceptInRange('0', '9');
        var year = digits < 0 ? text.Length - at - 1 : digits;
        return year is 2 or 4;
    }
}
