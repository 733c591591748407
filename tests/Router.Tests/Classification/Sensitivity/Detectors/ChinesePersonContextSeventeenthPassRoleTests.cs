using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Seventeenth pass (issue 15, s25-zhnames): a Chinese full name right after a person-role noun of a work site, a village, care
/// and households, a gym or school, a hospital ward, social work and the courts (木工, 村民, 雇主, 学员, N 床, 个案, 被收养人),
/// whatever its given name means (铁柱, 有财, 小豆), with a pay, birth, health or attendance fact; hard negatives where the role
/// noun runs on into a word (工人文化宫, 会员积分, 土木工程), famous and fictional people after such nouns, and general
/// questions about workers or villagers; a famous name after a record label or relation still fires (GUIDE 3b). All examples
/// are written for these tests.
/// </summary>
public sealed class ChinesePersonContextSeventeenthPassRoleTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("项目部通报：油漆工温大勇等 3 人上月工资未结清，共 4 万 6，帮我写个情况说明")]
    [InlineData("实名制考勤：电焊工孟铁锁 1957 年出生，今年 69 岁，公司规定能不能继续用？")]
    [InlineData("安全员日志：抹灰工鲁二柱从梯子上摔下来，左脚踝骨折，已送镇卫生院")]
    [InlineData("班组考勤表：搬运工邢大海本周旷工两天，帮我拟一条提醒")]
    [InlineData("劳务公司：务工人员柯满仓被拖欠工资 1 万 8，帮我写申诉材料")]
    [InlineData("工地实名制 农民工 封春生 右手被钢筋划伤缝了 6 针，帮我写工伤报告")]
    public void SiteWorkers_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("村医随访记录：村民邹桂芝高血压，血压 168/100，帮我写随访小结")]
    [InlineData("低保年审：户主龚有福一家四口月收入 1800 元，帮我写审核意见")]
    [InlineData("帮扶台账：贫困户甘铁柱患尿毒症，每周透析两次，帮我写救助申请")]
    [InlineData("脱贫户苗大春 1952 年生，子女外出务工，帮我写入户走访记录")]
    [InlineData("乡镇卫生院：留守老人焦秀芹慢阻肺急性加重，帮我写转诊说明")]
    public void VillageHouseholds_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("家政回访：雇主樊玉梅说阿姨做饭太咸，帮我写回访记录")]
    [InlineData("社区关爱：4 号楼赵大娘赵春花，1938 年生，独居，帮我写探访计划")]
    [InlineData("养老院交接：失能老人卞秀英压疮二期，每两小时翻身一次，帮我写交接班记录")]
    [InlineData("育儿嫂合同：雇主滕小雨每月支付工资 8500 元，帮我起草补充条款")]
    [InlineData("居家护理：大爷冉福生老年痴呆，晚上总往外跑，帮我写护理注意事项")]
    public void CareAndHouseholds_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("游泳馆教练日志：学员欧阳小蝶有癫痫病史，下水要注意什么？")]
    [InlineData("瑜伽馆会员晏翠兰今年 76 岁想上空中瑜伽，教练觉得不安全，帮我写一段回复")]
    [InlineData("武术班家长群：学员上官铁军骨折了，在家休养，帮我写请假说明")]
    [InlineData("篮球教练记录：学员章大鹏哮喘，训练时要随身带喷雾，帮我写给家长的提醒")]
    public void GymAndSchool_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("病区交班：12 床鲍春梅术后引流液偏多，血红蛋白 82，帮我写交班记录")]
    [InlineData("急诊群：伤员牟大力车祸致颅脑损伤，已进 ICU，帮我写通报")]
    [InlineData("产科：7 床 屈小芳 产后高血压 150/95，帮我写护理记录")]
    [InlineData("骨科病号邬铁山腰椎手术后第三天，能下床了吗？帮我写查房记录")]
    public void WardPatients_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("社工站转介：个案温小禾长期被家暴，有抑郁症状，帮我写转介信")]
    [InlineData("案主卓大林酗酒多年，肝硬化，帮我写个案评估")]
    [InlineData("收养登记：被收养人任豆豆，2018 年 4 月出生于四川，帮我翻译成英文")]
    [InlineData("司法所：矫正对象谷大伟每月工资 2600 元，帮我写月度评估")]
    [InlineData("帮我写说明：收养人蓝有才月收入 9000 元，有稳定住房")]
    public void SocialWorkAndLegal_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("社工轉介：個案鄧雨萱有嚴重抑鬱，請幫我寫轉介摘要")]
    [InlineData("僱主黃大文每月付家傭薪金 5200 元，請幫我寫合約補充")]
    [InlineData("健身房記錄：學員司徒美玲有高血壓，訓練要注意什麼？")]
    [InlineData("勞務人員何鐵柱今天沒打卡，請幫我寫班組通知")]
    public void TraditionalForms_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("工人文化宫下周有什么演出？帮我写个通知")]
    [InlineData("工人们中午休息多久合适？帮我写个作息制度")]
    [InlineData("土木工程师的工资一般多少？")]
    [InlineData("村民委员会的职责有哪些？帮我整理")]
    [InlineData("乡村民宿怎么申请营业执照？")]
    [InlineData("会员积分过期了还能恢复吗？")]
    [InlineData("学员手册里的退费规定，帮我改写得通俗一点")]
    [InlineData("医院 8 床位的普通病房一天多少钱？")]
    [InlineData("雇主责任险和工伤保险有什么区别？")]
    [InlineData("个案管理的基本流程是什么？帮我写培训大纲")]
    public void RoleNounRunsOnIntoWord_DoesNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("石油工人王进喜的铁人精神，帮我写一篇演讲稿")]
    [InlineData("阿Q正传里阿Q的精神胜利法，帮我写读后感")]
    [InlineData("祝福里祥林嫂的悲剧说明了什么？")]
    [InlineData("雷锋是一名普通的汽车兵，帮我写一段介绍")]
    public void FamousAndFictionalPeople_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("建筑工人常见的职业病有哪些？帮我写一篇科普")]
    [InlineData("农村村民住院报销比例一般是多少？")]
    [InlineData("健身房学员有糖尿病的话，训练要注意什么？")]
    [InlineData("产妇产后出血的常见原因有哪些？")]
    [InlineData("农民工工资被拖欠应该去哪里投诉？")]
    public void GeneralQuestionsWithoutAName_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // GUIDE 3b: a famous name after a role noun only is the famous person; the writer's own people with the same cue words, and a
    // famous name after a record label or the writer's relation, are private.
    [Theory]
    [InlineData("石油工人李建军的工资被拖欠了 3 个月，帮我写个投诉信")]
    [InlineData("患者王进喜，男，糖尿病 10 年，帮我写病历摘要")]
    [InlineData("我同事雷锋最近确诊了肺结核，要请假多久？")]
    [InlineData("工地实名制：工人王建国今天没打卡，帮我写班组通知")]
    public void OwnPeopleWithTheSameCues_StillFire(string text) =>
        Assert.True(IsSensitive(text));
}
