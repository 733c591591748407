using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the fourteenth pass (issue 15, session 22): marker words broken by PDF extraction or a narrow
/// column, a level heading a release ban, a level field under its other names and graded codes, a level and the department
/// it is for. The near-misses beside each class stay clean. Sentences written for these tests.
/// </summary>
public sealed class ConfidentialMarkerFourteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("STRICTLY CONFI\nDENTIAL\nLoan book review, item 3 — clean up the extracted text")]
    [InlineData("PROPRIE\nTARY AND CONFIDENTIAL\nbelow is the pricing appendix from the scan, make it a table")]
    [InlineData("Page 2 of 7      CONFIDENT\nIAL      v0.4\nplease fix the spacing of this copied text")]
    [InlineData("DO NOT DISTRI-\nBUTE\nChannel margins for 2027, format as bullet points")]
    [InlineData("PRIVI LEGED\nOpinion on the warranty claim; summarise for the client team")]
    [InlineData("FOR INTERNAL USE ON\nLY\nSales playbook draft — shorten each section")]
    [InlineData("This letter is confiden-\ntial and meant for the named recipient only. Tidy the wording.")]
    public void BrokenMarkerWords_AreMarkings(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("The para-\ngraph about the con-\nference was cut; how do I stop Word hyphenating?")]
    [InlineData("Our INTER NATIONAL team meets on Fridays; suggest an agenda.")]
    [InlineData("The inter nal structure of a star, explain it simply")]
    [InlineData("I wrote the word \"confi-\ndential\" wrong in my essay?")]
    public void BrokenOrdinaryWords_NotMarkings(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    [Theory]
    [InlineData("Sensitive — not for release outside Treasury\nQ4 liquidity note: tighten the wording")]
    [InlineData("SENSITIVE / not to be released before the trading update. Check the figures below.")]
    [InlineData("Commercially sensitive: not for external release.\nRewrite the bid summary in plain English.")]
    [InlineData("Sensitive, do not release externally. Summarise the restructuring options below.")]
    public void LevelHeadingAReleaseBan_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("My gums are sensitive - not sure whether to release the retainer at night?")]
    [InlineData("Sensitive data should not be released without consent: explain GDPR article 6.")]
    [InlineData("Is a salary review sensitive? Can HR release it to managers?")]
    [InlineData("Sensitive skin care routine for winter, please")]
    public void SensitiveInEverydaySense_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    [Theory]
    [InlineData("Classification: Company Restricted\nrebate terms for the distributors, reformat as a table")]
    [InlineData("Security level: Confidential\nVisitor access procedure — make it a numbered list")]
    [InlineData("Information classification: Highly Sensitive\nchurn drivers by region, summarise")]
    [InlineData("Classification: C4\nkey ceremony runbook, number the steps")]
    [InlineData("Confidentiality level: Restricted\nplant shutdown schedule, turn into a Gantt outline")]
    [InlineData("Document classification: L3 – internal staff\nshorten the onboarding checklist")]
    public void LabelledLevelsAndCodes_AreMarkings(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("Classification: reptiles, amphibians and fish. Which group do frogs belong to?")]
    [InlineData("Classification: C1\npublic price list, fix the typos")]
    [InlineData("Our classification model reaches 0.88 F1 on the validation set; how to improve it?")]
    [InlineData("Security level: how strict should a home Wi-Fi password be?")]
    [InlineData("Sensitivity: 0.91 and specificity 0.85 — is the screening test useful?")]
    [InlineData("Classification: Public\nnewsletter for customers, proofread")]
    public void ClassificationInOtherSenses_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    [Theory]
    [InlineData("Labels: Restricted – Procurement\nTidy the supplier shortlist below.")]
    [InlineData("Sensitivity: Confidential - People Team\nThe exit interview notes need a neutral summary.")]
    [InlineData("Classification: Confidential – Legal & Compliance\nSummarise the regulator's letter.")]
    public void LevelThenDepartment_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("Restricted – a memoir by a former diplomat; summarise chapter two")]
    [InlineData("Restricted – Access zones at the stadium: what can I bring in?")]
    public void LevelThenTitleOrQuestion_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    [Theory]
    [InlineData("forwarding the deck, it's \"Strictly confidential — board only\" so keep it off Slack: margins drop to 11% in Q2")]
    [InlineData("heads up, this is 'Internal use only', don't paste it to the vendor: the rollout slips to May")]
    [InlineData("这份是“内部资料 请勿外传”，别发到供应商群里：二季度毛利率降到11%。")]
    [InlineData("\\fancyhead[R]{\\textbf{CONFIDENTIAL}}\n\\section{Site closures}\nwhy does the header vanish on page one?")]
    [InlineData("\\fancyfoot[C]{机密}\n\\section{裁员名单}\n页脚第一页不显示怎么办")]
    public void QuotedAsThisTextsMarkingOrInALatexHeader_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("what does it mean when an email says \"Internal only — do not forward\"?")]
    [InlineData("My manager wrote \"confidential\" on the card, is that a joke?")]
    [InlineData("\\section{Confidentiality in clinical trials}\nhow do I add a header in LaTeX?")]
    public void QuotedMentionOrLatexProse_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));
}
