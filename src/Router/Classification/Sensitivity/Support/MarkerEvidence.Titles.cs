using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A document's title that holds its marker ("Confidential Offering Memorandum", "Strictly Confidential Board Minutes.pdf",
/// "Privileged & Confidential – Legal Advice"), given as the document this text carries or quotes (twelfth pass): attached,
/// enclosed, forwarded, a file name, a subject line, or a quoted title after a task's colon with the text running on. A title
/// asked about, or any such document ("a confidential information memorandum", an outline or a template for one), is not one.
/// </summary>
internal static partial class MarkerEvidence
{
    private static bool CarriedTitle(string text, int start, int end)
    {
        if (!IsStrongLevel(text.AsSpan(start, end - start)) || !char.IsAsciiLetterUpper(text[start]))
        {
            return false;
        }
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', end) is var n and >= 0 ? n : text.Length;
        var titleEnd = TitleEnd(text, end, lineEnd);
        if (titleEnd < 0)
        {
            return false;
        }
        var from = Math.Max(lineStart, start - 60);
        var before = text.AsSpan(from, start - from);
        var quoted = !before.IsEmpty && Quotes.Contains(before[^1]);
        if (quoted)
        {
            before = before[..^1];
        }
        var sentence = SentenceAround(text, start, end);
        if (WrittenFromScratch().IsMatch(sentence))
        {
            return false;
        }
        // "Could you proofread the attached …?", "attached is a Confidential Term Sheet": sent, whatever the article or the
        // question about it.
        if (CarrierBefore().IsMatch(before))
        {
            return true;
        }
        var after = text.AsSpan(titleEnd, Math.Min(48, lineEnd - titleEnd));
        return !GenericArticle().IsMatch(before) && !AskedAbout().IsMatch(sentence) && !IsAskedAbout(text, start, end)
            && (FileExtension().IsMatch(after) || (quoted && QuotedTitleRunsOn(text, start - 1, titleEnd, before)));
    }

    /// <summary>
    /// Where the title after the marker ends (the marker itself naming a document type counts), or -1: up to eight words,
    /// each capitalised or a small joining word (of, and, &amp;, for, re, –), one of them a kind of document.
    /// </summary>
    private static int TitleEnd(string text, int end, int lineEnd)
    {
        var i = end;
        var words = 0;
        var last = -1;
        while (i < lineEnd && words < 9)
        {
            var gap = i;
            while (i < lineEnd && text[i] is ' ' or '-' or '–' or '—' or ':')
            {
                i++;
            }
            if (i == gap || i >= lineEnd)
            {
                break;
            }
            var wordStart = i;
            while (i < lineEnd && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '&' or '\'' or '’'))
            {
                i++;
            }
            var word = text.AsSpan(wordStart, i - wordStart);
            if (word.IsEmpty)
            {
                break;
            }
            var joining = JoiningWords.Contains(word);
            if (!joining && !char.IsAsciiLetterUpper(word[0]) && !char.IsAsciiDigit(word[0]))
            {
                break;
            }
            words++;
            if (TitleNouns.Contains(word))
            {
                last = i;
            }
        }
        return last;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoiningWords = new HashSet<string>(
        ["of", "and", "&", "for", "re", "to", "the", "on", "in", "with", "between"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleNouns = new HashSet<string>(
    [
        "agreement", "memorandum", "memo", "minutes", "sheet", "opinion", "advice", "report", "letter", "proposal", "plan", "deck",
        "presentation", "brief", "briefing", "contract", "offer", "release", "settlement", "summary", "review", "assessment",
        "analysis", "statement", "terms", "pack", "notes", "draft", "document", "file", "strategy", "budget", "forecast",
        "valuation", "audit", "investigation", "disclosure", "prospectus", "evaluation", "appraisal", "nda", "mou", "resolution",
        "schedule", "appendix", "exhibit", "annex", "dossier", "roadmap", "spreadsheet", "slides", "addendum", "amendment",
        "findings", "handbook", "manual", "proposal", "bid", "tender", "quote", "quotation", "invoice", "record", "records",
        "policy", "paper", "papers", "correspondence", "submission", "complaint", "claim", "deposition", "transcript", "work", "product",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// 'Summarise: "Privileged &amp; Confidential – Legal Advice" Our view is …': the quoted title after a task's colon, its text
    /// running on after the closing quote.
    /// </summary>
    private static bool QuotedTitleRunsOn(string text, int open, int titleEnd, ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(' ');
        if (trimmed.IsEmpty || trimmed[^1] is not (':' or '：') || !TaskVerb().IsMatch(trimmed[..^1].ToString()))
        {
            return false;
        }
        // The rest of the title may follow its last document word ("… – Advice on Lease Termination\"").
        var close = text.AsSpan(titleEnd, Math.Min(60, text.Length - titleEnd)).IndexOfAny(ClosingQuotes(text[open]));
        if (close < 0 || text.AsSpan(titleEnd, close).IndexOfAny(".!?\n") >= 0)
        {
            return false;
        }
        var rest = text.AsSpan(titleEnd + close + 1).TrimStart(" \n");
        return rest.Length >= 20;
    }

    // "a Confidential Information Memorandum", "any Confidential Settlement Agreement": a kind of document, not this one.
    [GeneratedRegex(@"\b(?:a|an|any|every|each|some|typical|standard|sample|example|template)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericArticle();

    // Written from scratch ("write/draft/create a …", "an outline for", a template or a sample): no document is carried.
    [GeneratedRegex(@"\b(?:template|outline\s+for|give\s+me\s+(?:a|an)|write\s+(?:me\s+)?(?:a|an)|draft\s+(?:me\s+)?(?:a|an)|create\s+(?:a|an)|example|sample|generate)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenFromScratch();

    [GeneratedRegex(@"\b(?:what|how|why|explain)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskedAbout();

    // "attached", "enclosed the", "forwarding the", "File name:", "Subject: Fwd:", "here is the", a task verb and "the/this/our".
    [GeneratedRegex(@"(?:\b(?:attached|attachment|attaching|enclosed|enclosing|herewith|forwarding|forwarded|sending|sent|uploaded|uploading|pasted|here\s+is|here's|here\s+are)\b[^.!?\n]{0,30}|\b(?:file\s*name|filename|file|document|doc|subject|re|fwd|fw|title)\s*:\s*(?:(?:re|fwd|fw)\s*:\s*)*|\b(?:translate|summari[sz]e|proofread|review|check|edit|redline|shorten|rewrite|read|open|update)\s+(?:the|this|our|my|attached)\s+(?:attached\s+)?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CarrierBefore();

    [GeneratedRegex(@"^[^\n]{0,24}?\.(?:pdf|docx?|pptx?|xlsx?|txt|rtf|odt|msg|eml|pages|key)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileExtension();

    private static bool WithoutPrejudiceTo(string text, int start, int end) =>
        end - start == "without prejudice".Length && text.AsSpan(start, end - start).Equals("without prejudice", StringComparison.OrdinalIgnoreCase)
        && text.AsSpan(end).TrimStart(' ').StartsWith("to ", StringComparison.OrdinalIgnoreCase);
}
