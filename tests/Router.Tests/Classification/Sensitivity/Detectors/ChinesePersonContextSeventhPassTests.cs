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

    [Theory]
    [InlineData("邱晓婷下个月就满五十了，同事想凑钱送礼", "邱晓婷")]
    [InlineData("客户 慕容俊 今年六十二，想咨询重疾险", "慕容俊")]
    [InlineData("我岳父钱国华明年就八十了，准备办寿宴", "钱国华")]
    [InlineData("四叔公黄德明今年已经九十了，身体还硬朗", "黄德明")]
    public void ChineseAgeWithout岁_AfterANameCounts(string text, string name) =>
        Assert.Contains(("person_birth_date", name), PersonEntities(text));

    [Theory]
    [InlineData("今年十二月公司搬到新园区")]
    [InlineData("经理王建华今年三十个项目都按期完成了")]
    [InlineData("销售冠军赵明今年五十万的业绩")]
    [InlineData("客户刘芳对这次装修很满意")]
    [InlineData("年满十八周岁的公民可以考驾照吗？")]
    public void ChineseAgeWords_WithoutAnAge_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_birth_date");

    [Theory]
    [InlineData("曾祖母邹桂兰生于民国十九年，如今一百岁了", "person_birth_date", "邹桂兰")]
    [InlineData("二伯父韩志远晚年得了帕金森，一直在养老院", "person_health", "韩志远")]
    public void FamilyTreeKin_BeforeAName_VouchForIt(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("仲裁书：公司拖欠司马伟三个月工资，应予补发", "person_finance", "司马伟")]
    [InlineData("上官琳的芝麻信用分只有480，租房被拒", "person_finance", "上官琳")]
    public void PayWithheldAndCreditScores_Fire(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("他欠钱五万，一直不还，怎么起诉？")]
    [InlineData("芝麻信用分多少算高？")]
    [InlineData("公司拖欠工资三个月，员工可以申请劳动仲裁吗？")]
    public void PayWords_WithoutAPerson_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_finance");
}
