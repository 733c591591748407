using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Support;

/// <summary>
/// A restriction phrase built from parts rather than listed whole (nineteenth pass): a disclosure ban ("do not leak",
/// "not for release", "nicht weitergeben"), or a status word (confidential, private, sensitive, vertraulich …) with an
/// audience limiter ("committee eyes only", "core team only", "confidential to trustees", "nur für …") or a caveat
/// ("CONFIDENTIAL//NOFORN"). Such a phrase labels the text where it is attached to it: quoted after a place on the document
/// (header, footer, watermark, banner, stamp, label, heading, "at the top"), quoted next to the document it heads ('Board paper
/// — "…" — …'), in brackets on a name ("Layoffs_v3 (DO NOT SHARE)"), or as the value of a visibility/audience field. Not when
/// the sentence asks about it, explains or words it, tells a story or reports that someone else used it.
/// </summary>
internal static partial class MarkerEvidence
{
    // Cheap cues: every part a phrase must hold starts with one of these (the status words, the bans, "eyes only", the slash
    // of a caveat). Everything else is looked at only in a short window round a hit.
    private static readonly SearchValues<string> ComposedCues = SearchValues.Create(
    [
        "confidential", "private", "privileged", "restricted", "sensitive", "secret", "internal", "proprietary", "embargoed",
        "eyes only", "do not", "don't", "don’t", "not for ", "not to be", "never share", "nda", "//", "vertraulich", "confidentiel",
        "confidencial", "riservat", "vertrouwelijk", "reservado", "nicht weiter", "ne pas diffuser", "non diffondere",
    ], StringComparison.OrdinalIgnoreCase);

    private const string ComposedOpeners = "\"“‘'「『";

    /// <summary>The first composed restriction in <paramref name="text"/> that labels it, or null.</summary>
    internal static TextSpan? FindComposedRestriction(string text) => FindComposed(text) ?? OwnSecretClaim(text);

    private static TextSpan? FindComposed(string text)
    {
        for (var from = 0; from < text.Length;)
        {
            var hit = text.AsSpan(from).IndexOfAny(ComposedCues);
            if (hit < 0)
            {
                return null;
            }
            hit += from;
            from = hit + 1;
            if (text[hit] == '/')
            {
                if (CaveatBanner(text, hit) is { } banner)
                {
                    return banner;
                }
                continue;
            }
            if (!AtWordStart(text, hit))
            {
                continue;
            }
            if (BracketSegment(text, hit) is { } bracketed && Composes(text.AsSpan(bracketed.Start, bracketed.End - bracketed.Start))
                && BracketAttached(text, bracketed) && !TalkedAboutEn(text, bracketed))
            {
                return bracketed;
            }
            if (QuotedSegment(text, hit) is { } quoted)
            {
                if (Composes(text.AsSpan(quoted.Start, quoted.End - quoted.Start)) && QuoteAttached(text, quoted) && !TalkedAboutEn(text, quoted))
                {
                    return quoted;
                }
                from = Math.Max(from, quoted.End);
                continue;
            }
            if (FieldValue(text, hit) is { } field && Composes(text.AsSpan(field.Start, field.End - field.Start)) && !TalkedAboutEn(text, field))
            {
                return field;
            }
        }
        return null;
    }

    private static bool AtWordStart(string text, int at) => at == 0 || !char.IsLetterOrDigit(text[at - 1]);

