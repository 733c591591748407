using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the seventh pass (issue 15): texts in traditional characters (Taiwan, Hong Kong) read by the
/// personal-data detectors as their simplified forms, and a public role that is whom the writer addresses (写给教练) rather
/// than the name's title. Every rule has cases that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextSeventhPassTests
{
    private static List<(string Type, string Value)> PersonEntities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type.StartsWith("person_", StringComparison.Ordinal)).Select(e => (e.Type, text[e.Start..e.End]))];

    [Theory]
    [InlineData("黃淑芬出生於民國七十五年，現在住在高雄", "person_birth_date", "黃淑芬")]
    [InlineData("歐陽振華今年滿五十歲，公司準備了禮物", "person_birth_date", "歐陽振華")]
    [InlineData("鄭志偉的薪資單顯示本月實發五萬三千元", "person_finance", "鄭志偉")]
    [InlineData("諸葛俊傑欠銀行貸款三十萬，一直沒還", "person_finance", "諸葛俊傑")]
    [InlineData("張雅婷上週確診乳癌，需要請假化療", "person_health", "張雅婷")]
    [InlineData("病人 劉建國 住院第三天，血壓還是偏高", "person_health", "劉建國")]
    public void TraditionalCharacters_ReadAsTheirSimplifiedForms(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("民國七十五年是西元哪一年？")]
    [InlineData("糖尿病患者應該注意什麼飲食？")]
    [InlineData("薪資單上的勞保費怎麼計算？")]
    [InlineData("請問貸款三十萬，每月要還多少？")]
    public void TraditionalCharacters_WithoutAPerson_DoNotFire(string text) =>
        Assert.Empty(PersonEntities(text));

    [Theory]
    [InlineData("学员 宇文浩 上个月做了半月板手术，周末训练请转告教练", "宇文浩")]
    [InlineData("请给教练发个消息：会员 上官静 怀孕四个月，暂停跳操课", "上官静")]
    [InlineData("队员 司马婷 有哮喘，比赛前写给教练一份说明", "司马婷")]
    public void PublicRoleTheWriterAddresses_IsNotTheNamesTitle(string text, string name) =>
        Assert.Contains(("person_health", name), PersonEntities(text));

    [Theory]
    [InlineData("李国强，国家队教练，昨天确诊新冠")]
    [InlineData("陈思远是奥运冠军，去年做了膝盖手术")]
    public void PublicRoleOfTheName_StillVetoesIt(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_health");
}
