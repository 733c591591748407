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
    [InlineData("简历请投 zhangsan#163.com，注明岗位", "zhangsan#163.com")]
    [InlineData("write to john [at] gmail [dot] com today", "john [at] gmail [dot] com")]
    [InlineData("email me: john.smith at gmail dot com", "john.smith at gmail dot com")]
    [InlineData("my address is j.smith at outlook.com", "j.smith at outlook.com")]
    [InlineData("联系 lina(at)qq(dot)com", "lina(at)qq(dot)com")]
    public void Detect_Email_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("ping @channel about the release")]
    [InlineData("decorator @Override on line 3")]
    [InlineData("user@localhost cannot log in")]
    [InlineData("look at qq.com for the news")]
    [InlineData("we met at 163.com headquarters")]
    [InlineData("see issue #163.com migration")]
    [InlineData("the gmail team works at google dot com")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
