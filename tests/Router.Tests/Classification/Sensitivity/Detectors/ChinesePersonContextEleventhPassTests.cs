using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the eleventh pass (issue 15): SQL rows with a (compound-surname) name beside a birth date, address or
/// salary; addresses with Chinese-numeral house, building and floor numbers, housing-estate units and Hong Kong estate blocks;
/// Hong Kong pay (港币, 强积金, 花红), bonus lists and roster rows; hiring and tenancy roles (应聘人员, 面试者, 房客); Korean
/// given names holding 在; 叫 + name opening a clause; and today's public figures asked about by name. Every rule has cases
/// that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextEleventhPassTests
{
    private static List<(string Type, string Value)> PersonEntities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type.StartsWith("person_", StringComparison.Ordinal)).Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool AnyPerson(string text) => PersonEntities(text).Count > 0;

    [Theory]
    [InlineData("INSERT INTO patient (name, birthday) VALUES ('上官文静', '1979-08-14');", "person_birth_date", "上官文静")]
    [InlineData("UPDATE staff SET salary = 16800 WHERE name = '令狐俊杰';", "person_finance", "令狐俊杰")]
    public void SqlRows_WithACompoundSurname_CarryTheirValue(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Fact]
    public void AnSqlRowWithANameAndAnAddress_IsAPersonsAddress() =>
        Assert.Contains(PersonEntities("insert into tenant(name, address) values('钟离明','西安市碑林区东大街55号2栋1单元601');"),
            e => e.Type == "person_address");

    [Theory]
    [InlineData("CREATE TABLE member (name VARCHAR(32), birthday DATE, address VARCHAR(128));")]
    [InlineData("INSERT INTO books(title, price) VALUES('三国演义', 59);")]
    [InlineData("INSERT INTO staff(name, salary) VALUES(?, ?); 用 JDBC 怎么传参")]
    public void SqlWithoutAPersonValue_DoesNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Theory]
    [InlineData("我家在人民路三十六号五楼，明天下午帮我送两桶水上来")]
    [InlineData("快递送到红旗新村十七栋二单元六零三，我老婆在家")]
    [InlineData("我住在建设新村4幢1205，帮我跟物业说一下漏水的事")]
    [InlineData("寄到我爸那里：香港将军澳新都城第2期3座18楼，麻烦写繁体")]
    public void SpokenAndEstateAddresses_AreHomeAddresses(string text) =>
        Assert.Contains(PersonEntities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("村里三月五号唱大戏，热闹得很")]
    [InlineData("地铁人民路站换乘二号线最方便")]
    [InlineData("解放路上有三家店，二号店的面最好吃，怎么去？")]
    public void DatesLinesAndShops_AreNoAddress(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("聘用確認：陳曉彤女士，月薪港幣32,000元，強積金按法例供款，年底另發花紅。", "person_finance", "陳曉彤")]
    [InlineData("研发部奖金名单：司马浩然 18000，周婷 9000", "person_finance", "司马浩然")]
    [InlineData("员工名册 第8行：公孙立军 物流部 基本工资7200", "person_finance", "公孙立军")]
    public void HongKongPay_BonusListsAndRosters_AreThePersonsPay(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("应聘人员 澹台子涵 周四上午复试，请安排会议室", "澹台子涵")]
    [InlineData("面试者：宇文可欣，应聘行政助理", "宇文可欣")]
    public void HiringRoles_BeforeTheName_AreRecordRoles(string text, string name) =>
        Assert.Contains(("person_record", name), PersonEntities(text));

    [Theory]
    [InlineData("我的韩国客户金在勋在仁川开了一家工厂，帮我写邀请函", "金在勋")]
    [InlineData("我在银行上班，叫侯朗，每月收入八千，想办分期，帮我写说明", "侯朗")]
    public void KoreanJaeNames_AndCalledAtClauseStart_AreNames(string text, string name) =>
        Assert.Contains(PersonEntities(text), e => e.Value == name);

    [Theory]
    [InlineData("小李在民政局上班，工资不高")]
    [InlineData("老金在成都住了三年，最近搬家了")]
    public void ZaiAsAPreposition_IsNoKoreanName(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Value.Contains('在'));

    [Theory]
    [InlineData("听说雷军今年五十多岁了，他还每天跑步吗？")]
    [InlineData("董明珠七十岁了还在管格力，接班人会是谁？")]
    [InlineData("马化腾的身体怎么样？听说他做过手术")]
    [InlineData("应聘人员应该怎么准备群面？")]
    [InlineData("香港打工仔的强积金一般每月供多少？")]
    public void PublicFiguresAndGeneralQuestions_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Fact]
    public void APrivateNamesakeOfAPublicFigure_StaysPrivate() =>
        Assert.Contains(("person_birth_date", "雷军"), PersonEntities("我同事雷军今年三十八岁，帮我写生日贺卡"));
}
