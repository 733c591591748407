using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A long number written as a float in scientific notation (issue 15, eighth attack round): a JSON or Python float such as
/// "4.716785871870963e15" or "4716.785871870963E+12" is the integer 4716785871870963 to whoever reads it. Where the
/// exponent makes a whole number of 12–19 digits and at least twelve of them are written out, its digits are added
/// after a little of the text before it. Only an
/// exponent of 11–18 ("e1…", "E+1…") starts a look, so text without one costs one vectorised search.
/// </summary>
internal static class FloatDigits
{
    private const int MinDigits = 12;
    private const int MaxDigits = 19;
    private const int Context = 24;

    private static readonly SearchValues<string> Cues = SearchValues.Create(["e1", "E1", "e+1", "E+1"], StringComparison.Ordinal);

    public static void Find(string text, List<SplitTokens.Joined> result)
    {
        var i = 0;
        while (i < text.Length)
        {
            var at = text.AsSpan(i).IndexOfAny(Cues);
            if (at < 0)
            {
                return;
            }
            var e = i + at;
            i = e + 2;
            var expStart = e + (text[e + 1] == '+' ? 2 : 1);
            if (expStart + 2 > text.Length || !char.IsAsciiDigit(text[expStart + 1])
                || (expStart + 2 < text.Length && char.IsAsciiLetterOrDigit(text[expStart + 2])))
            {
                continue;
            }
            var exponent = ((text[expStart] - '0') * 10) + (text[expStart + 1] - '0');
            // The mantissa before the 'e': integer digits, a point, fraction digits.
            var fractionStart = e;
            while (fractionStart > 0 && char.IsAsciiDigit(text[fractionStart - 1]))
            {
                fractionStart--;
            }
            var point = fractionStart - 1;
            if (point < 1 || text[point] != '.' || !char.IsAsciiDigit(text[point - 1]))
            {
                continue;
            }
            var start = point;
            while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                start--;
            }
            var whole = point - start;
            var fraction = e - fractionStart;
            var length = whole + exponent;
            // Every digit written out, as a card copied into a float is: "1.5e15" or "3.0e14" is a quantity.
            if ((start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '.')) || fraction > exponent
                || length is < MinDigits or > MaxDigits || whole + fraction < MinDigits)
            {
                continue;
            }
            Add(text, start, point, e, expStart + 2, length, result);
        }
    }

    private static void Add(string text, int start, int point, int e, int end, int length, List<SplitTokens.Joined> result)
    {
        var contextStart = start;
        while (contextStart > 0 && start - contextStart < Context && text[contextStart - 1] != '\n')
        {
            contextStart--;
        }
        var joined = new MappedText();
        joined.Copy(text, contextStart, start - contextStart);
        joined.Copy(text, start, point - start);
        joined.Copy(text, point + 1, e - point - 1);
        // Trailing zeros the exponent adds stand for the exponent.
        var digits = (point - start) + (e - point - 1);
        for (var k = digits; k < length; k++)
        {
            joined.Add('0', e, end);
        }
        result.Add(new SplitTokens.Joined(contextStart, end, joined.Text, joined.Map));
    }
}
