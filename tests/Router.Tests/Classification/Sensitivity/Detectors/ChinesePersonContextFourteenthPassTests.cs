using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the fourteenth pass (issue 15): a home named by its people before a bracketed address (a wedding or
/// visiting route); a form's name broken one character a line by PDF extraction; a wedding host's and an obituary's names
/// (新郎…, 顯妣…, 享壽); spoken Cantonese about a named person's health; a hire named in a welcome; a service provider's
/// customers (客人, 车主, 卖家, 逝者); zh legends of e-mail, bank and law-firm footers and Cantonese bans; a Traditional
/// 身分證 label before a mainland number, and a documentation sample that says its number is made up or fails its check.
/// Every rule has cases that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextFourteenthPassTests
{
    private static IReadOnlyList<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool Sensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("婚车顺序：7:40 先到伴郎家（金色港湾9栋1702）接人，8:30 到新娘家（东方明珠花园3栋601）")]
    [InlineData("国庆走亲戚：上午去二舅家（梧桐苑12幢2单元402），下午去老周家（南湖新村5栋301）")]
    [InlineData("拼车接人：先到小吴家（桂花园2期7栋1103）")]
    [InlineData("迎親路線：先到女方黃家（海濱花園8座21樓B室）")]
    public void AHomeNamedByItsPeopleBeforeABracketedAddress_IsAnAddress(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("团建路线：8:00 在公司（软件园C座）门口集合，10:00 到森林公园")]
    [InlineData("店家（城南商业街18号）周末不营业")]
    [InlineData("国家（地区）代码表：中国 86，日本 81")]
    public void AVenueOrAWordEndingIn家BeforeAnAddress_IsNoHome(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("应聘登记表\n姓名\n柯\n雨\n萱\n出生年月\n1993.11\n学历\n本科", "柯雨萱")]
    [InlineData("職員資料\n姓 名\n甘\n志\n偉\n出生日期\n1985年7月2日", "甘志偉")]
    public void AFormNameBrokenOneCharacterALine_IsReadWhole(string text, string name) =>
        // The span is the closed-up run's, at the run's start in the view (its first characters and line breaks).
        Assert.Contains(Entities(text), e => e.Type == "person_birth_date" && e.Value.StartsWith(name[..1], StringComparison.Ordinal));

    [Theory]
    [InlineData("应聘登记表\n姓名\n\n出生年月\n\n学历\n\n本科")]
    [InlineData("选项\n是\n否\n备注\n无")]
    public void AnEmptyFormOrOneCharacterOptions_DoNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("婚礼主持稿：有请新郎邹俊熙，一九九六年出生于江西九江；新娘尹佳宁，一九九八年出生", "邹俊熙")]
    [InlineData("訃告：顯妣葉陳淑貞老夫人，生於民國二十八年，享壽八十七歲", "葉陳淑貞")]
    [InlineData("家父闫振山（1944年生）于本月三日病逝，享寿八十二岁", "闫振山")]
    public void AWeddingScriptOrAnObituary_GivesABirthDate(string text, string name) =>
        Assert.Contains(("person_birth_date", name), Entities(text));

    [Theory]
    [InlineData("齐白石生于1864年，卒于1957年，享年93岁")]
    [InlineData("訃聞寫法：顯考○○○府君，享壽○○歲")]
    public void AFamousPersonsOrATemplatesLifeSpan_DoesNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("我係鄺子軒，琴日睇醫生，話我有胃潰瘍，今日請假", "鄺子軒")]
    [InlineData("佢叫溫家樂，上個禮拜入咗院，醫生話係肺炎", "溫家樂")]
    [InlineData("俺二姨姜桂芝查出来糖尿病了，天天打胰岛素", "姜桂芝")]
    public void SpokenCantoneseOrDialectHealthOfANamedPerson_IsHealth(string text, string name) =>
        Assert.Contains(("person_health", name), Entities(text));

    [Theory]
    [InlineData("胃潰瘍有咩徵狀？要唔要照胃鏡？")]
    [InlineData("入咗院幾日先可以出院？")]
    public void CantoneseHealthQuestionsWithoutAPerson_DoNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("热烈欢迎韦思琪加入人力资源部！", "韦思琪")]
    [InlineData("經公司決定，錄用龔家豪為財務部會計，下週一入職", "龔家豪")]
    [InlineData("前台备注：2306房客人欧阳俊明晚到，需要加床", "欧阳俊")]
    [InlineData("理赔记录：车主芦海涛，追尾事故，定损8,600元", "芦海涛")]
    public void AHireOrAServiceProvidersCustomer_IsARecordRole(string text, string name) =>
        Assert.Contains(Entities(text), e => e.Type.StartsWith("person_", StringComparison.Ordinal) && e.Value.StartsWith(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("欢迎大家加入本群，请先看群公告")]
    [InlineData("欢迎华为加入产业联盟")]
    [InlineData("车主可以自己去车管所办理年检吗？")]
    public void AGroupWelcomeOrARoleQuestion_DoesNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("呢份係內部文件嚟，唔好轉發俾任何人。")]
    [InlineData("如閣下並非本郵件之指定收件人，請即刪除並通知寄件人。")]
    [InlineData("声明：若您误收本邮件，请立即删除，严禁转发。")]
    [InlineData("此報告屬本行機密資料，僅供內部參閱。")]
    [InlineData("本函件含商业秘密，未经许可不得向第三方披露。")]
    public void CantoneseBansAndFooterLegends_AreConfidentialMarkers(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "confidential_document");

    [Theory]
    [InlineData("邮件末尾的保密声明要怎么写才有效？")]
    [InlineData("公司规定：员工不得泄露客户资料，这条怎么执行？")]
    public void QuestionsAboutLegends_DoNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("身分證號碼：11010519900307231X")]
    [InlineData("證件號碼 440306198506124520")]
    [InlineData("居民身份證：310115197211050830")]
    public void ATraditionalIdLabelBeforeAMainlandNumber_IsAResidentId(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "cn_resident_id");

    [Theory]
    [InlineData("接口文档示例：身份证号 110105199003072316（校验位错误，仅作格式演示）")]
    [InlineData("单元测试用身份证号 330106199512174030（虚构号码）")]
    [InlineData("请解释身份证号码各段分别代表什么，例如 110105199003072311 的每一段")]
    public void ADocumentationSampleThatSaysItIsNoOnes_DoesNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "cn_resident_id");

    // Issue 15: a labelled 18-digit number is an ID even if its check digit is wrong; the writer saying so does not clear it.
    [Theory]
    [InlineData("身份证号：320102198807154417，填表时系统说校验位错误，我是不是抄错了一位？")]
    [InlineData("我的身份证 44030419920218563X 一直提示校验码不对，银行App实名认证过不去")]
    public void AWrongCheckDigitTheWriterComplainsAbout_StaysAnId(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "cn_resident_id");

    [Theory]
    [InlineData("监管部门罚款20万元，银行已整改")]
    [InlineData("湖北同乡会会址：江汉区解放大道688号")]
    public void AnOrganisationsFineOrAddress_IsNoPerson(string text) =>
        Assert.False(Sensitive(text));
}
