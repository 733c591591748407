using System.Buffers;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Phones after a label run together with the words around it (sixteenth pass).</summary>
internal sealed partial class PhoneDetector
{
    /// <summary>
    /// Labels written without spaces: an own-number noun after "my" ("mynumber", "myphone", "mycell", "mymobile") or a call verb
    /// said to the reader ("callme", "textme", "ringme", "reachme", "whatsappme"). None is an English word, so where one occurs the
    /// words around it are run together too.
    /// </summary>
    private static readonly string[] GluedLabelWords =
        ["mynumber", "myphone", "mycell", "mymobile", "mynum", "callme", "textme", "ringme", "reachme", "whatsappme", "msgme"];

    private static readonly SearchValues<string> GluedLabels = SearchValues.Create(GluedLabelWords, StringComparison.OrdinalIgnoreCase);

    // Longest first, so "number" is taken before "no" and "num".
    private static readonly string[] GluedConnectors = ["number", "num", "was", "no", "nr", "is", "on", "at"];

    /// <summary>
    /// "mynumberis473920186thanks", "callmeon0712345678pls", "textmeat2025550143ok": the label search finds labels where words
    /// start and the loose-digit shape wants no letter before the number, so run-together words hid both. After a glued label
    /// (<see cref="GluedLabels"/>), glued connectors ("is", "on", "at", "no", "number") and at most a colon and a space, a run of
    /// 7–15 digits ('+' before it, single spaces, dashes or dots between its groups) is a phone whatever its shape: the writer
    /// says so (fail closed). Letters may follow it ("…186thanks"). "ordernumber473920186", "version473920186" and
    /// "sha473920186" hold no such label.
    /// </summary>
    private static void AddGluedLabelled(string text, List<TextSpan> found)
    {
        for (var from = 0; from < text.Length;)
        {
            var at = text.AsSpan(from).IndexOfAny(GluedLabels);
            if (at < 0)
            {
                return;
            }
            var i = from + at + LongestAt(text, from + at, GluedLabelWords);
            from = i;
            for (var connectors = 0; connectors < 3 && LongestAt(text, i, GluedConnectors) is var length and > 0; connectors++)
            {
                i += length;
            }
            if (i < text.Length && text[i] is ':' or '#' or '=')
            {
                i++;
            }
            if (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            var start = i;
            if (i < text.Length && text[i] == '+')
            {
                i++;
            }
            var (end, digits) = GluedNumber(text, i);
            if (digits is >= 7 and <= 15 && !CountsSomething(text, end))
            {
                AddUnique(found, new(start, end));
            }
        }
    }

    /// <summary>The length of the longest of <paramref name="words"/> that starts at <paramref name="at"/> (any case); 0 if none.</summary>
    private static int LongestAt(string text, int at, string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            if (word.Length > longest && text.AsSpan(at).StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                longest = word.Length;
            }
        }
        return longest;
    }

    /// <summary>Where the digit groups from <paramref name="at"/> end (one space, dash or dot between groups), and their digit count.</summary>
    private static (int End, int Digits) GluedNumber(string text, int at)
    {
        var (end, digits) = (at, 0);
        for (var i = at; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits++;
                end = i + 1;
            }
            else if (!(text[i] is ' ' or '-' or '.' && i > at && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                break;
            }
        }
        return (end, digits);
    }
}
