using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class CnResidentIdDetectorTests
{
    private readonly CnResidentIdDetector _detector = new();

    [Theory]
    [InlineData("身份证号：11010519491231002X，请核对", "11010519491231002X")]
    [InlineData("证件号 11010519491231002x", "11010519491231002x")]
    [InlineData("ID 440305199003071236 for the visa", "440305199003071236")]
    [InlineData("号码 310104 20011231 5673 已登记", "310104 20011231 5673")]
    [InlineData("身份证４４０３０５１９９００３０７１２３６", "４４０３０５１９９００３０７１２３６")]
    [InlineData("hello11010519491231002Xthanks", "11010519491231002X")] // glued to letters
    [InlineData("id: 110105-19491231-002X", "110105-19491231-002X")]
    [InlineData("ID 110105.19491231.002X", "110105.19491231.002X")]
    [InlineData("my id is 110105194912\n31002X", "110105194912\n31002X")] // split over two lines (or messages)
    [InlineData("户籍 110105491231002", "110105491231002")] // first generation: 15 digits, yymmdd
    public void Detect_ValidId_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("身份证号：110105194912310021", "110105194912310021")] // wrong check digit
    [InlineData("身份证号：510107198502290017", "510107198502290017")] // 29 Feb 1985 does not exist
    [InlineData("身份证 990305199003071236", "990305199003071236")] // no province 99
    [InlineData("身份证号码 123456789012345", "123456789012345")] // 15 digits, no valid date
    [InlineData("ID card number: 440305199003071237", "440305199003071237")]
    [InlineData("His Chinese ID number is 510107195201053636.", "510107195201053636")]
    [InlineData("身份号码：３３０１０６１９９７１２０２２８５０", "３３０１０６１９９７１２０２２８５０")]
    public void Detect_CalledAnIdWithWrongCheck_FailsClosed(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("编号 990305199003071236")] // no province 99
    [InlineData("reference 110105194912310021")] // wrong check digit, no ID label
    [InlineData("批次 110105991331002")] // 15 digits, month 13
    [InlineData("sha 3f2a110105194912310021abcdef0123456789")] // inside a hash-like token
    [InlineData("订单号：身份证相关 440305199003071237")] // business label beside the ID label
    [InlineData("订单号 440305199003071236 已发货")] // labelled as an order number
    [InlineData("trace 4403051990030712361")] // 19 digits
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
