using Router.Classification;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese classes of the eighth pass (issue 15): service, police, research, school and care records (服务对象, 报警人, 受试者,
/// 学生 with 学号), a famous name the writer disclaims (不是演员那位), obituaries and kin (先父, 家母, 享年, 八十三了), health
/// without a classic disease word (酒精依赖, lab values), Hong Kong pay (薪資, 強積金), and OCR'd letter-spaced forms (喻 志 刚,
/// 应 发 合 计). Every rule has cases that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class ChinesePersonContextEighthPassTests
{
    private static List<(string Type, string Value)> PersonEntities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type.StartsWith("person_", StringComparison.Ordinal)).Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool AnyPerson(string text) => PersonEntities(text).Count > 0;

    [Theory]
    [InlineData("请帮我整理个案记录：服务对象汪丽娟，独居，子女在外地，每周上门探访两次。", "汪丽娟")]
    [InlineData("接警记录：报警人丁海涛称其电动车在小区楼下被盗。", "丁海涛")]
    [InlineData("翻译成英文：受试者欧阳丹已签署知情同意书，下周一随访。", "欧阳丹")]
    [InlineData("班主任评语：学生廖佳怡，学号20230517，本学期进步明显。", "廖佳怡")]
    [InlineData("報警人丁海濤稱其電動車被盜。", "丁海濤")]
    public void ServicePoliceResearchAndSchoolRecords_AreRecordRoles(string text, string name) =>
        Assert.Contains(("person_record", name), PersonEntities(text));

    [Theory]
    [InlineData("社工如何与服务对象建立信任关系？")]
    [InlineData("报警人需要提供哪些信息？")]
    [InlineData("学生的学号一般是怎么编排的？")]
    [InlineData("学生李明在试管中加入了少量盐酸，观察到什么现象？")]
    [InlineData("求职者是否需要提供工资流水？")]
    public void RecordRoleWords_WithoutAPrivateRecord_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Theory]
    [InlineData("猎头备注：当前月薪25K，期望30K，求职者是蒋文博，三年Java经验。", "person_finance", "蒋文博")]
    [InlineData("总结：学员吴桐科目二挂了两次，教练建议周末加练。", "person_record", "吴桐")]
    [InlineData("员工刘德华（不是演员那位）本月绩效为B，请帮我写反馈。", "person_record", "刘德华")]
    [InlineData("帮我写封邮件：员工王菲（同名，不是歌手）下周起调岗到财务部。", "person_record", "王菲")]
    public void RoleHolders_NamedAfter是_OrDisclaimedAsFamous_OrWithAnotherPersonsRole_AreFound(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("刘德华演过哪些电影？")]
    [InlineData("王菲的歌为什么那么受欢迎？")]
    [InlineData("李国强，国家队教练，昨天确诊新冠")]
    public void PublicFigures_NotDisclaimed_StayPublic(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type is "person_record" or "person_health");

    [Theory]
    [InlineData("帮我写讣告：先父骆永福生前居于杭州市西湖区文三路123号，享年八十三岁。", "person_birth_date", "骆永福")]
    [InlineData("家母邝秀英于今年三月辞世，享年八十六岁。", "person_birth_date", "邝秀英")]
    [InlineData("我外婆缪桂兰八十三了，还每天跳广场舞。", "person_birth_date", "缪桂兰")]
    [InlineData("家父石振华，都九十了，身体还硬朗。", "person_birth_date", "石振华")]
    [InlineData("我叫何詠詩，九三年十月出世，想報名參加義工培訓。", "person_birth_date", "何詠詩")]
    public void ObituariesAndKin_NameAnAgeOrBirth(string text, string type, string name) =>
        Assert.Contains((type, name), PersonEntities(text));

    [Theory]
    [InlineData("先父这个词怎么用？")]
    [InlineData("讣告一般怎么写，享年和终年有什么区别？")]
    [InlineData("这棵树都八十多年了")]
    [InlineData("王老师说今年是建校八十周年了")]
    public void ObituaryWords_WithoutAPerson_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Theory]
    [InlineData("病历摘要：患者冉志强，酒精依赖十余年，近一周戒断症状明显。", "冉志强")]
    [InlineData("钟晓燕体检发现肝硬化早期，医生建议戒酒。", "钟晓燕")]
    [InlineData("帮我解读：毛丽萍 ALT 86 U/L，AST 72 U/L，是不是肝有问题？", "毛丽萍")]
    [InlineData("员工王明空腹血糖 7.8 mmol/L，需要复查。", "王明")]
    [InlineData("志愿者钱芳上周确诊乳腺癌，暂停排班。", "钱芳")]
    public void HealthWithoutAClassicDiseaseWord_NextToAName(string text, string name) =>
        Assert.Contains(("person_health", name), PersonEntities(text));

    [Theory]
    [InlineData("张伟写的依赖注入代码有问题，帮我看看。")]
    [InlineData("请帮我把王明的代码移植到新框架。")]
    [InlineData("乙肝表面抗原阳性是什么意思？")]
    [InlineData("空腹血糖 7.8 mmol/L 算糖尿病吗？")]
    public void LabAndDependencyWords_WithoutAPatient_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_health");

    [Theory]
    [InlineData("員工黎家豪本月薪資為港幣38,500元，扣除強積金1,500元。", "黎家豪")]
    [InlineData("入住人慕容雪的退休金每月4,120元，由女儿代领。", "慕容雪")]
    [InlineData("義工隊長鄭浩然話佢失業之後欠咗信用卡三萬幾。", "鄭浩然")]
    public void HongKongPayPensionsAndDebts_NextToAName(string text, string name) =>
        Assert.Contains(("person_finance", name), PersonEntities(text));

    [Theory]
    [InlineData("香港強積金的供款比例是多少？")]
    [InlineData("退休金每月4,120元够在北京生活吗？")]
    public void PayWords_WithoutAPerson_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Theory]
    [InlineData("体检报告摘录：受检者：喻 志 刚，血压150/95，建议复查。", "person_health")]
    [InlineData("姓 名 : 聂 婉 清\n性 别 : 女\n诊 断 : 二型糖尿病", "person_health")]
    [InlineData("工资条OCR：姓名 蔡 晓 东 应 发 合 计 12,300.00 实 发 10,845.20", "person_finance")]
    [InlineData("姓名：谭 静\n实 发 工 资：9,860.00", "person_finance")]
    public void LetterSpacedNamesAndLabels_AreReadClosedUp(string text, string type) =>
        Assert.Contains(PersonEntities(text), e => e.Type == type);

    [Theory]
    [InlineData("姓 名 : ________ 应 发 合 计 : ________（工资条模板）")]
    [InlineData("应发合计和实发工资有什么区别？")]
    public void LetterSpacedTemplates_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Fact]
    public void SpacedHan_ClosesUpSingleCharacterRunsOnly_KeepingLength()
    {
        Assert.Equal("聂婉清  ，病人 刘建国 住院", SpacedHan.CloseUp("聂 婉 清，病人 刘建国 住院"));
        var plain = "病人 刘建国 住院";
        Assert.Same(plain, SpacedHan.CloseUp(plain));
    }

    [Theory]
    [InlineData("我们供应商是海尔集团，地址青岛市崂山区海尔路1号，帮我写一封催货邮件。")]
    [InlineData("续写：侦探沈默住在江城梧桐路 7 号的阁楼里，那天夜里电话响了。")]
    [InlineData("银行卡号的前六位代表什么？举个例子说明一下，不要用真实卡号。")]
    public void OrganisationsFictionAndExplanations_DoNotFire(string text) =>
        Assert.False(AnyPerson(text));

    [Fact]
    public void HomeNearAnOrganisation_IsStillAHome() =>
        Assert.Contains(PersonEntities("我家在人民医院旁边，地址是杭州市上城区解放路88号3单元502室，快递放门口。"), e => e.Type == "person_address");
}
