using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the thirteenth pass (issue 15): an adult's age or retirement age beside a name in HR, retirement and
/// pension text; a child's condition and medicine in a note to a teacher, and condition and drug pairs; dues a named member
/// owes, costs advanced and split in a chat, an officer's pay in a board record; zh privilege legends, trade-secret grades
/// after a level label and circulation controls; and roles (房东, 租客) in a tenancy question, which are no one. Every rule has
/// cases that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextThirteenthPassTests
{
    private static IReadOnlyList<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool Sensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("工会通知：设备科闵德胜下月满六十周岁，欢送会定在周五", "闵德胜")]
    [InlineData("办公室庞淑华明年到龄，退休手续材料请提前准备", "庞淑华")]
    [InlineData("我们处长詹国平今年年届六十，听说要返聘", "詹国平")]
    public void AnAgeOrRetirementAgeBesideANameAtWork_IsABirthDate(string text, string name) =>
        Assert.Contains(Entities(text), e => e.Type.StartsWith("person_", StringComparison.Ordinal) && e.Value == name);

    [Theory]
    [InlineData("女职工年满五十五周岁可以申请退休吗？")]
    [InlineData("法定退休年龄延迟后，1970年出生的人几岁退休？")]
    public void RetirementAgeQuestionsWithoutAPerson_DoNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("李老师好，小儿骆天佑有过动症，早上吃一粒利他能，下午容易坐不住", "骆天佑")]
    [InlineData("我家褚梓涵哮喘，書包裡有萬托林，跑步前請讓她噴一下", "褚梓涵")]
    [InlineData("同事殷美霞甲减好几年了，每天空腹吃左甲状腺素", "殷美霞")]
    public void AConditionAndMedicineOfANamedPerson_IsHealth(string text, string name) =>
        Assert.Contains(("person_health", name), Entities(text));

    [Theory]
    [InlineData("孩子有过动症，吃利他能会影响长个子吗？")]
    [InlineData("沙丁胺醇气雾剂和布地奈德有什么区别？")]
    public void DrugQuestionsWithoutAPerson_DoNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("车友会：尤国栋、卜丽君两位的年费还没交，每人三百", "尤国栋")]
    [InlineData("周末烧烤我先垫付了680，六个人平摊，臧雪梅记得转我", "臧雪梅")]
    [InlineData("董事会决议：同意总裁鄂振宇2026年度薪酬为税前人民币260万元", "鄂振宇")]
    public void DuesSharedCostsAndBoardPayOfANamedPerson_ArePay(string text, string name) =>
        Assert.Contains(Entities(text), e => e.Type == "person_finance" && e.Value == name);

    [Theory]
    [InlineData("房东说租客拖欠房租两个月就能换锁，这合法吗？")]
    [InlineData("租客欠租，房客说没钱，房东可以扣押金吗？")]
    [InlineData("假设有一个员工被欠薪三个月，他可以去哪里投诉？")]
    [InlineData("上市公司董事长的年薪由谁决定？")]
    public void RolesInATenancyOrPayQuestion_AreNoOne(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("此函受律师-当事人特权保护，请勿转给无关人员。")]
    [InlineData("保密级别：普通商密\n供应商返点政策汇总")]
    [InlineData("传阅范围：仅限中层以上\n2026年绩效考核调整意见")]
    [InlineData("本材料阅毕交回，严禁复印。\n附件：人员优化名单")]
    public void ZhPrivilegeGradeAndCirculationLegends_MarkTheText(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "confidential_document");

    [Theory]
    [InlineData("快递地址：佛山市顺德区大良街道碧桂园E座2306，收件人 符志明", "person_address")]
    [InlineData("我太婆陈黄玉珠民國19年生，今年要做壽", "person_birth_date")]
    [InlineData("族谱：第十九世包守义，生于一九四二年正月初八", "person_birth_date")]
    [InlineData("交班记录：7床聂秀梅，术后第二天，体温正常", "person_health")]
    public void TuningDropClasses_Fire(string text, string type) =>
        Assert.Contains(Entities(text), e => e.Type == type);

    [Theory]
    [InlineData("招商银行大厦的地址是深圳市福田区深南大道7088号吗？")]
    [InlineData("王安石是不是住在江宁府半山园？那一带现在叫什么")]
    [InlineData("档案管理办法：机密文件不得复印，借阅须登记。")]
    public void OrganisationAndFamousHomesAndRules_DoNotFire(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("保密级别：普通\n年会节目单")]
    [InlineData("传阅范围：全体员工\n关于端午节放假安排的通知")]
    [InlineData("律师与当事人之间的通讯为什么受保密特权保护？")]
    [InlineData("商业秘密里的普通商密和核心商密怎么区分？")]
    public void PublicValuesAndQuestionsAboutLegends_DoNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "confidential_document");
}
