using Router.Classification.Sensitivity.Support;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A spreadsheet's age formula (fourteenth pass): =DATEDIF(…,TODAY(),"y") or YEARFRAC over a person's row computes their age from
/// their birth date, so a date in the formula or beside it ("where C2 is 31/07/1985") with the person's name is a birth date.
/// </summary>
internal sealed partial class PersonBirthDateDetector
{
    private static bool IsAgeFormula(ReadOnlySpan<char> word) =>
        word.Equals("DATEDIF", StringComparison.OrdinalIgnoreCase) || word.Equals("YEARFRAC", StringComparison.OrdinalIgnoreCase);

    // A date (two separators between digits: 14/02/1987, 1985-07-31, 31.07.1985) within 100 characters after the formula's name.
    private static bool AgeFormulaDate(string text, TextSpan cue)
    {
        var end = Math.Min(text.Length, cue.End + 100);
        for (var i = cue.End; i + 5 < end; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }
            var j = i;
            var separators = 0;
            while (j < end && (char.IsAsciiDigit(text[j]) || (text[j] is '/' or '-' or '.' && j + 1 < end && char.IsAsciiDigit(text[j + 1]))))
            {
                separators += text[j] is '/' or '-' or '.' ? 1 : 0;
                j++;
            }
            if (separators == 2 && j - i >= 8)
            {
                return true;
            }
            i = j;
        }
        return false;
    }
}
