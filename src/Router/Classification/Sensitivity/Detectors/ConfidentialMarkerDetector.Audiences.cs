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

    // Inside quotes and filling them: 仅限/仅供/只限 + a body + a reading verb (阅览, 参阅, 传阅…; not "仅供参考", which restricts
    // nobody), or an organisational unit + 专用 (法务部专用; not 会员专用 or 儿童专用, a product's audience).
    [GeneratedRegex("(?<=[“\"'‘「『])(?:(?:仅限|仅供|只限|只供)[^”\"'’」』\\n，,。]{1,10}?(?:阅览|阅读|参阅|查阅|传阅|审阅|知悉|参考|阅)|[^”\"'’」』\\n，,。 ]{1,10}?(?:部|处|科|组|室|委员会|董事会|管理层|团队|中心|办)(?:内部)?专用)(?=[”\"'’」』])")]
    private static partial Regex QuotedAudienceZh();
}
