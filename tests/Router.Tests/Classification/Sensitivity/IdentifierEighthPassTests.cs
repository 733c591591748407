using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the eighth pass (issue 15): national identity and tax numbers through the whole classifier, a passport's
/// machine-readable zone (ICAO 9303 check digits), and a mainland driving licence named by 准驾车型 or by a number word a
/// short clause after 驾驶证 (证号, 档案编号). Values are generated with their check digits for these tests.
/// </summary>
public sealed class IdentifierEighthPassTests
{
    private static List<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    [Theory]
    [InlineData("P<GBRHARGREAVES<<EMILY<ROSE<<<<<<<<<<<<<<<<<\nK231585897GBR8506140F3108192<<<<<<<<<<<<<<06", "K231585897GBR8506140F3108192<<<<<<<<<<<<<<06")]
    [InlineData("Here is the scan:\nK231585897GBR8506140F3108192<<<<<<<<<<<<<<06", "K231585897GBR8506140F3108192<<<<<<<<<<<<<<06")]
    [InlineData("ID card back:\nIDD<<T220001293<<<<<<<<<<<<<<<\n6408125<2010315D<<<<<<<<<<<<<4\nMUSTERMANN<<ERIKA<<<<<<<<<<<<<", "IDD<<T220001293<<<<<<<<<<<<<<<")]
    public void MachineReadableZone_IsAPassportNumber(string text, string expected) =>
        Assert.Contains(("passport_number", expected), Entities(text));

    [Theory]
    [InlineData("K231585898GBR8506141F3108193<<<<<<<<<<<<<<06")] // three checks wrong
    [InlineData("MRZ lines are 44 characters long and use < as filler: P<<<<<<<<<<<")]
    [InlineData("<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<< 1234567890123")]
    public void MrzLookAlike_IsNoPassport(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "passport_number");

    [Theory]
    [InlineData("准驾车型C1，证号879948979228", "879948979228")]
    [InlineData("我的驾驶证，证号是162420126671", "162420126671")]
    [InlineData("驾驶证副页上的档案编号为371896723748，请核对", "371896723748")]
    [InlineData("机动车驾驶证 准驾车型：C1 证号：3142 5119 8804 1240 51", "3142 5119 8804 1240 51")]
    [InlineData("驾照上面的档案号：5301 0012 3456", "5301 0012 3456")]
    public void ChineseLicenceNamedByItsNumberWord_IsFound(string text, string expected) =>
        Assert.Contains(("driver_license", expected), Entities(text));

    [Theory]
    [InlineData("驾驶证考试报名号 648085123643")]
    [InlineData("驾照违章罚单编号 847934462525286")]
    [InlineData("驾驶证C1准驾车型包括小型汽车，需要年满18周岁")]
    [InlineData("在2023年驾驶证考试中，科目一成绩90分，共有120000人参加")]
    [InlineData("驾驶证预约编号 2024050612345")]
    public void ChineseLicenceClauseAboutAnotherNumber_IsNoLicence(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "driver_license");

    [Theory]
    [InlineData("Please update KYC: my Aadhaar is 5584 0532 8657 and PAN FKAPX1760E")]
    [InlineData("Patient: J. Doe, NHS no 687 327 4607, ward 4")]
    [InlineData("Meine Steuer-ID ist 70136465688.")]
    [InlineData("Mijn BSN is 735077691")]
    [InlineData("TC Kimlik No: 52339556222")]
    [InlineData("주민등록번호 970422-1732541")]
    [InlineData("<person><nino>JG103759A</nino></person>")]
    [InlineData("name,cpf\nAna,169.262.877-16")]
    public void NationalIdThroughTheClassifier_IsHigh(string text)
    {
        var verdict = SensitivityClassifierFactory.Create().Classify([text], []);
        Assert.Equal(SensitivityLevel.High, verdict.Level);
        Assert.Contains(verdict.Entities, e => e.Type == "national_id");
    }
}
