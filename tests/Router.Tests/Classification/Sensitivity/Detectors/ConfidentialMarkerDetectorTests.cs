using Router.Classification;
using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class ConfidentialMarkerDetectorTests
{
    private readonly ConfidentialMarkerDetector _detector = new();

    [Theory]
    [InlineData("CONFIDENTIAL\nMinutes of the board meeting held on 3 March.", "CONFIDENTIAL")]
    [InlineData("Summarise this:\n\n*** Strictly Confidential ***\nQ3 revenue fell 4 %.", "Strictly Confidential")]
    [InlineData("Acme Holdings | Internal only | Page 2 of 9", "Internal only")]
    [InlineData("Draft merger terms - confidential\nThe buyer offers 12 per share.", "confidential")]
    [InlineData("Classification: Confidential\nSalary bands for 2027 are attached.", "Confidential")]
    [InlineData("Please tidy up this CONFIDENTIAL board memo before Friday.", "CONFIDENTIAL")]
    [InlineData("Privileged & Confidential: advice on the pending claim.", "Privileged & Confidential")]
    [InlineData("ATTORNEY-CLIENT PRIVILEGED\nOur view on the litigation risk is as follows.", "ATTORNEY-CLIENT PRIVILEGED")]
    [InlineData("Embargoed until 09:00 GMT 5 March\nAcme reports record results.", "Embargoed")]
    [InlineData("Rewrite the memo below.\nThis memo is strictly confidential and covers the layoffs.", "strictly confidential")]
    [InlineData("The attached report contains trade secrets of our supplier.", "trade secrets")]
    [InlineData("Pricing roadmap. Do not forward.", "Do not forward")]
    [InlineData("For internal use only. Headcount plan FY27.", "For internal use only")]
    [InlineData("【内部资料】2027年产品路线图，请帮我润色。", "内部资料")]
    [InlineData("机密★1年\n关于调整组织架构的通知", "机密")]
    [InlineData("密级：绝密\n下面是并购谈判的底价。", "绝密")]
    [InlineData("本文件属于商业秘密，请帮我总结要点。", "商业秘密")]
    [InlineData("以下内容严禁外传：第三季度裁员名单草案。", "严禁外传")]
    [InlineData("这是一份机密文件，请翻译成英文。", "机密")]
    [InlineData("内部文件 仅供参考\n2027年薪酬调整方案", "内部文件")]
    [InlineData("Subject: Confidential - reorganisation plan", "Confidential")]
    public void Detect_MarkedDocument_FindsTheMarker(string text, string marker) =>
        DetectorAssert.FindsExactly(_detector, text, marker);

    [Theory]
    [InlineData("What does 'confidential' mean on a contract?")]
    [InlineData("How do I mark a document confidential in Word")]
    [InlineData("What is the difference between confidential and secret classifications?")]
    [InlineData("Explain what a trade secret is, with examples.")]
    [InlineData("Can you draft a simple NDA for a freelance designer?")]
    [InlineData("Our confidentiality agreement expires next year; what should I check before renewing it?")]
    [InlineData("I feel privileged to have worked with such a team.")]
    [InlineData("Access to the lab is restricted on weekends.")]
    [InlineData("Confidential computing protects data in use, explained simply.")]
    [InlineData("The product launch was embargoed by the press office last year, which annoyed journalists.")]
    [InlineData("Write a poem about keeping secrets and trust.")]
    [InlineData("秘密花园是一部很好看的小说。")]
    [InlineData("如何保护公司的商业秘密？")]
    [InlineData("什么是内部资料，应该怎么管理")]
    [InlineData("机密文件的保密期限一般是多久？")]
    [InlineData("请写一篇关于商业秘密保护的科普文章")]
    [InlineData("Is this document confidential?")]
    [InlineData("The email was marked \"Confidential\" by mistake; explain how to remove the label.")]
    public void Detect_MarkerOnlyTalkedAbout_FindsNothing(string text) =>
        DetectorAssert.FindsNothing(_detector, text);

    [Fact]
    public void Detect_TenantMarker_CountsWhereItLabelsTheDocument()
    {
        var scope = new SensitivityScope("acme", [], ["Acme Sealed"]);

        var labelled = SensitivityClassifierFactory.Find(_detector, "ACME SEALED\nWarehouse closures 2027", scope);
        var talkedAbout = SensitivityClassifierFactory.Find(_detector, "What does Acme Sealed mean?", scope);
        var otherTenant = SensitivityClassifierFactory.Find(_detector, "ACME SEALED\nWarehouse closures 2027", SensitivityScope.None);

        Assert.Equal(("ACME SEALED", 0, 11), Assert.Single(labelled));
        Assert.Empty(talkedAbout);
        Assert.Empty(otherTenant);
    }

    [Fact]
    public void Classify_MarkedDocument_IsHighWithReason()
    {
        var verdict = SensitivityClassifierFactory.Create().Classify(["CONFIDENTIAL\nBoard minutes"], []);

        Assert.Equal(SensitivityLevel.High, verdict.Level);
        Assert.Contains("confidential_document x1 (classification marker)", verdict.Reasons);
    }
}
