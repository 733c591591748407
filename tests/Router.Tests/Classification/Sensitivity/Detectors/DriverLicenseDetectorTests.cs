using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class DriverLicenseDetectorTests
{
    private readonly DriverLicenseDetector _detector = new();

    [Theory]
    [InlineData("My driver's license number is 425700624", "425700624")]
    [InlineData("driver's license number: 123-456-789", "123-456-789")] // digits with dashes
    [InlineData("Driving licence MORGA753116SM9IJ", "MORGA753116SM9IJ")]
    [InlineData("DL# 12 345 678 expires soon", "12 345 678")]
    [InlineData("my drivers license is A5631933, exp 2027", "A5631933")]
    [InlineData("Driver’s license: D123-4567-8901", "D123-4567-8901")]
    [InlineData("UK driving licence no. 5012345678", "5012345678")]
    [InlineData("DL# S530-4601-1234", "S530-4601-1234")]
    [InlineData("Name: J. Smith, DL no: 98765432", "98765432")]
    [InlineData("driver license number is kr4471290, typed in lower case", "kr4471290")]
    [InlineData("Driver's license: WB718204X (Ohio)", "WB718204X")]
    [InlineData("driver's license (CA): D4417285", "D4417285")]
    [InlineData("驾驶证档案编号 110100123456，请帮我查询扣分", "110100123456")]
    [InlineData("Driver Lic. No.: WDLPNVEGBZ25", "WDLPNVEGBZ25")] // Washington: few digits
    [InlineData("DVLA licence number 500220198", "500220198")]
    public void Detect_LabelledLicenceNumber_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("How do I renew a driver's license in California? Call 800 777 0133 for details on form DL 44")]
    [InlineData("MIT license, version 20240101 of the package")]
    [InlineData("License number 123456789 for the software seat")]
    [InlineData("driver's license test has 46 questions; I scored 4200000 points in the game afterwards")]
    [InlineData("考驾照要多久？科目一100道题")]
    [InlineData("Download DL-2024 report 1234567")]
    [InlineData("Is 45 a pass on the driver's license test? My score was 1234567 in the app")]
    [InlineData("driver's license class B, valid till 2029")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
