namespace Router.Classification.Sensitivity.Detectors;

/// <summary>Markers added in the fifteenth and sixteenth passes (kept apart from the detector's lists for the file length).</summary>
internal sealed partial class ConfidentialMarkerDetector
{
    // Properties, not fields: BuiltIn (another part of this class) reads them while the type initialises.

    /// <summary>
    /// A press release's embargo, said with its time (Hold for release until…, not to be published before…, 禁发至…, 禁发时间：…,
    /// 发布前请勿…), and keeping a text from the customers: instructions, wherever they stand unless asked about or quoted.
    /// </summary>
    private static string[] EmbargoInstructions =>
    [
        "hold for release", "not for release before", "not for release until", "not to be published before", "not to be published until",
        "not for broadcast before", "not for broadcast until", "do not publish before", "do not publish until",
        "禁发至", "禁發至", "新闻禁发", "发布前请勿", "發布前請勿", "发布前不得", "公布前请勿",
        "do not share with customers", "don't share with customers", "not to be shared with customers", "not for customers",
    ];

    /// <summary>
    /// "Embargo" opening a line with its time (MarkerEvidence.EmbargoField), 【禁发】 in brackets, and the zh publishing bans that a
    /// time before them makes an embargo (1月9日零时前不得报道; MarkerEvidence.EmbargoTimeBeforeZh).
    /// </summary>
    private static string[] EmbargoClassifications =>
    [
        "embargo", "禁发", "禁发时间", "禁發時間", "请勿报道", "不得报道", "禁止报道", "请勿刊发", "不得刊发", "請勿報導", "不得報導",
        // Sixteenth pass: the in-confidence caveats written with hyphens (COMMERCIAL-IN-CONFIDENCE heading a rate card), each the
        // same kind as its spaced spelling: the commercial one and the official-use legend are instructions (HyphenatedInstructions).
        "medical-in-confidence", "policy-in-confidence", "cabinet-in-confidence",
        // Seventeenth pass: a privilege heading ("Legal privilege. Notes from our call with counsel …"; MarkerEvidence.CaveatHeading),
        // and 不对外 (not for outside readers) quoted as a marking (这份纪要也标了“不对外”, 「内部资料不对外」).
        "legal privilege", "不对外", "内部资料不对外",
    ];

    /// <summary>The hyphenated spellings of instructions the detector lists with spaces (commercial in confidence, for official use only).</summary>
    private static string[] HyphenatedInstructions =>
    [
        "commercial-in-confidence", "for-official-use-only", "official-use-only",
    ];
}
