using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Classes of the fifteenth pass (issue 15, s23-ctx), en and zh: a delivery or ride app's records of its workers' accounts
/// (courier, driver partner, 骑手), a need-based award's holder (奖学金获得者), the writer's partner and family members with a
/// condition (anaphylaxis), and Chinese test data made of stock names and blanked places (张三, 某某市) as a template. Hard
/// negatives beside each class, and must-still-fire rows for the test-data exemption with the writer's own data and the same
/// cue words (GUIDE 3b). All examples are written for these tests.
/// </summary>
public sealed class PersonContextFifteenthPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("Hello, this is Anselm Rutherford, a courier on your platform; my account was deactivated on Monday and my appeal was upheld. When can I log in?")]
    [InlineData("Case 7781: driver partner Bongani Dlamini – deactivation reversed on appeal, restore his earnings for November.")]
    [InlineData("Our delivery partner Chiamaka Obi had her account reinstated once the review found the complaint was false.")]
    [InlineData("Notice: courier Felipe Andrade may go online again from Friday; his account has been reactivated.")]
    [InlineData("Draft a message to Ilse Vermeulen, one of our drivers, saying that her account is active again after the appeal.")]
    [InlineData("Ops note – couriers Tariq Haddad and Wen Jie Lim were offboarded after the audit; pay out their last earnings.")]
    public void PlatformWorkerAccounts_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("How long does it take to get a courier account reactivated after an appeal on a delivery app?")]
    [InlineData("Template: Dear [driver name], your account has been reactivated following your appeal.")]
    [InlineData("The courier Dmitri Volkov left my parcel in the rain, so I want a refund.")]
    [InlineData("Which delivery apps let drivers appeal a deactivation, and what evidence do they accept?")]
    public void PlatformWorkerAccounts_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Please pass this to the chef: my partner Ravi is allergic to sesame to the point of anaphylaxis.")]
    [InlineData("Room 318 request: my wife Priya has a peanut anaphylaxis, so no nut dishes at the welcome dinner.")]
    [InlineData("My partner Joaquin had anaphylaxis from shellfish last year – can the restaurant cook his meal separately?")]
    [InlineData("For our booking: my husband Ewan carries two EpiPens for a wasp-sting allergy.")]
    public void FamilyConditions_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What should a hotel kitchen do when a guest reports a sesame anaphylaxis?")]
    [InlineData("Our partner Northwind Logistics handles the deliveries; their account manager is on leave.")]
    [InlineData("Is anaphylaxis to peanuts more common in children or in adults?")]
    [InlineData("Our partners Meridian and Halcyon will co-host the allergy awareness webinar.")]
    public void FamilyConditions_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("骑手 冯晓东 因超时被罚款，已提交申诉，请站点核实。")]
    [InlineData("站点通知：配送员 钟浩然 的账号因违规被封，申诉期七天。")]
    [InlineData("2025年度奖学金获得者 马欣怡，来自计算机学院。")]
    [InlineData("国家助学金获得者 潘晓丽，请于周五前到学工处签字。")]
    [InlineData("工会会员 杨志远 申请困难补助，请审核。")]
    [InlineData("证明：兹有租户 刘慧敏 自2024年3月起租住本人房屋，特此证明。房东：陈国庆")]
    public void ChineseRoles_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("骑手被平台罚款不合理，怎么申诉？")]
    [InlineData("骑手王师傅送餐很快，给个好评。")]
    [InlineData("奖学金获得者名单一般什么时候公布？")]
    [InlineData("诺贝尔奖获得者 屠呦呦 的生平介绍")]
    public void ChineseRoles_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("测试数据：张三，男，1985年2月3日出生，住址某某市某某区某某路9号；李四，女，住址某某市某某区。")]
    [InlineData("造一份测试数据：用户张三，住址某某市某某区幸福路8号，生日1988年3月2日。")]
    [InlineData("演示数据：王五，月薪8000元，住某某市某某小区，患有高血压。")]
    public void ChineseStockTestData_DoesNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // The exemption needs test or demo words AND a stock name or a blanked place: a real 张三, a real record that merely mentions
    // test data, and a redacted name in a real record (王某某) still fire.
    [Theory]
    [InlineData("我朋友真的叫张三，他住在杭州市西湖区文三路88号，生日是1990年5月1日。")]
    [InlineData("租户张三，住址：南京市鼓楼区中山路201号3单元，拖欠房租两个月。")]
    [InlineData("测试数据里混进了真实客户王建军的住址：杭州市西湖区文三路88号3单元，赶紧删掉。")]
    [InlineData("测试账号的收货地址居然是我家：成都市武侯区玉林路16号2单元302，收件人我妈刘淑芬。")]
    public void ChineseStockTestData_RealDataStillFires(string text) =>
        Assert.True(IsSensitive(text));
}
