using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the eleventh pass (issue 15, policy item 4), by class: a header or footer quoted after its label
/// without a colon (页眉“…”, 页尾写的是“…”, 'the header reads "…"'), the ampersand footer legend, a handling note in parentheses
/// ("(internal only, …)", "(not for the customer's eyes)", "(do not share with the client)"), Taiwan's 請勿轉傳 and a middle
/// dot (・) joining two handling phrases; and the hard negatives next to each (questions about footers, template blanks,
/// lists of levels in parentheses, ordinary parentheses). Every sentence is written for these tests.
/// </summary>
public sealed class ConfidentialMarkerEleventhPassTests
{
    private static bool Marked(string text) =>
        SensitivityClassifierFactory.Create().Classify([text], SensitivityScope.WithTerms([])).Entities.Any(e => e.Type == "confidential_document");

    [Theory]
    [InlineData("帮我翻译这份备忘录，页眉是“集团机密 CONFIDENTIAL”：下季度将关停两条生产线。")]
    [InlineData("页眉“集团机密 CONFIDENTIAL”\n下季度将关停两条生产线，帮我改成英文。")]
    [InlineData("页尾写的是“机密文件 请勿外传”，帮我把下面内容翻译成英文：明年关闭南京工厂。")]
    [InlineData("页眉：“公司机密 INTERNAL ONLY” 正文：华南区明年裁员三十人。请翻译。")]
    [InlineData("頁首：公司機密 CONFIDENTIAL\n明年將結束台中門市。請幫我改寫。")]
    [InlineData("页脚：绝密 严禁复制\n本次并购对价约为五亿元。请帮我写摘要。")]
    [InlineData("Rewrite for clarity. The header reads \"Proprietary and Confidential © 2026 Litware Inc.\" We plan to exit the Brazilian market next year.")]
    [InlineData("Summarise the deck below.\nProprietary & Confidential — ©2026 Adatum Corporation\nSlide 4: we will close the Leeds plant in May.")]
    [InlineData("Proprietary & Confidential – © 2025 Tailspin Toys\nThe new pricing tiers launch in March at 20% above today.")]
    [InlineData("Tidy up this slide text. Footer: Northwind Confidential – Not for external circulation\nQ3 churn rose to 7.2% in the SMB segment.")]
    [InlineData("Footer reads: Woodgrove Confidential | Page 2\nWe will miss Q4 revenue guidance by 9%.")]
    public void QuotedOrBareHeaderFooter_Counts(string text) =>
        Assert.True(Marked(text));

    [Theory]
    [InlineData("Draft a reply to Acme about the delay (internal only, don't pass this on to the client) — the real cause is our supplier went bankrupt.")]
    [InlineData("Here are the margins per product (not to be shown to the customer): widget A 42%, widget B 18%.")]
    [InlineData("Summarise this for me (internal only – keep it away from the vendor): we will drop them after Q2.")]
    [InlineData("Polish this email to the team (not for the customer's eyes): we overbilled Globex by 8% last quarter.")]
    [InlineData("Write a status update (do not share with the client): the migration is three weeks late because of our bug.")]
    [InlineData("Send the board summary to Dana (internal only, not for the shareholders) — Q3 loss is $2.1m.")]
    [InlineData("內部資料・僅供參閱：下季裁員名單將於月底公布。")]
    [InlineData("內部文件・請勿轉傳\n明年調薪幅度為百分之三。幫我改寫。")]
    [InlineData("內部文件・僅供參考\n明年起關閉兩間分店。請翻成英文。")]
    public void HandlingNoteInParenthesesOrDotted_Counts(string text) =>
        Assert.True(Marked(text));

    [Theory]
    [InlineData("Can you tighten this \"Strictly Confidential\" memo: we will shut the Derby depot in August and move 30 staff.")]
    [InlineData("Turn the attached \"Internal Use Only\" report into five bullets: churn in the north rose to 11%.")]
    [InlineData("Translate our \"Company Confidential\" briefing into German: the merger closes on 3 May.")]
    public void QuotedLevelQualifyingThisDocument_Counts(string text) =>
        Assert.True(Marked(text));

    [Theory]
    [InlineData("What goes into an \"Internal Only\" memo, usually?")]
    [InlineData("Give me our \"Confidential\" memo template with blanks for the date.")]
    [InlineData("How should the \"Strictly Confidential\" memo be filed?")]
    public void QuotedLevelAsked_OrATemplate_NotMarked(string text) =>
        Assert.False(Marked(text));

    [Theory]
    [InlineData("How do I add a Confidential footer in Word for every page?")]
    [InlineData("What does \"Proprietary & Confidential\" mean at the bottom of a contract?")]
    [InlineData("页眉怎么设置成“公司机密”字样？")]
    [InlineData("页脚一般写什么？比如“机密 请勿外传”这种要不要加？")]
    [InlineData("Write a footer template: \"[Company] Confidential – Not for external distribution\"")]
    [InlineData("Write a footer: \"[Company] Confidential – Not for external distribution\"")]
    [InlineData("帮我写一个合同范本，页脚写着“公司机密 请勿外传”，正文留空。")]
    [InlineData("what do you write in a footer like \"Company Confidential\"?")]
    [InlineData("In Google Docs, how can I put \"Internal only\" in the header of every page?")]
    [InlineData("I'm reading the thriller \"Company Confidential\" by a Danish author, is it any good?")]
    [InlineData("Can you add \"(internal only)\" labels to my Jira ticket template?")]
    [InlineData("Should meeting notes be marked (internal only) before I share them?")]
    [InlineData("Our policy sorts files into levels (internal only, restricted, public) and each needs a label.")]
    [InlineData("(not for the faint of heart) this hike climbs 1,200 metres in 4 km.")]
    [InlineData("The word confidential (from Latin confidentia) means entrusted with secrets.")]
    [InlineData("We watched a spy comedy (Top Secret!, 1984) last night and loved it.")]
    [InlineData("僅供參考 這些數據來自公開年報。")]
    [InlineData("內部資料 這個詞在英文裡怎麼翻？")]
    public void AskedAboutOrTemplate_NotMarked(string text) =>
        Assert.False(Marked(text));
}
