using System.Buffers;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Han text set one character at a time with spaces between (OCR'd forms and payslips, letter-spaced headings and fields:
/// 姓 名 : 聂 婉 清, 受检者：喻 志 刚, 应 发 合 计) closed up for the personal-data detectors: each run of two or more single Han
/// characters with one space between them is written solid and its spaces moved to the run's end, so the text keeps its
/// length and everything outside the run keeps its place (a name found inside a run is reported at the run's start).
/// Words of two or more characters set apart by spaces (病人 刘建国 住院) are no such run and stay as they are.
/// </summary>
internal static class SpacedHan
{
    private static readonly SearchValues<char> Spaces = SearchValues.Create(" \u3000");

    /// <summary><paramref name="text"/> with its letter-spaced Han runs closed up; the same instance when it has none.</summary>
    public static string CloseUp(string text)
    {
        char[]? closed = null;
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(Spaces); at >= 0;)
        {
            if (!IsSingleHan(text, at - 1) || !IsSingleHan(text, at + 1))
            {
                var next = span[(at + 1)..].IndexOfAny(Spaces);
                at = next < 0 ? -1 : at + 1 + next;
                continue;
            }
            // A run from the single character before this space: character, space, character, …
            var start = at - 1;
            var end = at + 2;
            while (end + 1 < text.Length && Spaces.Contains(text[end]) && IsSingleHan(text, end + 1))
            {
                end += 2;
            }
            closed ??= text.ToCharArray();
            var write = start;
            for (var k = start; k < end; k += 2)
            {
                closed[write++] = text[k];
            }
            for (; write < end; write++)
            {
                closed[write] = ' ';
            }
            var after = end < text.Length ? span[end..].IndexOfAny(Spaces) : -1;
            at = after < 0 ? -1 : end + after;
        }
        var spaced = closed is null ? text : new string(closed);
        return spaced.Contains('\n') ? CloseUpLines(spaced) : spaced;
    }

    /// <summary>
    /// A form's field value broken one character a line by PDF extraction (姓名\n趙\n明\n軒, 姓\n名): each run of two or more
    /// lines that hold one Han character each is written solid on the first line and its line breaks moved to the run's end,
    /// so the text keeps its length. Lines of two or more characters (出生\n日期) are no such run.
    /// </summary>
    private static string CloseUpLines(string text)
    {
        char[]? closed = null;
        var span = text.AsSpan();
        for (var at = span.IndexOf('\n'); at >= 0;)
        {
            if (!IsSingleHan(text, at - 1) || !IsLineStart(text, at - 1) || !IsSingleHan(text, at + 1) || !IsLineEnd(text, at + 1))
            {
                var next = span[(at + 1)..].IndexOf('\n');
                at = next < 0 ? -1 : at + 1 + next;
                continue;
            }
            var start = at - 1;
            var end = at + 2;
            while (end + 1 < text.Length && text[end] == '\n' && IsSingleHan(text, end + 1) && IsLineEnd(text, end + 1))
            {
                end += 2;
            }
            closed ??= text.ToCharArray();
            var write = start;
            for (var k = start; k < end; k += 2)
            {
                closed[write++] = text[k];
            }
            for (; write < end; write++)
            {
                closed[write] = '\n';
            }
            var after = end < text.Length ? span[end..].IndexOf('\n') : -1;
            at = after < 0 ? -1 : end + after;
        }
        return closed is null ? text : new string(closed);
    }

    private static bool IsLineStart(string text, int at) => at == 0 || text[at - 1] == '\n';

    private static bool IsLineEnd(string text, int at) => at + 1 == text.Length || text[at + 1] == '\n';

    // A Han character standing alone: no Han character right before or after it.
    private static bool IsSingleHan(string text, int at) =>
        at >= 0 && at < text.Length && HanText.IsHan(text[at])
        && (at == 0 || !HanText.IsHan(text[at - 1])) && (at + 1 == text.Length || !HanText.IsHan(text[at + 1]));
}
