using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class UsSsnDetectorTests
{
    private readonly UsSsnDetector _detector = new();

    [Theory]
    [InlineData("My SSN is 123-45-6789.", "123-45-6789")]
    [InlineData("ssn: 078 05 1137 on file", "078 05 1137")]
    [InlineData("Social security number 219094412, thanks", "219094412")]
    [InlineData("他的社会安全号码是 536-90-4399", "536-90-4399")]
    [InlineData("SS# 536 22 8841 on file", "536 22 8841")]
    [InlineData("my social: 536.22.8841", "536.22.8841")] // dots need a label too
    [InlineData("soc. sec. no. 536228841", "536228841")]
    public void Detect_IssuableSsn_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("SSN 000-12-3456")]
    [InlineData("SSN 666-12-3456")]
    [InlineData("SSN 912-12-3456")]
    [InlineData("SSN 123-00-3456")]
    [InlineData("SSN 123-45-0000")]
    [InlineData("Call 123 45 6789 units")]
    [InlineData("Order 123-45-6789 shipped")]
    [InlineData("Amount 123456789 yen")]
    [InlineData("version 536.22.8841 of the build")]
    public void Detect_InvalidRangeOrUnlabelled_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
