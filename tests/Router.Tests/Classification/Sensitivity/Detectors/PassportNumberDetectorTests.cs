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
    [InlineData("Reisepassnummer: C01X00T47", "C01X00T47")] // Germany
    [InlineData("numéro de passeport 12AB34567", "12AB34567")] // France
    [InlineData("número de pasaporte: PAA123456", "PAA123456")] // Spain
    [InlineData("паспорт 45 1234567", "45 1234567")] // Russia: series and number
    [InlineData("パスポート番号 TK1234567", "TK1234567")]
    [InlineData("My Reisepass is DWFGPT4R1", "DWFGPT4R1")]
    public void Detect_LabelledPassportNumber_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("Order E12345678 shipped yesterday")]
    [InlineData("How long does a passport renewal take? Call 12345678 is not my number")]
    [InlineData("护照办理需要多久？")]
    [InlineData("passport photo size is 35x45 mm")]
    [InlineData("passport renewal form DS82 costs 130 dollars, ABC123 is my booking")]
    [InlineData("passport expires 2031-05-12")]
    [InlineData("Reisepass beantragen: Termin am 12.03.2025 um 10:30")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
