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
    public void Detect_ValidId_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("身份证号：110105194912310021")] // wrong check digit
    [InlineData("身份证号：510107198502290017")] // 29 Feb 1985 does not exist
    [InlineData("编号 990305199003071236")] // no province 99
    [InlineData("订单号 440305199003071236 已发货")] // labelled as an order number
    [InlineData("trace 4403051990030712361")] // 19 digits
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
