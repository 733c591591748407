using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>The evidence rules in the order they are tried, and a carried document's stated marking (moved out of the main
/// file for its length).</summary>
internal static partial class MarkerEvidence
{
    public static bool LabelsDocument(string text, int start, int end, bool instruction)
    {
        // "internal", "secret" and "sensitive" (common words) count only as a tag opening its line ("[Internal] Re-org announcement"),
        // in capitals on a line of their own ("SECRET", "INTERNAL") or heading a release ban ("Sensitive – not for external release").
        if (IsCommonLevelWord(text.AsSpan(start, end - start)))
        {
            return (InBrackets(text, start, end) && OpensLine(text, start)) || (IsCapitalised(text, start, end) && IsWholeLine(text, start, end))
                || ((DescribedAsMarked(text, start, end) || ReleaseBanFollows(text, start, end) || BracketTag(text, start, end)
                    || EmbargoField(text, start, end) || QuotedHeading(text, start, end) || QuotedAtTop(text, start, end)) && !IsAskedAbout(text, start, end));
        }
        if ((QuotedLevelZh(text, start, end) || CornerBracketBanner(text, start, end)) && !IsAskedAbout(text, start, end))
        {
            return true;
        }
        if (start > 0 && Quotes.Contains(text[start - 1]) && (QuotedBannerBeforeText(text, start - 1) || BannerDashInQuote(text, start - 1, end)
            || StampedThenText(text, start - 1))
            && !IsAskedAbout(text, start, end))
        {
            return true;
        }
        // "without prejudice to the rights …" is a contract's saving clause, never the without-prejudice privilege.
        if (WithoutPrejudiceTo(text, start, end))
        {
            return false;
        }
        if (CarriedTitle(text, start, end))
        {
            return true;
        }
        if ((MarksCarriedDocument(text, start, end) || FieldReadsQuoted(text, start) || DescribedAsMarked(text, start, end) || InQuotedHeaderOrFooter(text, start, end)
            || QuotedQualifier(text, start, end) || QuotedAsThisTextsLevel(text, start) || InLatexHeader(text, start)
            || QuotedHeading(text, start, end) || QuotedAtTop(text, start, end) || PastedMarking(text, start, end))
            && !IsAskedAbout(text, start, end))
        {
            return true;
        }
        if (IsQuoted(text, start, end) || IsAskedAbout(text, start, end) || IsRestrictedToSomething(text, start, end) || (!instruction && NamesWork(text, start, end))
            || AfterPlaceholder(text, start) || TemplateTag(text, start, end))
        {
            return false;
        }

        // "内部" / "保密" alone are everyday words (公司内部, 保密协议): only a bracketed tag (【内部】, [保密]) is a label, or
        // 保密 as the predicate of this text ("本决议内容保密。", "以下内容须严格保密，").
        if (IsBracketOnly(text.AsSpan(start, end - start)))
        {
            return InBrackets(text, start, end) || SecrecyPredicateZh(text, start, end) || (BracketTag(text, start, end) && !IsAskedAbout(text, start, end));
        }

        return instruction
            || SecrecyPeriodFollows(text, start, end)
            || ReadingRestrictedZh(text, start, end)
            || InBrackets(text, start, end)
            || (IsCapitalised(text, start, end) && !InFiction(text, start, end) && !MarkingRule(text, start, end))
            || OwnsLineSegment(text, start, end)
            || AfterFieldLabel(text, start)
            || StatesStatus(text, start, end)
            || OpensQuotedDocument(text, start, end)
            || OpensTaskText(text, start, end)
            || EmbargoUntil(text, start, end)
            || ThisMarkedDocument(text, start, end)
            || TitledHeading(text, start, end)
            || HeaderCell(text, start, end)
            || AfterHeadingLabel(text, start, end)
            || InParenthetical(text, start, end)
            || AudienceFollows(text, start, end)
            || BracketTag(text, start, end)
            || EmbargoTimeBeforeZh(text, start, end);
    }

