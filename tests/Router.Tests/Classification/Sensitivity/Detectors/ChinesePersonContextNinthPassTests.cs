using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the ninth pass (issue 15): names after the party nouns of real forms and records (legal, insurance,
/// medical, travel, family, private workers), birth forms (zodiac, two-digit years, lunar birthdays, 七十有三), pay words
/// (抚养费, 流水, 到手, 社保基数), and a zh condition lexicon read in simplified and traditional characters. Every rule has cases
/// that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextNinthPassTests
{
    private static List<(string Type, string Value)> PersonEntities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type.StartsWith("person_", StringComparison.Ordinal)).Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool AnyPerson(string text) => PersonEntities(text).Count > 0;

    [Theory]
    [InlineData("请帮我整理这份遗嘱：立遗嘱人姚德顺，身份证在档，名下房产一处，由长子姚建军继承。", "姚德顺")]
    [InlineData("仲裁通知：被申请人鞠长江，请于十日内提交答辩意见。", "鞠长江")]
    [InlineData("见证人覃志明确认立遗嘱时遗嘱人神志清楚。", "覃志明")]
    [InlineData("事故登记：出险人伍志刚，出险地点在高速服务区。", "伍志刚")]
    [InlineData("献血登记表：献血者宁海波，血型A型。", "宁海波")]
    [InlineData("乘车人晏雨辰，11月3日G102次，二等座。", "晏雨辰")]
    [InlineData("离婚协议草稿：男方韦志鹏，女方符丽君，双方自愿离婚。", "韦志鹏")]
    [InlineData("实习生黎俊杰这个月的考勤表请核对一下。", "黎俊杰")]
    [InlineData("保姆苗秀琴在我家干了三年，下个月续签。", "苗秀琴")]
    [InlineData("繼承人盧雪芳對遺產分配有異議。", "盧雪芳")]
    public void PartiesOfFormsAndRecords_AreRecordRoles(string text, string name) =>
        Assert.Contains(("person_record", name), PersonEntities(text));

    [Theory]
    [InlineData("家谱补录：长孙柯振宇，一九九二年三月生，现居杭州。", "person_birth_date", "柯振宇")]
    [InlineData("养子司马睿，二〇〇五年七月生，户口已迁入。", "person_birth_date", "司马睿")]
    [InlineData("次女尉迟芳，一九七八年腊月初八生，属马。", "person_birth_date", "尉迟芳")]
    [InlineData("继父鞠长江每个月从他退休金里拿出两千给我妈。", "person_finance", "鞠长江")]
    [InlineData("骑手景少波送餐途中摔伤，右手骨裂，已经请假一周。", "person_health", "景少波")]
    [InlineData("护工娄桂英反映老人晚上失眠，需要调整用药。", "person_health", "娄桂英")]
    [InlineData("表姐韩梦瑶月供6500，压力很大。", "person_finance", "韩梦瑶")]
    [InlineData("我阿爺鄧志明有柏金遜，行路唔穩。", "person_health", "鄧志明")]
    public void NamesAfterKinAndWorkWords_CarryTheirAttribute(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("一个申请人应该准备哪些材料才能申请公租房？")]
    [InlineData("被告人的权利有哪些？请列举刑事诉讼法的规定。")]
    [InlineData("司机这个职业以后会不会被自动驾驶取代？")]
    [InlineData("司机师傅您好，请问到火车站多少钱？")]
    [InlineData("骑手安全问题越来越受到重视。")]
    [InlineData("甲方单位需要提供哪些材料？")]
    [InlineData("被告向原告支付赔偿金多少合适？")]
    [InlineData("客户满意度调查问卷怎么设计？")]
    [InlineData("男方家长第一次见面应该带什么礼物？")]
    [InlineData("长子继承制在中国古代是怎么演变的？")]
    [InlineData("小说里的继承人沈墨白在第三章被诬陷欠款。")]
    [InlineData("献血者的血液会做哪些检测？")]
    [InlineData("旅客须知：请提前两小时到达机场。")]
    public void PartyNouns_InQuestionsRulesAndFiction_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Theory]
    [InlineData("我哥符建国八八年的，属龙，还没结婚。", "符建国")]
    [InlineData("帮我记一下：同事卓文静是属兔的，下周过生。", "卓文静")]
    [InlineData("我奶奶倪秀英农历正月十五生日，帮我订个蛋糕。", "倪秀英")]
    [InlineData("外公邬德胜腊月初八生的，想给他办个寿宴。", "邬德胜")]
    [InlineData("邻居郎秀梅今年七十有三，一个人住。", "郎秀梅")]
    [InlineData("同事钱佳琪生日 1998.07.04，帮她订个蛋糕。", "钱佳琪")]
    public void BirthForms_ZodiacTwoDigitYearsLunarDaysAndClassicalAges_AreBirthData(string text, string name) =>
        Assert.Contains(("person_birth_date", name), PersonEntities(text));

    [Theory]
    [InlineData("属龙的人2024年运势怎么样？")]
    [InlineData("腊月初八喝腊八粥有什么讲究？")]
    [InlineData("八八年的时候中国发生了什么大事？")]
    [InlineData("家属马上就到，请在门口等一下。")]
    [InlineData("这纯属马虎，下次注意。")]
    [InlineData("正月里张伟回老家生了一场气，现在好了。")]
    [InlineData("王芳在98年的时候去过北京。")]
    public void BirthFormWords_WithoutAPersonsBirth_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_birth_date");

    [Theory]
    [InlineData("离婚后前夫曹立伟的抚养费一直拖着不给。", "曹立伟")]
    [InlineData("帮我看看这份流水：孟凡宇月入1.2万。", "孟凡宇")]
    [InlineData("我妹夫岑伟工资到手七千，房租要两千五。", "岑伟")]
    [InlineData("我老公骆文涛社保基数8000。", "骆文涛")]
    public void PayWords_MaintenanceStatementsTakeHomeAndContributionBases_ArePayData(string text, string name) =>
        Assert.Contains(("person_finance", name), PersonEntities(text));

    [Theory]
    [InlineData("抚养费一般按收入的百分之多少计算？")]
    [InlineData("公积金基数怎么调整？")]
    [InlineData("王芳统计的基数是100。")]
    [InlineData("王芳存了3个文件到网盘。")]
    public void PayWords_WithoutAPersonsPay_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_finance");

    [Theory]
    [InlineData("我表哥鲁俊峰查出小三阳，工作会受影响吗？", "鲁俊峰")]
    [InlineData("孕妇车佳慧被诊断为高危妊娠，需要住院观察。", "车佳慧")]
    [InlineData("我弟弟霍明轩听力下降得厉害，戴助听器。", "霍明轩")]
    [InlineData("舅舅苗国强戒毒所出来后一直在吃美沙酮。", "苗国强")]
    [InlineData("我叔叔祁建华肺结核还没好，在隔离。", "祁建华")]
    [InlineData("我室友万子涵有躁郁症，最近情绪很不稳定。", "万子涵")]
    [InlineData("患者丁佩珊患有紅斑狼瘡，定期覆診。", "丁佩珊")]
    [InlineData("我媽黃秀蘭要洗腎，每週三次。", "黃秀蘭")]
    [InlineData("我外公譚振華有老人癡呆，認唔到人。", "譚振華")]
    [InlineData("客户任雅婷坐轮椅，需要无障碍服务。", "任雅婷")]
    public void ConditionLexicon_SimplifiedTraditionalAndCantonese_IsHealthData(string text, string name) =>
        Assert.Contains(("person_health", name), PersonEntities(text));

    [Theory]
    [InlineData("乙肝小三阳会传染吗？")]
    [InlineData("高危妊娠需要注意什么？")]
    [InlineData("柏金遜症有甚麼治療方法？")]
    [InlineData("护士王芳在重症监护室上班，工作很累。")]
    [InlineData("麻醉师王芳今天值夜班。")]
    [InlineData("张伟英语听力考试得了满分。")]
    [InlineData("新冠疫情期间张伟在家办公，效率反而提高了。")]
    [InlineData("王芳的视力训练营下周开班，欢迎报名。")]
    public void ConditionWords_InGeneralQuestionsOrOtherSenses_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_health");

    [Theory]
    [InlineData("入园通知：新生司徒小禾的家长请周五前交齐报名表。", "司徒小禾")]
    [InlineData("公示：受助学生郑一鸣 获评二等助学金。", "郑一鸣")]
    [InlineData("兵役登记：预征对象慕容凯已完成网上报名。", "慕容凯")]
    public void SchoolAidEnrolmentAndMilitaryRegistration_AreRecordRoles(string text, string name) =>
        Assert.Contains(("person_record", name), PersonEntities(text));

    [Theory]
    [InlineData("欠款人卢天明于去年向我借款 8 万元，至今未还，帮我写催款函。", "person_finance", "卢天明")]
    [InlineData("应征青年上官明远体检不合格，原因为乙肝表面抗原阳性。", "person_health", "上官明远")]
    [InlineData("帮我写个确认函：借款学生 热依拉·艾买提，2001 年 3 月生，就读于某大学。", "person_birth_date", "热依拉·艾买提")]
    [InlineData("我同事 古丽娜·吐尔逊 查出甲状腺结节，下周手术。", "person_health", "古丽娜·吐尔逊")]
    public void DebtorsConscriptsAndDottedNames_CarryTheirAttribute(string text, string type, string name) =>
        Assert.Contains(PersonEntities(text), e => e.Value == name && (e.Type == type || type == "person_birth_date"));

    [Theory]
    [InlineData("列夫·托尔斯泰的《战争与和平》讲了什么？")]
    [InlineData("迈克尔·杰克逊出生于1958年。")]
    [InlineData("新生入学须知有哪些？")]
    public void DottedFamousNamesAndEnrolmentWords_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Theory]
    [InlineData("请写一份搬家通知：本人麦家辉已搬到沙田第一城 38 座 12 樓 F 室，以后信件寄这里。")]
    [InlineData("我外婆邓桂芳住在新界沙田禾輋邨豐和樓1203室。")]
    [InlineData("我阿嫲搬咗去顺利邨利富楼15楼8室，佢叫冼秀英。")]
    [InlineData("寄给我姨妈尤春兰，地址湖南省邵阳县白仓镇李家村三组。")]
    public void HongKongFlatsAndVillageGroups_AreHomeAddresses(string text) =>
        Assert.Contains(PersonEntities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("禾輋邨是哪一年落成的？")]
    [InlineData("沙田第一城有多少座楼？")]
    [InlineData("乡村振兴工作组下周到镇里调研。")]
    [InlineData("白仓镇李家村三组今年种了多少亩水稻？")]
    public void EstatesAndVillages_WithoutAHome_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("前夫钮文斌拖欠抚养费半年了，怎么起诉？", "钮文斌")]
    [InlineData("我婆婆邝玉兰高血压好多年了，能不能吃阿胶？", "邝玉兰")]
    public void QuestionsAboutTheWritersOwnKin_AreNotGeneralQuestions(string text, string name) =>
        Assert.Contains(PersonEntities(text), e => e.Value == name);

    [Theory]
    [InlineData("抚养费拖欠半年了，怎么起诉？")]
    [InlineData("司马懿的妻子是谁？")]
    public void KinQuestionsWithoutAPrivateName_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));
}
