using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>A quoted marker said of this text, and a marker set in a LaTeX header or watermark (fourteenth pass).</summary>
internal static partial class MarkerEvidence
{
    /// <summary>
    /// 'sharing the draft, it's "Internal only — do not forward" so …', '这份是“内部文件 请勿转发”，别往客户群里发': the quote opens
    /// (the marker at most 20 characters into it) right after a present copula whose subject is this text (it's, this is, this
    /// deck is, 这份是, 这是): the writer gives this text's own marking. A quote after any other words ("the email was marked
    /// \"Confidential\" by mistake") mentions the marker.
    /// </summary>
    private static bool QuotedAsThisTextsLevel(string text, int start)
    {
        var from = Math.Max(0, start - 20);
        var open = text.AsSpan(from, start - from).LastIndexOfAny("“\"「『‘'");
        if (open < 0)
        {
            return false;
        }
        open += from;
        if (text.AsSpan(open + 1, start - open - 1).IndexOfAny("\n”」』\"’") >= 0)
        {
            return false;
        }
        var head = Math.Max(0, open - 40);
        return ThisTextIs().IsMatch(text.AsSpan(head, open - head));
    }

    [GeneratedRegex(@"(?:\b(?i:it['’]s|it\s+is|this\s+is|this['’]s|that['’]s|(?:this|our)\s+(?:doc|document|memo|deck|draft|file|email|e-mail|note|report|sheet|spreadsheet|one)\s+is)|(?:这份|这个|这是|这些|此件|本文件|该文件|这份文件|这个文件)(?:是|属于|为|都是)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ThisTextIs();

    /// <summary>
    /// "\fancyhead[C]{\textbf{绝密}}", "\SetWatermarkText{CONFIDENTIAL}": a LaTeX header, footer or watermark command earlier on the
    /// marker's line, its brace open: the document being typeset carries the marker on every page.
    /// </summary>
    private static bool InLatexHeader(string text, int start)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var from = Math.Max(lineStart, start - 60);
        var before = text.AsSpan(from, start - from);
        return before.Contains('\\') && LatexHeaderCommand().IsMatch(before);
    }

    // The command, then its argument's brace open up to the marker (inner commands such as \textbf allowed).
    [GeneratedRegex(@"\\(?:fancyhead|fancyfoot|lhead|chead|rhead|lfoot|cfoot|rfoot|ihead|ohead|ifoot|ofoot|SetWatermarkText|watermark|markboth|markright)\b[^{}\n]*\{[^}\n]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LatexHeaderCommand();
}
