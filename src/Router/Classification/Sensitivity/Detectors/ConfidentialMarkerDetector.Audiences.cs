using System.Buffers;
using System.Text.RegularExpressions;

namespace Router.Classification.Sensitivity.Detectors;

/// <summary>
/// A quoted marking that restricts who may read the document to a named body (“仅限财务部阅览”, 「僅供董事會參閱」,
/// 「法務部專用」): the body varies too much to list, so the shape is the marker. Like the listed markers it counts only where
/// it labels the text (MarkerEvidence: a marking verb and this document, or the document handed over with a request).
/// </summary>
internal sealed partial class ConfidentialMarkerDetector
{
    private static void FindCandidates(string text, List<MarkerHit> candidates)
    {
        BuiltIn.FindAll(text, candidates);
        // "INTERNAL — DO NOT SHARE WITH PARTNERS.", "not to be forwarded to donors": a ban on passing the text to a named outside
        // audience, an instruction like "do not share with the client" (listed) whatever the audience. Cheap cue first.
        if (text.AsSpan().ContainsAny(AudienceBanCues))
        {
            foreach (var match in AudienceBan().EnumerateMatches(text))
            {
                candidates.Add(new(match.Index, match.Index + match.Length, Instruction: true));
            }
        }
        // Cheap cues first: the restriction words, or 专用 (the folded text has the simplified forms).
        var span = text.AsSpan();
        if (!span.Contains("仅限", StringComparison.Ordinal) && !span.Contains("仅供", StringComparison.Ordinal)
            && !span.Contains("只限", StringComparison.Ordinal) && !span.Contains("只供", StringComparison.Ordinal)
            && !span.Contains("专用", StringComparison.Ordinal))
        {
            return;
        }
        foreach (var match in QuotedAudienceZh().EnumerateMatches(text))
        {
            candidates.Add(new(match.Index, match.Index + match.Length, Instruction: false));
        }
    }

    private static readonly SearchValues<string> AudienceBanCues =
        SearchValues.Create(["share", "forward", "circulate", "disclose", "distribute", "pass this on", "pass it on", "shown to"], StringComparison.OrdinalIgnoreCase);

    // The audiences a working text is kept from: funders, partners, suppliers, the press, other outside parties (not "anyone":
    // "do not share it with anyone" closes every one-time-code SMS). Imperatives only: "we never share with third parties" is a
    // privacy notice's promise.
    [GeneratedRegex("""
        \b(?:do\s+not|don['’]t|not\s+to\s+be)\s+
        (?:share|shared|forward|forwarded|send|sent|circulate|circulated|show|shown|disclose|disclosed|distribute|distributed|pass(?:ed)?\s+on)
        (?:\s+(?:this|it|these))?\s+(?:with|to|outside)\s+(?:the\s+|our\s+|any\s+|your\s+|their\s+)?
        (?:partners?|donors?|funders?|sponsors?|vendors?|suppliers?|contractors?|subcontractors?|investors?|shareholders?|press|media|journalists?
          |reporters?|external\s+parties|third\s+parties|agenc(?:y|ies)|resellers?|distributors?|franchisees?|competitors?|auditors?
          |members|tenants|parents|families|students|staff|employees|the\s+wider\s+team|the\s+union|unions?|trustees|regulators?|landlords?)\b
        """, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AudienceBan();

    // Inside quotes and filling them: 仅限/仅供/只限 + a body + a reading verb (阅览, 参阅, 传阅…; not "仅供参考", which restricts
    // nobody), or an organisational unit + 专用 (法务部专用; not 会员专用 or 儿童专用, a product's audience).
    [GeneratedRegex("(?<=[“\"'‘「『])(?:(?:仅限|仅供|只限|只供)[^”\"'’」』\\n，,。]{1,10}?(?:阅览|阅读|参阅|查阅|传阅|审阅|知悉|参考|阅)|[^”\"'’」』\\n，,。 ]{1,10}?(?:部|处|科|组|室|委员会|董事会|管理层|团队|中心|办)(?:内部)?专用)(?=[”\"'’」』])")]
    private static partial Regex QuotedAudienceZh();
}
