using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class CnMobileDetectorTests
{
    private readonly CnMobileDetector _detector = new();

    [Theory]
    [InlineData("手机：13812345678，有事联系", "13812345678")]
    [InlineData("call +86 138 1234 5678 tomorrow", "+86 138 1234 5678")]
    [InlineData("电话 0086-19912345678", "0086-19912345678")]
    [InlineData("联系方式 159-0000-1234", "159-0000-1234")]
    [InlineData("手机号１３８１２３４５６７８", "１３８１２３４５６７８")]
    [InlineData("手机13812345678元旦放假也开机", "13812345678")] // a phone label outweighs the unit
    [InlineData("num=13812345678", "13812345678")]
    [InlineData("13812345678/", "13812345678")]
    [InlineData("我叫李明，电话一三八一二三四五六七八，帮我订酒店", "一三八一二三四五六七八")]
    [InlineData("打幺三九 〇〇一二 三四五六 找我", "幺三九 〇〇一二 三四五六")]
    public void Detect_MainlandMobile_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("订单号 13812345678 已发货")]
    [InlineData("号码 12812345678 不是手机号")]
    [InlineData("timestamp 1381234567890")]
    [InlineData("id 138123456789")]
    [InlineData("总金额 13812345678 元是多少亿？")]
    [InlineData("市值15912345678万")]
    [InlineData("What is 13812345678 * 2?")]
    [InlineData("算一下 3 × 15912345678 等于多少")]
    [InlineData("一三五七九是奇数，二四六八十是偶数，一二三四五六七八九")]
    [InlineData("共计一三八一二三四五六七八万元")]
    [InlineData("订单号一三八一二三四五六七八已发货")]
    [InlineData("revenue 13912345678 USD last year")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