    /// <summary>The quote (opening mark within 60 characters before, on the line, not closed) round <paramref name="at"/>.</summary>
    private static TextSpan? QuotedSegment(string text, int at)
    {
        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        for (var i = at - 1; i >= Math.Max(lineStart, at - 60); i--)
        {
            var c = text[i];
            if (c is '”' or '」' or '』' or '’')
            {
                return null;
            }
            if (!ComposedOpeners.Contains(c) || (c is '\'' or '"' && i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }
            var closers = ClosingQuotes(c);
            var stop = Math.Min(text.Length, at + 80);
            for (var j = at; j < stop && text[j] != '\n'; j++)
            {
                // An apostrophe inside a word (don't, agents' eyes) does not close a single quote.
                if (closers.Contains(text[j]) && !(text[j] is '\'' or '’' && j + 1 < text.Length && (char.IsLetter(text[j + 1]) || (text[j + 1] == ' ' && j + 2 < text.Length && char.IsLower(text[j + 2])))))
                {
                    return j - i - 1 >= 3 ? new TextSpan(i + 1, j) : null;
                }
            }
            return null;
        }
        return null;
    }

    private static TextSpan? BracketSegment(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        var open = text.AsSpan(from, at - from).LastIndexOfAny("([（【");
        if (open < 0)
        {
            return null;
        }
        open += from;
        if (text.AsSpan(open + 1, at - open - 1).IndexOfAny(")]）】\n") >= 0)
        {
            return null;
        }
        var close = text.AsSpan(at, Math.Min(50, text.Length - at)).IndexOfAny(")]）】\n");
        return close < 0 || text[at + close] == '\n' ? null : new TextSpan(open + 1, at + close);
    }

    // A level or audience field set on the item: "visibility: Internal — agents' eyes only.", "Audience: board only".
    [GeneratedRegex(@"\b(?:visibility|audience|access|sharing|distribution|permissions?|viewable\s+by|visible\s+to)\s*[:=-]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabelBefore();

    private static TextSpan? FieldValue(string text, int at)
    {
        var from = Math.Max(0, at - 32);
        var before = text.AsSpan(from, at - from);
        if (before.IndexOf('\n') is var nl and >= 0)
        {
            before = before[(nl + 1)..];
        }
        if (!FieldLabelBefore().IsMatch(before))
        {
            return null;
        }
        var rest = text.AsSpan(at, Math.Min(80, text.Length - at));
        var end = rest.IndexOfAny(".\n;") is var e and >= 0 ? e : rest.Length;
        return new TextSpan(at, at + end);
    }

    // The parts of a phrase (matched inside the segment only).
    [GeneratedRegex(@"\b(?:(?:do\s+not|don['’]?t|never|must\s+not|not\s+to\s+be|please\s+do\s+not)\s+(?:share|shared|leak|leaked|forward|forwarded|publish|published|release|released|distribute|distributed|circulate|circulated|disclose|disclosed|repost|reposted|screenshot|pass\s+on|passed\s+on|send\s+on|copy|copied)(?!\s+(?:your|my|his|her|any\s+(?:password|code)|passwords?|codes?|pins?|personal|links?)\b)|not\s+for\s+(?:release|publication|distribution|circulation|sharing|broadcast|onward|external|public|wider|general)|nicht\s+weiter(?:geben|leiten|verbreiten)|nicht\s+zur\s+weitergabe|ne\s+pas\s+diffuser|non\s+diffondere|niet\s+verspreiden|no\s+distribuir|não\s+divulgar)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisclosureBan();

    [GeneratedRegex(@"\b(?:confidential|privileged|proprietary|embargoed|(?:private|secret|internal|restricted|sensitive)(?!\s+(?!(?:memo|doc|docs|document|draft|paper|notes?|minutes|report|briefing|use|distribution|circulation|and|&)\b)[a-z])|nda|vertraulich|geheim|confidentiel|confidencial|confidenziale|riservat[oa]|vertrouwelijk|reservado|sigiloso|poufne|fortroligt?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatusWord();

    // "Private", "internal", "restricted" before a noun name a thing (private land, internal hackathon, restricted area) unless
    // the noun is the document or its handling (internal memo, restricted distribution).

    // Who alone may read it: "committee eyes only", "core team only", "confidential to trustees", "for the board only", "nur für …".
    [GeneratedRegex(@"(?:\beyes\s+only\b|\b[\w'’-]+\s+only\b|\b(?:confidential|restricted|limited)\s+to\s+(?:the\s+)?\w+|\bfor\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+only\b|\bnur\s+für\b|\bréservé\s+aux?\b|\bsolo\s+(?:per|para)\b|\balleen\s+voor\b|\buniquement\b|\bsomente\s+para\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AudienceLimiter();

    private static bool Composes(ReadOnlySpan<char> segment)
    {
        if (segment.Length > 90)
        {
            return false;
        }
        if (DisclosureBan().IsMatch(segment) || segment.Contains("eyes only", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return StatusWord().IsMatch(segment) && (AudienceLimiter().IsMatch(segment) || segment.Contains("//", StringComparison.Ordinal));
    }

    // Before the opening quote, in its clause: a place on the document or a marking of it.
    [GeneratedRegex(@"\b(?:header|footer|watermark(?:ed)?|banner|stamp(?:ed)?|label(?:l?ed)?|tag(?:ged)?|headed|heading|legend|caption|cover(?:\s+page)?|title[d]?|subject(?:\s+line)?|file\s*name|named|sticker|reads|read|marked|marking|at\s+the\s+top|top\s+of\s+(?:the\s+)?\w+|on\s+top|visibility|disclaimer|footnote|letterhead|header\s+line|sticky\s+note|post-it)(?:\s+(?:on|of|across)\s+(?:the\s+|this\s+|our\s+|each\s+|every\s+)?[\w-]+)?\s*(?:[:=,-]|\s+(?:is|was|says|reads|of|on|with))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBeforeQuote();

    // After the closing quote: the phrase heads or tops the document ('"…" heads this cable', '"…" at the top').
    [GeneratedRegex(@"^\s*(?:heads|tops|opens|is\s+(?:at\s+the\s+top|on\s+(?:every|each|the)\s+\w+|in\s+the\s+(?:header|footer))|at\s+the\s+top|on\s+(?:every|each|the)\s+(?:page|slide|cover|header|footer)|in\s+the\s+(?:header|footer)|across\s+the\s+top)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAfterQuote();

    // '"do not distribute" at the top of emails', '… across the top of all our slides': a place on many documents is what people
    // keep writing out of habit, not a marking on the text at hand ('at the top of these minutes', '… of it' still mark).
    [GeneratedRegex(@"^\s+of\s+(?!(?:the|this|these|that|those|it|its)\b)(?:(?:all|most|many|our|their|your|his|her|people['’]s)\s+)?(?:\w+\s+)?(?!(?:this|his|its|hers|ours|yours|theirs|us)\b)\w{2,}s\b(?!\s*:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HabitAcrossDocuments();

    [GeneratedRegex(@"\b(?:paper|memo|memorandum|doc|docs|document|file|page|note|notes|minutes|report|deck|cable|email|e-mail|wiki|sheet|spreadsheet|brief|briefing|letter|macro|article|draft|slides|pdf|agenda|proposal|plan|update|summary|thread|post|message|ticket|record|records)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNounEn();

    private static bool QuoteAttached(string text, TextSpan quoted)
    {
        var open = quoted.Start - 1;
        var clauseStart = ClauseStartEn(text, open);
        var before = text.AsSpan(clauseStart, open - clauseStart);
        var after = text.AsSpan(quoted.End + 1, Math.Min(60, text.Length - quoted.End - 1));
        foreach (var place in PlaceAfterQuote().EnumerateMatches(after))
        {
            return !HabitAcrossDocuments().IsMatch(after[(place.Index + place.Length)..]);
        }
        if (PlaceBeforeQuote().IsMatch(before))
        {
            return true;
        }
        // 'Board paper — "…" — the shortfall is …', 'Ops doc, "…": …': set off right after a document noun, with text after.
        var trimmed = before.TrimEnd(' ');
        var setOff = !trimmed.IsEmpty && trimmed[^1] is '-' or '—' or '–' or ',' or ':';
        var next = after.TrimStart(" )");
        return setOff && DocumentNounEn().IsMatch(before) && next.Length > 8 && next[0] is '-' or '—' or '–' or ':' or ',';
    }

    // A bracket on a name: a file or document title ('"Layoffs_v3 (DO NOT SHARE)"', 'Budget.xlsx [do not forward]'), or after a
    // document noun with the text after its colon ("memo (not for release): …").
    private static bool BracketAttached(string text, TextSpan bracketed)
    {
        var open = bracketed.Start - 1;
        if (open == 0 || bracketed.End >= text.Length)
        {
            return false;
        }
        var before = text.AsSpan(0, open).TrimEnd(' ');
        if (before.IsEmpty || !(char.IsLetterOrDigit(before[^1]) || before[^1] is '_'))
        {
            return false;
        }
        var after = text.AsSpan(bracketed.End + 1, Math.Min(20, text.Length - bracketed.End - 1));
        if (!after.IsEmpty && (after[0] is '"' or '”' or '’' or '\'' or '」' or '.' && after.Length > 1 && char.IsLetter(after[1]) || after[0] is '"' or '”' or '’' or '」'))
        {
            return true;
        }
        var clauseStart = ClauseStartEn(text, open);
        return !after.TrimStart(' ').IsEmpty && after.TrimStart(' ')[0] is ':' or '-' && DocumentNounEn().IsMatch(text.AsSpan(clauseStart, open - clauseStart));
    }

    /// <summary>"SECRET//REL TO USA, GBR", "CONFIDENTIAL//NOFORN", "TOP SECRET//SI//NOFORN": a level in capitals and a control
    /// caveat after the double slash, a form only a marked document carries (not "https://").</summary>
    private static TextSpan? CaveatBanner(string text, int slash)
    {
        if (slash + 2 >= text.Length || text[slash + 1] != '/')
        {
            return null;
        }
        var from = Math.Max(0, slash - 16);
        var m = CaveatBannerRegex().Match(text, from, Math.Min(text.Length, slash + 40) - from);
        if (!m.Success || m.Index > slash || m.Index + m.Length <= slash)
        {
            return null;
        }
        var span = new TextSpan(m.Index, m.Index + m.Length);
        return IsAskedAbout(text, span.Start, span.End) || InFiction(text, span.Start, span.End) || TalkedAboutEn(text, span) ? null : span;
    }

    [GeneratedRegex(@"\b(?:TOP\s+SECRET|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|OFFICIAL|CUI)\s*//\s*(?:NOFORN|ORCON|REL\s+TO\b(?:\s+[A-Z]{3,4}(?:,\s*[A-Z]{3,4})*)?|FOUO|FOR\s+OFFICIAL\s+USE\s+ONLY|SI\b|TK\b|HCS|NF\b|LIMDIS|EXDIS|NODIS|FVEY|PROPIN|IMCON|RELIDO|SENSITIVE|SBU|LES\b|SCI\b|NOCONTRACT)", RegexOptions.CultureInvariant)]
    private static partial Regex CaveatBannerRegex();

    private static int ClauseStartEn(string text, int at)
    {
        var from = Math.Max(0, at - 80);
        var span = text.AsSpan(from, at - from);
        var stop = span.LastIndexOfAny(".?!\n");
        // A full stop inside a file name or a number ("v2.1") does not end the clause.
        while (stop > 0 && stop + 1 < span.Length && span[stop] == '.' && span[stop + 1] != ' ')
        {
            stop = span[..stop].LastIndexOfAny(".?!\n");
        }
        return stop < 0 ? from : from + stop + 1;
    }

    // The sentence asks about the phrase, words or explains it, tells a story or reports that someone else used it.
    [GeneratedRegex("""\b(?:how\s+(?:do|should|can|could|would|to)|what\s+(?:does|do|is|are|should|would)|why|whether|should\s+(?:we|i|it)|is\s+it|template|sample|example|wording|reword|phrasing|phrase|explain|meaning|mean|means|policy|guideline|guidelines|best\s+practices?|novel|story|stories|fiction|thriller|screenplay|character|leaked|reported|reports|according\s+to|journalists?|newspaper|press\s+reported|headline|museum|archive|declassified|historians?|in\s+the\s+(?:film|movie|show|series|game)|translate\s+(?:the\s+(?:word|phrase|term|label)|["“‘'])|(?:write|draft|create|design|suggest|generate|make|add)\s+(?:a|an|me\s+a|some|the)\s+(?:[\w-]+\s+){0,2}?(?:footer|header|banner|watermark|label|notice|legend|disclaimer|stamp|line|tag|caption))\b""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AboutTheMarkingEn();

    private static bool TalkedAboutEn(string text, TextSpan span)
    {
        var start = ClauseStartEn(text, span.Start);
        var rest = text.AsSpan(span.End, Math.Min(100, text.Length - span.End));
        var stop = rest.IndexOfAny("?!\n");
        var dot = rest.IndexOf(". ");
        var endAt = stop < 0 ? (dot < 0 ? rest.Length : dot) : (dot < 0 ? stop : Math.Min(stop, dot));
        var question = stop >= 0 && rest[stop] == '?' && (dot < 0 || stop < dot);
        return question || AboutTheMarkingEn().IsMatch(text.AsSpan(start, span.End + endAt - start)) || IsAskedAbout(text, span.Start, span.End);
    }

    private static readonly SearchValues<string> OwnSecretCues =
        SearchValues.Create(["trade secret", "unpublished", "non-public", "nonpublic", "undisclosed", "unreleased"], StringComparison.OrdinalIgnoreCase);

    // "This is our trade secret — the brine ratios …", "Below are our unpublished Q3 numbers: …": the speaker claims the text
    // that follows (after a dash or a colon) as a secret of theirs, as 这是我们的商业秘密——… does in Chinese.
    [GeneratedRegex(@"\b(?:this|these|that|the\s+following|below|what\s+follows|here)\s+(?:is|are|'s|’s)\s+(?:all\s+|also\s+)?(?:our|my\s+(?:company|firm|family|employer)['’]s|our\s+[\w-]+['’]s)\s+(?:(?:own|core|key|closely[\s-]guarded|still)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnClaimBeforeEn();

    private static TextSpan? OwnSecretClaim(string text)
    {
        for (var from = 0; from < text.Length;)
        {
            var hit = text.AsSpan(from).IndexOfAny(OwnSecretCues);
            if (hit < 0)
            {
                return null;
            }
            hit += from;
            from = hit + 1;
            var start = Math.Max(0, hit - 48);
            if (!OwnClaimBeforeEn().IsMatch(text.AsSpan(start, hit - start)))
            {
                continue;
            }
            var after = text.AsSpan(hit, Math.Min(60, text.Length - hit));
            var lead = after.IndexOfAny("-—–:(");
            var stop = after.IndexOfAny(".?!\n");
            if (lead < 0 || (stop >= 0 && stop < lead) || after[lead..].TrimStart("-—–:( ").Length < 8)
            {
                continue;
            }
            var span = new TextSpan(hit, hit + lead);
            if (!TalkedAboutEn(text, span))
            {
                return span;
            }
        }
        return null;
    }
}
