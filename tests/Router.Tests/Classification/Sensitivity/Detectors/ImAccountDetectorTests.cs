using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class ImAccountDetectorTests
{
    private readonly ImAccountDetector _detector = new();

    [Theory]
    [InlineData("我的QQ号是 123456789，加好友", "123456789")]
    [InlineData("联系QQ：87654321", "87654321")]
    [InlineData("add my qq 2718281828 for the files", "2718281828")]
    [InlineData("我的微信号是 zhangsan_1990，备注公司名", "zhangsan_1990")]
    [InlineData("加我微信 lisa-w88 拉你进群", "lisa-w88")]
    [InlineData("Add me on WeChat: mike2024sh", "mike2024sh")]
    [InlineData("他的 wxid_k3j9x0p2m7q1 发来一张图", "wxid_k3j9x0p2m7q1")]
    public void Detect_LabelledAccount_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("QQ音乐 2024 年度报告怎么看")]
    [InlineData("微信 MiniProgram 开发需要哪些权限？")]
    [InlineData("WeChat Pay supports API v3 since 2019")]
    [InlineData("QQ 群人数上限是 2000 人吗")]
    [InlineData("How does WeChat authentication work for 12345 users?")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
