using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class PassportNumberDetectorTests
{
    private readonly PassportNumberDetector _detector = new();

    [Theory]
    [InlineData("My passport number is E12345678, nationality CN", "E12345678")]
    [InlineData("护照号码：G23456789，下个月到期", "G23456789")]
    [InlineData("US passport 561234567 issued 2019", "561234567")]
    [InlineData("passport no. AB1234567", "AB1234567")]
    public void Detect_LabelledPassportNumber_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("Order E12345678 shipped yesterday")]
    [InlineData("How long does a passport renewal take? Call 12345678 is not my number")]
    [InlineData("护照办理需要多久？")]
    [InlineData("passport photo size is 35x45 mm")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
