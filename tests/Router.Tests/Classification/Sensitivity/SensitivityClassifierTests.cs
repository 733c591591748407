using Microsoft.Extensions.Logging.Abstractions;
using Router.Classification;
using Router.Classification.Sensitivity;

namespace Router.Tests.Classification.Sensitivity;

public sealed class SensitivityClassifierTests
{
    private readonly ISensitivityClassifier _classifier = SensitivityClassifierFactory.Create();

    [Fact]
    public void Classify_CleanText_ReturnsNone()
    {
        var verdict = _classifier.Classify(["Explain the difference between TCP and UDP.", "用Python写一个快速排序"], []);

        Assert.Equal(SensitivityLevel.None, verdict.Level);
        Assert.Empty(verdict.Entities);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void Classify_ModerateAndHigh_LevelIsHighestAndReasonsCountTypes()
    {
        var text = "Email a@contoso.com, card 4111 1111 1111 1111 and 5500005555555559.";

        var verdict = _classifier.Classify([text], []);

        Assert.Equal(SensitivityLevel.High, verdict.Level);
        Assert.Contains("payment_card x2 (Luhn and IIN valid, or called a card)", verdict.Reasons);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("email x1", StringComparison.Ordinal));
        Assert.DoesNotContain(verdict.Reasons, r => r.Contains("4111", StringComparison.Ordinal) || r.Contains("contoso", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_OnlyContactData_IsModerate()
    {
        var verdict = _classifier.Classify(["手机：13812345678，邮箱 zhang.san@163.com"], []);

        Assert.Equal(SensitivityLevel.Moderate, verdict.Level);
        Assert.Equal(["cn_mobile", "email"], verdict.Entities.Select(e => e.Type));
    }

    [Fact]
    public void Classify_CardNumberAlsoPhoneShaped_ReportsOnlyTheCard()
    {
        var text = "call 4111-1111-1111-1111";

        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal(new DetectedEntity("payment_card", 5, 24), entity);
    }

    [Fact]
    public void Classify_SeveralMessages_ReportsMessageIndexAndOffsetsPerMessage()
    {
        var verdict = _classifier.Classify(["hello", "", "my SSN is 123-45-6789"], []);

        Assert.Equal(new DetectedEntity("us_ssn", 10, 21, 2), Assert.Single(verdict.Entities));
    }

    [Fact]
    public void Classify_FullWidthDigits_SpansRefertoOriginalText()
    {
        var text = "手机号：１３８１２３４５６７８";

        var entity = Assert.Single(_classifier.Classify([text], []).Entities);

        Assert.Equal("１３８１２３４５６７８", text[entity.Start..entity.End]);
    }

    [Fact]
    public void Classify_ConfidentialTerms_UsesTenantTerms()
    {
        Assert.False(_classifier.Classify(["Status of Project Falcon?"], []).IsSensitive);
        Assert.Equal(SensitivityLevel.Moderate, _classifier.Classify(["Status of Project Falcon?"], ["project falcon"]).Level);
    }

    [Fact]
    public void Classify_DetectorThrows_FailsClosedWithoutThrowing()
    {
        var classifier = new SensitivityClassifier([new ThrowingDetector()], NullLogger<SensitivityClassifier>.Instance);

        var verdict = classifier.Classify(["anything"], []);

        Assert.Equal(SensitivityLevel.High, verdict.Level);
        Assert.Contains(verdict.Reasons, r => r.StartsWith("fail-closed", StringComparison.Ordinal) && r.Contains("throwing", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_Cancelled_FailsClosed()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var verdict = _classifier.Classify(["clean text"], [], cancellation.Token);

        Assert.True(verdict.IsSensitive);
        Assert.Contains(verdict.Reasons, r => r.Contains("cancelled", StringComparison.Ordinal));
    }

    private sealed class ThrowingDetector : ISensitivityDetector
    {
        public string Name => "throwing";

        public SensitivityLevel Level => SensitivityLevel.Moderate;

        public string Evidence => "none";

        public void Detect(ScanInput input, List<TextSpan> found) => throw new InvalidOperationException("boom");
    }
}
