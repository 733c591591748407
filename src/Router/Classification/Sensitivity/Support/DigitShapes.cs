namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Which digit-group shapes a text holds, from one walk over its runs of ASCII digits on first use: a gate before the
/// regex searches that can only match where that shape is. Each shape is a necessary part of every match of its pattern
/// (the guard tests check that on random texts), so a text without it skips a search that would find nothing. Most
/// prose holds none, while the regexes stop at every digit. One instance per <see cref="ScanInput"/>.
/// </summary>
internal sealed class DigitShapes(string text)
{
    private const int NorthAmericanShape = 1;
    private const int SsnShape = 2;
    private const int TrunkShape = 4;
    private const int DialledAbroadShape = 8;
    private const int Found = 1 << 30;

    private int _shapes;

    /// <summary>
    /// A run of exactly three digits, one of ' ', '.', '-' and a run of four or more: the middle group of every North
    /// American number ("(415) 555-0100", "415.555.0100").
    /// </summary>
    public bool MayHoldNorthAmerican => (Shapes & NorthAmericanShape) != 0;

    /// <summary>Three digits, a separator, two digits, the same separator and four or more; or a run of exactly nine.</summary>
    public bool MayHoldSsn => (Shapes & SsnShape) != 0;

    /// <summary>
    /// A run of two to five digits starting with 0 then 1-9, after no letter, digit, '.', '+', '-' or digit and space,
    /// followed by one of ' ', '.', '-' and two digits or more: the trunk prefix and area code of a trunk-dialled number.
    /// </summary>
    public bool MayHoldTrunk => (Shapes & TrunkShape) != 0;

    /// <summary>A run starting with 00, after no letter, digit, '.', '+', '-' or digit and space: an international prefix.</summary>
    public bool MayHoldDialledAbroad => (Shapes & DialledAbroadShape) != 0;

    private int Shapes => _shapes != 0 ? _shapes : _shapes = Find(text) | Found;

    internal static int Find(ReadOnlySpan<char> text)
    {
        var shapes = 0;
        // The two runs before the current one (start, end), for the three-group shapes.
        var (start1, end1) = (-10, -10);
        var (start2, end2) = (-10, -10);
        var at = text.IndexOfAnyInRange('0', '9');
        while (at >= 0)
        {
            var length = text[at..].IndexOfAnyExceptInRange('0', '9');
            var end = length < 0 ? text.Length : at + length;
            length = end - at;
            // This run right after the previous one and one separator.
            var joined = start2 >= 0 && at == end2 + 1 && text[end2] is ' ' or '.' or '-';
            if (joined && end2 - start2 == 3 && length >= 4)
            {
                shapes |= NorthAmericanShape;
            }
            if (length == 9
                || (joined && length >= 4 && end2 - start2 == 2 && start2 == end1 + 1 && end1 - start1 == 3 && text[end1] == text[end2]))
            {
                shapes |= SsnShape;
            }
            if (text[at] == '0' && OpensNumber(text, at))
            {
                if (length is >= 2 and <= 5 && text[at + 1] != '0' && end + 2 < text.Length && text[end] is ' ' or '.' or '-'
                    && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2]))
                {
                    shapes |= TrunkShape;
                }
                if (length >= 2 && text[at + 1] == '0')
                {
                    shapes |= DialledAbroadShape;
                }
            }
            (start1, end1) = (start2, end2);
            (start2, end2) = (at, end);
            if (end == text.Length)
            {
                break;
            }
            var next = text[end..].IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : end + next;
        }
        return shapes;
    }

    // The phone patterns' look-behinds: no letter, digit, '.', '+' or '-' right before, nor a digit and a space.
    private static bool OpensNumber(ReadOnlySpan<char> text, int at) =>
        at == 0 || (!char.IsAsciiLetterOrDigit(text[at - 1]) && text[at - 1] is not ('.' or '+' or '-')
            && !(text[at - 1] == ' ' && at >= 2 && char.IsAsciiDigit(text[at - 2])));
}
