using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class IbanDetectorTests
{
    private readonly IbanDetector _detector = new();

    [Theory]
    [InlineData("Pay to DE89370400440532013000 today", "DE89370400440532013000")]
    [InlineData("IBAN: DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00")]
    [InlineData("account gb82west12345698765432 please", "gb82west12345698765432")]
    [InlineData("收款账户：FR1420041010050500013M02606，谢谢", "FR1420041010050500013M02606")]
    [InlineData("NL91ABNA0417164300", "NL91ABNA0417164300")]
    [InlineData("Russian account RU03 0445 2522 5408 1781 0538 0913 1041 9 please", "RU03 0445 2522 5408 1781 0538 0913 1041 9")] // joined the registry later
    [InlineData("收款账户：MN181234567890123456", "MN181234567890123456")]
    public void Detect_Mod97Valid_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("Pay to DE89370400440532013001 today")]
    [InlineData("DE8937040044053201300 is one short")]
    [InlineData("ZZ89370400440532013000 has no such country")]
    [InlineData("part AB12 3456 7890 and more")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);

    [Fact] // a published sample IBAN is a valid IBAN whatever the text calls it (fail closed)
    public void Detect_SampleIbanSaidToBeAnExample_StillFound() =>
        DetectorAssert.FindsExactly(_detector, "The sample IBAN in the documentation is DE89 3704 0044 0532 0130 00.", "DE89 3704 0044 0532 0130 00");
}
