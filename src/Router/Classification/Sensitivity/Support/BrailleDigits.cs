namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Braille digits (issue 15, eighth attack round): the number sign ⠼ puts the letters a–j (⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚) or Nemeth's
/// lower cells (⠂⠆⠒⠲⠢⠖⠶⠦⠔⠴) into numeric mode up to the next non-digit cell, so "⠼⠙⠁⠁⠁" reads 4111. The view folds
/// such a cell to its digit and drops the sign before it; a letter cell with no sign before its run stays a letter
/// (a braille word), and the cost falls only on text holding braille at all.
/// </summary>
internal static class BrailleDigits
{
    private const char NumberSign = '\u283C';

    /// <summary>How far back a digit cell looks for its number sign: more than any identifier's length.</summary>
    private const int MaxRun = 40;

    private static readonly string[] Digits = [.. Enumerable.Range(0, 10).Select(d => ((char)('0' + d)).ToString())];

    /// <summary>
    /// The view form of the braille cell at <paramref name="at"/>: its digit inside a number, "" for a number sign that
    /// starts one, else null (the cell stays as it is).
    /// </summary>
    public static string? Fold(string text, int at)
    {
        var c = text[at];
        if (c == NumberSign)
        {
            return at + 1 < text.Length && Value(text[at + 1]) >= 0 ? "" : null;
        }
        if (Value(c) is not (>= 0 and var digit))
        {
            return null;
        }
        for (var k = at - 1; k >= 0 && at - k <= MaxRun; k--)
        {
            if (text[k] == NumberSign)
            {
                return Digits[digit];
            }
            if (Value(text[k]) < 0)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The digit a cell stands for in numeric mode (letters a–j, or Nemeth's lower cells), else -1.</summary>
    private static int Value(char c) => c switch
    {
        '\u2801' or '\u2802' => 1,
        '\u2803' or '\u2806' => 2,
        '\u2809' or '\u2812' => 3,
        '\u2819' or '\u2832' => 4,
        '\u2811' or '\u2822' => 5,
        '\u280B' or '\u2816' => 6,
        '\u281B' or '\u2836' => 7,
        '\u2813' or '\u2826' => 8,
        '\u280A' or '\u2814' => 9,
        '\u281A' or '\u2834' => 0,
        _ => -1,
    };
}
