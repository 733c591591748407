using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// Two heading shapes of a marked text handed over with a task: a chain of caveats opening the message ("Draft – subject to
/// contract – confidential. Term sheet …", "Attorney-client communication. Our lawyers' advice …"), and a caption naming the
/// page and its marking before the task ("Confluence page marked 'Internal – Restricted to Tier 3 engineers'. Turn it into a
/// runbook.").
/// </summary>
internal static partial class MarkerEvidence
{
    // A privilege heading alone says what the text is (the communication, not the doctrine): "Attorney–client communication."
    // Declared before CaveatSegments, which takes them in (static fields initialise in the order of this file).
    private static readonly string[] PrivilegeHeadings =
    [
        "attorney-client communication", "attorney-client communications", "attorney-client privileged communication",
        "attorney-client privileged communications", "attorney-client privileged", "attorney-client privilege", "privileged communication",
        "privileged communications", "legal privilege", "legally privileged communication", "solicitor-client communication",
        "solicitor-client privileged", "privileged legal advice",
    ];

    // What a negotiation or legal heading chains: stages (draft), reservations (subject to contract, without prejudice) and levels.
    private static readonly HashSet<string> CaveatSegments =
    [
        "draft", "discussion draft", "draft for discussion", "for discussion", "for discussion only", "for discussion purposes only",
        "subject to contract", "stc", "s.t.c", "without prejudice", "without prejudice save as to costs", "non-binding", "nonbinding",
        "indicative", "indicative only", "confidential", "strictly confidential", "highly confidential", "privileged", "legally privileged",
        "privileged and confidential", "privileged & confidential", "private and confidential", "private & confidential",
        "commercially sensitive", "not for circulation", "attorney work product", "work product", "prepared at the request of counsel",
        "for settlement purposes only", "settlement communication", .. PrivilegeHeadings,
    ];

    /// <summary>
    /// The marker is a segment of a caveat chain that opens its line and ends at a full stop, colon or the line's end, with the
    /// text running on after it: every segment a caveat, two or more of them, or a privilege heading alone. "Subject to contract
    /// law questions …" or "Legal privilege is a complex area" are sentences, not chains.
    /// </summary>
    private static bool CaveatHeading(string text, int start, int end)
    {
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var rest = text.AsSpan(end);
        var stop = rest.IndexOfAny(".:;?!\n");
        if (stop < 0 || rest[stop] is ';' or '?' or '!' || end - lineStart + stop > 90)
        {
            return false;
        }
        if (text.AsSpan(end + stop + 1).Trim().Length < 12)
        {
            return false;
        }
        var chain = text.AsSpan(lineStart, end + stop - lineStart).Trim(" \t*#>[(").ToString().ToLowerInvariant();
        var segments = CaveatSeparators().Split(chain);
        var count = 0;
        var single = "";
        foreach (var segment in segments)
        {
            var word = segment.Trim(' ', '\t', '*', '[', ']', '(', ')');
            if (word.Length == 0)
            {
                continue;
            }
            if (!CaveatSegments.Contains(word))
            {
                // "Attorney-client communication – advice from our counsel on …": a privilege heading set off by a dash from the text.
                // "Attorney-client privilege – what is it" asks about the doctrine.
                return count == 1 && PrivilegeHeadings.Contains(single) && !AskingWord().IsMatch(word)
                    && chain.AsSpan(chain.IndexOf(single, StringComparison.Ordinal) + single.Length).TrimStart(' ') is ['-', ..];
            }
            count++;
            single = word;
        }
        // A privilege heading alone ends in a full stop or its line ("Legal privilege: an overview …" titles an essay), and the
        // text after it is not a question or lesson on the doctrine ("Attorney-client privilege. Explain the exceptions.").
        return count >= 2 || (count == 1 && PrivilegeHeadings.Contains(single) && rest[stop] is '.' or '\n'
            && !AskingWord().IsMatch(text.AsSpan(end + stop + 1).TrimStart().ToString().ToLowerInvariant()));
    }

    [GeneratedRegex(@"^(?:what|how|why|when|who|does|do|is|are|can|could|should|explain|define|meaning|means)\b")]
    private static partial Regex AskingWord();

    // The view has every dash as '-': a spaced dash (a hyphen inside "attorney-client" is no separator), a bar, a comma, a slash.
    [GeneratedRegex(@"\s+-+\s+|\s*\|\s*|\s*,\s*|\s+/\s+|\s*[·•]\s*")]
    private static partial Regex CaveatSeparators();

    /// <summary>
    /// "Confluence page marked 'Internal – Restricted to Tier 3 engineers'. Turn it into a runbook.": a sentence that is only a
    /// bare noun phrase (no article: a caption, not "a memo headed …" in a story) with its marking in quotes, and then at once
    /// the task on it. "Confluence pages marked 'Internal' must be reviewed" runs on as a rule and is no caption.
    /// </summary>
    private static bool CaptionThenTask(string text, int start, int end, Match described)
    {
        var any = described.Groups["any"];
        if (!any.Success || !any.ValueSpan.IsWhiteSpace() || start == 0 || (!Quotes.Contains(text[start - 1]) && !QuoteOpensBefore(text, start)))
        {
            return false;
        }
        var after = text.AsSpan(end, Math.Min(80, text.Length - end));
        var close = after.IndexOfAny("'\"”’");
        if (close < 0 || after[..close].IndexOfAny("\n?") >= 0)
        {
            return false;
        }
        // The quote holds a marking ("Internal – HR only", "Restricted to security team"), not a topic tag ('Internal tools').
        var inside = after[..close].TrimStart(' ');
        if (!inside.IsEmpty && inside[0] is not ('-' or '|' or '/' or ':' or ',') && !inside.StartsWith("to ", StringComparison.OrdinalIgnoreCase)
            && !inside.StartsWith("only", StringComparison.OrdinalIgnoreCase) && !inside.StartsWith("use", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var next = after[(close + 1)..].TrimStart(' ');
        return next.Length > 1 && next[0] is '.' or '!' && TaskImperative().IsMatch(text.AsSpan(end + close + 1).TrimStart(" .!").ToString());
    }

    // The opening quote stands a word or two before the marker ("marked 'Internal use – Finance only'" reaches the marker at once).
    private static bool QuoteOpensBefore(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        var before = text.AsSpan(from, start - from);
        var open = before.LastIndexOfAny("'\"“‘");
        return open >= 0 && before[(open + 1)..].IndexOfAny(".,;:!?\n") < 0;
    }

    [GeneratedRegex(@"^(?:please\s+|can\s+you\s+|could\s+you\s+)?(?:turn|rewrite|re-write|summari[sz]e|make|convert|draft|list|extract|translate|pull|create|write|outline|condense|shorten|break|give|tidy|clean|format|edit|proofread|polish|review|check|update|simplify)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaskImperative();
}