    /// <summary>
    /// 'Turn this into bullets (the doc is marked Strictly Confidential): …', 'Extract the actions from this memo marked "Do not
    /// distribute outside the exec team": …': the request says how the document it carries is marked, and the document follows
    /// its colon. Quoted or not, that is the document's own marking, not a mention.
    /// </summary>
    private static bool MarksCarriedDocument(string text, int start, int end)
    {
        var from = Math.Max(0, start - 60);
        var before = text.AsSpan(from, start - from);
        var line = before.LastIndexOf('\n');
        if (line >= 0)
        {
            before = before[(line + 1)..];
        }
        if (before.Length == 0 || !CarriedDocumentMarked().IsMatch(before))
        {
            return false;
        }
        var after = text.AsSpan(end, Math.Min(60, text.Length - end));
        var trimmed = before.TrimEnd(' ');
        // 'headed "strictly private — trustees' eyes only": …': an audience, and a short caveat before it, inside the quote.
        var audience = AudienceBeforeLevel().Match(trimmed.ToString());
        if (audience.Success)
        {
            trimmed = trimmed[..(audience.Index + 1)];
        }
        if (trimmed.Length > 0 && Quotes.Contains(trimmed[^1]))
        {
            // The quote's own closer: an apostrophe inside ("— trustees' eyes only") does not close it.
            var close = after.IndexOfAny(ClosingQuotes(trimmed[^1]));
            if (close < 0 || after[..close].IndexOfAny(SentenceEnds) >= 0)
            {
                return false;
            }
            after = after[(close + 1)..];
        }
        after = after.TrimStart(" )）");
        return !after.IsEmpty && after[0] is ':' or '：';
    }

    // Sixteenth author: the owner may stand for the article ("Our board's sponsorship doc is headed …", "Mia's memo is marked …"),
    // and an audience may come before an eyes-only level ("headed "trustees' eyes only": …").
    [GeneratedRegex("""
        \b(?:this|the|attached|enclosed|following|our|my|their|his|her|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?
        (?:doc|docs|document|documents|memo|file|report|email|e-mail|deck|minutes|contract|draft|letter|attachment|pdf|note|notes|text|slides|spreadsheet|brief|proposal|paper|presentation|agreement|summary|plan)
        \s+(?:(?:is|was|are|were|has\s+been|comes)\s+)?(?:marked|labelled|labeled|stamped|headed|classified|tagged)(?:\s+as)?\s*(?:["'“‘]\s*(?:[A-Za-z&\ ]{1,30}\s[—–-]\s+)?)?(?:(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’])\s+)?$
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CarriedDocumentMarked();

    /// <summary>
    /// 'Asana task "Merger …" — the status field reads "Confidential / need-to-know". Draft an update …': a task's or document's
    /// level field (status, classification, sensitivity, visibility, access) read out with the level quoted: this item's own
    /// marking. Asked about ("what should the status field read …?") it is not (the caller's IsAskedAbout).
    /// </summary>
    private static bool FieldReadsQuoted(string text, int start)
    {
        if (start < 2 || !Quotes.Contains(text[start - 1]))
        {
            return false;
        }
        var from = Math.Max(0, start - 1 - 50);
        return FieldReads().IsMatch(text.AsSpan(from, start - 1 - from));
    }

    [GeneratedRegex(@"\b(?:status|classification|sensitivity|visibility|access|confidentiality|security|privacy)\s+(?:field|column|tag|label|setting|level|flag)\s+(?:reads|says|shows|is\s+set\s+to|is|=|:)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldReads();

    [GeneratedRegex(@"[""'“‘]\s*(?:[A-Za-z& ]{1,30}\s[—–-]\s+)?(?:[\w-]+\s+)?[\w-]+(?:['’]s|s['’])$", RegexOptions.CultureInvariant)]
    private static partial Regex AudienceBeforeLevel();
}
