namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Digits that stand in for a value rather than being one (thirteenth pass): form hints, input masks, column defaults and
/// mock rows write 000-000-0000, 111-11-1111, 123-456-7890 or a subscriber part of zeros (138 0000 0000). No carrier or
/// agency issues such numbers to a person, so a phone, SSN, passport or mobile made of them names no one.
/// </summary>
internal static class PlaceholderDigits
{
    /// <summary>
    /// Whether the ASCII digits of <paramref name="value"/> (other characters skipped) are all one digit, a straight run up or
    /// down (1234567890, 9876543210: at least <paramref name="minRun"/> digits), or end in seven or more copies of one digit.
    /// </summary>
    public static bool Is(ReadOnlySpan<char> value, int minRun = 7)
    {
        var count = 0;
        var up = true;
        var down = true;
        var previous = -1;
        var first = -1;
        var allSame = true;
        var tail = 0;
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }
            var d = c - '0';
            if (previous >= 0)
            {
                up &= d == (previous + 1) % 10;
                down &= previous == (d + 1) % 10;
                tail = d == previous ? tail + 1 : 1;
            }
            else
            {
                first = d;
                tail = 1;
            }
            allSame &= d == first;
            previous = d;
            count++;
        }
        return count > 0 && (allSame || ((up || down) && count >= minRun) || tail >= 7);
    }

    /// <summary>
    /// Drops, from what a detector found since <paramref name="from"/>, a placeholder: one digit throughout or a long tail of one
    /// digit (999-99-9999), or a straight run (987-65-4321) that the text presents as an example, a format or test data.
    /// </summary>
    public static void DropFrom(string text, List<TextSpan> found, int from)
    {
        for (var i = found.Count - 1; i >= from; i--)
        {
            var value = text.AsSpan(found[i].Start, found[i].End - found[i].Start);
            if (Is(value, minRun: int.MaxValue) || (Is(value) && ExampleContext.PresentedAsExample(text, found[i])))
            {
                found.RemoveAt(i);
            }
        }
    }
}
