using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the tenth pass (issue 15): the rest of the ~500 common surnames and the Hundred Family Surnames'
/// compounds (庹, 雒, 滑, 河; 闾丘, 第五, 鲜于), Tibetan, Mongolian and Uyghur names made of name parts (with or without the middle
/// dot), Japanese names after a label or before a title, civil-affairs, tax and screening record roles (低保对象, 独居老人,
/// 背调对象, 落户人员, 纳税人, 预约人), tax-return and welfare amounts, and roads ending in 道. Every rule has cases that must
/// fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextTenthPassTests
{
    private static List<(string Type, string Value)> PersonEntities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type.StartsWith("person_", StringComparison.Ordinal)).Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool AnyPerson(string text) => PersonEntities(text).Count > 0;

    [Theory]
    [InlineData("低保对象庹凤英每月领低保金 690 元。", "person_finance", "庹凤英")]
    [InlineData("残疾人雒春生，肢体三级残疾，请帮忙写申请。", "person_health", "雒春生")]
    [InlineData("背调对象：闾丘明远，前公司月薪 25000 元。", "person_finance", "闾丘明远")]
    [InlineData("预约人第五晓雯，预约项目：洗牙。", "person_record", "第五晓雯")]
    [InlineData("独居老人滑德顺今年八十四岁，子女在外地。", "person_birth_date", "滑德顺")]
    [InlineData("租客河秀珍每月房租 3500 元，已拖欠两个月。", "person_finance", "河秀珍")]
    [InlineData("纳税人鲜于海涛 专项附加扣除：赡养老人 1000 元。", "person_finance", "鲜于海涛")]
    public void RareAndCompoundSurnames_InCivilAffairsAndTaxRecords(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("患者央金卓嘎，风湿性关节炎，门诊随访。", "person_health", "央金卓嘎")]
    [InlineData("苏日娜，女，1985年生，牧民。", "person_birth_date", "苏日娜")]
    [InlineData("热依拉·阿不都确诊胆结石，下周手术。", "person_health", "热依拉·阿不都")]
    [InlineData("帮扶对象：次旦平措，家庭年收入 9000 元。", "person_finance", "次旦平措")]
    [InlineData("会员 山本优子 生日 1990年4月2日", "person_birth_date", "山本优子")]
    [InlineData("渡边健一先生的体检报告显示轻度脂肪肝。", "person_health", "渡边健一")]
    public void TransliteratedNames_CarryTheirAttribute(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("落户人员 缪海燕 迁入地址：天津市河西区友谊道18号A座906")]
    [InlineData("请把材料寄到香港北角英皇道 88 号 12 楼，收件人 冼家豪")]
    [InlineData("家庭住址：沈阳市和平区南京北街12号3栋2门502室，孩子由外婆接送")]
    public void RoadsEndingInDao_AndBuildingEntrances_AreAddresses(string text) =>
        Assert.Contains(PersonEntities(text), e => e.Type == "person_address");

    // 省长 and 市长 read across 湖南省|长沙市 and 上海市|长宁区 are no public role: the name before the address stays a private person.
    [Theory]
    [InlineData("客户 邬海燕 家住湖南省长沙市岳麓区麓山南路88号3栋", "邬海燕")]
    [InlineData("收件人：柴志远，寄到 上海市长宁区天山路120号5号楼1102室", "柴志远")]
    [InlineData("吉林省长春市朝阳区的患者阚丽娟，2型糖尿病十年", "阚丽娟")]
    public void ProvinceAndCityBeforeChang_AreNoPublicRole(string text, string name) =>
        Assert.Contains(PersonEntities(text), e => e.Value == name);

    [Fact]
    public void AMayorBeforeTheName_IsStillAPublicRole() =>
        Assert.False(AnyPerson("副市长宁志强今天视察了新区的养老院，他今年五十二岁。"));

    [Theory]
    [InlineData("录用通知\n亲爱的 宓思雨 同学：\n恭喜你通过我们今年的校园招聘，经过笔试、两轮面试和综合评估，我们决定向你发出正式录用。\n入职后月薪 12000 元，试用期三个月。", "person_finance", "宓思雨")]
    [InlineData("冼子轩：您好！\n感谢您一直以来对本行的支持，经审核，现将您的有关情况告知如下，请仔细阅读并妥善保管本通知。\n出生日期：19880521", "person_birth_date", "冼子轩")]
    [InlineData("個案：梁詠恩，亞斯伯格症，在校需要支援。", "person_health", "梁詠恩")]
    [InlineData("我外婆曾淑貞確診阿茲海默症，想找日間照顧中心。", "person_health", "曾淑貞")]
    public void LettersToTheirAddressee_AndTaiwanHongKongConditions(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("尊敬的各位同事：\n为感谢大家一年来的辛勤付出，经公司管理层研究决定，从下个月起对全体员工的薪酬进行调整。\n全员月薪上调 5%。")]
    [InlineData("尊敬的客户：您好！\n为了给您提供更好的服务，我行将于本周六凌晨进行系统升级，届时部分业务暂停办理，敬请谅解。\n转账限额调整为每日 5 万元。")]
    public void LettersWithoutAnAddresseeName_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Theory]
    [InlineData("扎西德勒是藏语里的什么意思？")]
    [InlineData("乌兰巴托和呼和浩特哪个冬天更冷？")]
    [InlineData("滑雪场的教练月薪一般多少？")]
    [InlineData("员工旷工三天可以扣工资吗？")]
    [InlineData("河南的低保标准每月多少元？")]
    [InlineData("王一博今年几岁了？")]
    [InlineData("低保户每月能领多少低保金？")]
    [InlineData("残疾人两项补贴每月一共多少钱？")]
    [InlineData("员工生日当月发放300元福利，满一年再加100元。")]
    [InlineData("山口百惠是哪一年出生的？")]
    [InlineData("努尔哈赤是怎么起兵的？享年多少岁？")]
    [InlineData("藏族名字为什么没有姓？比如扎西、卓玛这样的名字。")]
    [InlineData("从通道2号口出来，我知道3号线在哪。")]
    [InlineData("西门子员工的年薪一般是多少？")]
    public void WordsPlacesAndPublicQuestions_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));
}
