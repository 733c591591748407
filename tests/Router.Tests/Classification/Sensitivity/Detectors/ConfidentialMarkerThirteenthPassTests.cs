using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the thirteenth pass (issue 15, session 21): a level heading its line or sentence and followed by
/// who alone may read the text ("…, HR and Legal only", "for the eyes of …", "not for circulation beyond …"). The level in
/// its everyday sense (a service, a question, a sentence's predicate) stays clean. Sentences written for these tests.
/// </summary>
public sealed class ConfidentialMarkerThirteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("Draft – confidential, Treasury and Tax only. Tighten the wording of the hedging note below.")]
    [InlineData("Memo: confidential, managing partners only. Summarise the lateral hire terms.")]
    [InlineData("CONFIDENTIAL — Remuneration Committee only\nItem 2: long-term incentive vesting")]
    [InlineData("Strictly confidential; for the eyes of the works council. Rewrite the site closure notice.")]
    [InlineData("Confidential. Not for circulation beyond the integration team — list the synergy risks.")]
    [InlineData("Highly confidential – deal team only: proofread the valuation summary")]
    public void LevelThenAudience_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("Counselling at the clinic is confidential, for enrolled members only.")]
    [InlineData("Is the employee assistance line confidential, staff only?")]
    [InlineData("We keep the reviews confidential, managers only see the totals.")]
    [InlineData("What does \"confidential, board only\" mean on a slide?")]
    [InlineData("Is this chat with you confidential?")]
    [InlineData("Where is a confidential hotline for reporting fraud at a bank?")]
    [InlineData("Members only: the sauna closes at nine.")]
    public void EverydaySense_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    [Theory]
    [InlineData("Strictly Confi-\ndential\nBoard pack, item 4: please tidy the scan")]
    [InlineData("Privileged & Confi-\ndential — Advice on the lease dispute\nfix the OCR line breaks")]
    [InlineData("CONFIDENTIAL TREATMENT REQUESTED BY NORTHWIND\n[***] marks omitted pricing; summarise the exhibit")]
    [InlineData("Settlement Communication - Rule 408\nDear counsel, we propose the following figures")]
    public void HyphenBrokenAndLegalLegends_AreMarkings(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("What is confidential treatment under SEC rules?")]
    [InlineData("the deci-\nsion was confi-\ndential according to the newspaper?")]
    [InlineData("Can a settlement communication be used in court?")]
    public void LegalTermsAskedAbout_NotMarkings(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));
}
