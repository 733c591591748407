using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class EmailDetectorTests
{
    private readonly EmailDetector _detector = new();

    [Theory]
    [InlineData("Reply to john.smith+news@contoso.co.uk please", "john.smith+news@contoso.co.uk")]
    [InlineData("请发到我的邮箱zhang_wei88@163.com，谢谢", "zhang_wei88@163.com")]
    [InlineData("<a.kumar@mail.fabrikam.com>", "a.kumar@mail.fabrikam.com")]
    [InlineData("邮箱：ｌｉｎａ＠ｑｑ．ｃｏｍ", "ｌｉｎａ＠ｑｑ．ｃｏｍ")]
    public void Detect_Email_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("ping @channel about the release")]
    [InlineData("decorator @Override on line 3")]
    [InlineData("user@localhost cannot log in")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
