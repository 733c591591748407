using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class PaymentCardDetectorTests
{
    private readonly PaymentCardDetector _detector = new();

    [Theory]
    [InlineData("My card is 4111 1111 1111 1111, exp 12/26.", "4111 1111 1111 1111")]
    [InlineData("Mastercard 5500-0055-5555-5559 was charged twice", "5500-0055-5555-5559")]
    [InlineData("Amex 3782 822463 10005 please", "3782 822463 10005")]
    [InlineData("我的银行卡号是6222021234567890128，请帮我查一下", "6222021234567890128")]
    [InlineData("Discover:6011111111111117.", "6011111111111117")]
    [InlineData("卡号：６０１１１１１１１１１１１１１７", "６０１１１１１１１１１１１１１７")]
    [InlineData("JCB 3530111333300000 and nothing else", "3530111333300000")]
    public void Detect_LuhnValidCard_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("Order number 4111111111111112 has shipped.")]
    [InlineData("订单号 4111111111111111 已发货")]
    [InlineData("Invoice 1234567812345670 is due")]
    [InlineData("Build 20240115103000 finished")]
    [InlineData("The IBAN DE96 6182 2660 0192 3956 33 failed")]
    [InlineData("sha1 4111111111111111aa0b")]
    [InlineData("a 25-digit run 4111111111111111111111111")]
    [InlineData("这个身份证号 500103200006248067 校验不通过")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
