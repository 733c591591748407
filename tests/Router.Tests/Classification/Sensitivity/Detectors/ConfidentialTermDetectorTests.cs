using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class ConfidentialTermDetectorTests
{
    private readonly ConfidentialTermDetector _detector = new();

    [Theory]
    [InlineData("Status of project falcon?", "project falcon")]
    [InlineData("PROJECT FALCON launches", "PROJECT FALCON")]
    [InlineData("Project Falcon项目的进度", "Project Falcon")]
    [InlineData("总结一下星辰计划第三阶段", "星辰计划")]
    [InlineData("关于星辰计划书的问题", "星辰计划")]
    public void Detect_TenantTerm_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected, "Project Falcon", "星辰计划", " ");

    [Theory]
    [InlineData("Falconry and projects")]
    [InlineData("Project Falconry is a hobby")]
    [InlineData("星辰大海")]
    public void Detect_NoWholeWordMatch_FindsNothing(string text) =>
        DetectorAssert.FindsNothing(_detector, text, "Project Falcon", "星辰计划");

    [Fact]
    public void Detect_NoTerms_FindsNothing() => DetectorAssert.FindsNothing(_detector, "Project Falcon");
}
