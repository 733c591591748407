using Router.Classification;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese names by the context that vouches for them (issue 15, zh pass): a set-apart token, a field label, a relation or
/// salutation, a verb taking a person, a title, or what a person does; and the words jieba's dictionary knows, which are
/// never names (高血压, 周末) nor, without a label, famous or fictional people (韦小宝).
/// </summary>
public sealed class ChineseNameContextTests
{
    [Theory]
    // A token set apart by spaces, table bars or quotes, whatever its given-name characters.
    [InlineData("欧阳思琪 出生于2001年5月，请帮她填表", "欧阳思琪")]
    [InlineData("病人 蓝婧彤 2026/04/18 行阑尾切除术", "蓝婧彤")]
    [InlineData("| 序号 | 姓名 |\n| 3 | 卜凌枫 | 部门 |", "卜凌枫")]
    [InlineData("把“郑沛霖，支架术后”整理成病历", "郑沛霖")]
    // Any field label before a colon.
    [InlineData("转正登记：包泓栩，生日 1990/01/02", "包泓栩")]
    // A relation, a salutation or a self-reference before the name.
    [InlineData("我妈骆翠屏确诊糖尿病五年了", "骆翠屏")]
    [InlineData("我家孩子葛沐桐生日是2017.09.01", "葛沐桐")]
    [InlineData("请假条：本人龚逸航因肠胃炎请假两天", "龚逸航")]
    [InlineData("催款函：尊敬的阎秉坤先生，您尚欠", "阎秉坤")]
    [InlineData("兹证明单于晨自2020年起在我司任职", "单于晨")]
    [InlineData("您好，我是龚若岚，想问一下我的体检报告", "龚若岚")]
    // A verb whose object is a person, before a two-character name.
    [InlineData("帮我给林娜发个消息问问化疗的情况", "林娜")]
    // A title after the name, with nothing before it.
    [InlineData("这是财务部的邵国栋先生", "邵国栋")]
    // Mid-sentence: common given-name characters and what a person does.
    [InlineData("开会的时候江一帆说他房贷压力大", "江一帆")]
    [InlineData("隔壁组的杜晓光被查出胆结石", "杜晓光")]
    // Surnames added in this pass.
    [InlineData("客户：萧雅婷，欠款三千", "萧雅婷")]
    [InlineData("患者洪建平，男，60岁", "洪建平")]
    public void Find_NameInVouchingContext_FindsIt(string text, string expected)
    {
        var names = PersonNames.Find(text);

        Assert.Contains(names, n => text[n.Start..n.End] == expected);
    }

    [Theory]
    // Ordinary words in name positions: set apart, after a label, after a title, at a clause boundary.
    [InlineData("诊断 高血压 2级")]
    [InlineData("诊断：高血压，建议低盐饮食")]
    [InlineData("结果：阳性 建议：复查")]
    [InlineData("周末老师带我们去春游")]
    [InlineData("丁香医生说布洛芬不能空腹吃")]
    [InlineData("常见的感冒药有哪些？")]
    [InlineData("龙虾过敏的症状有哪些？")]
    [InlineData("宁波银行的房贷利率是多少？")]
    [InlineData("明天要体检，今晚几点以后不能吃东西？")]
    // Famous and fictional people jieba knows, without a label.
    [InlineData("韦小宝一共有几个老婆？")]
    [InlineData("，诸葛亮病逝于五丈原")]
    [InlineData("鲁迅出生于1881年9月25日")]
    [InlineData("我是高中生，体检发现心律不齐")]
    // Stock example names and placeholders.
    [InlineData("收件人：张三 电话：138xxxxxxxx")]
    [InlineData("尊敬的客户某某某，您的贷款已逾期")]
    public void Find_WordOrKnownPersonInNamePosition_FindsNoChineseName(string text)
    {
        var names = PersonNames.Find(text);

        Assert.DoesNotContain(names, n => text[n.Start..n.End].Any(c => c is >= '\u4E00' and <= '\u9FFF'));
    }

    [Theory]
    [InlineData("老板，郑家豪这个月的提成是8万，要不要分两次发？")]
    [InlineData("[小美] 你知道吗，市场部的曾晓丽怀孕了\n[阿杰] 真的假的")]
    [InlineData("给我姐姐祁雅文转了两千块生活费，帮我记一下")]
    [InlineData("民事起诉状\n原告：龚建平，男，汉族\n被告：某某装饰有限公司")]
    [InlineData("晚上好，我是二班刘梓涵的妈妈，孩子今天发烧39度")]
    [InlineData("您好，我是龚若岚，想查一下我的理赔进度")]
    public void Classify_PersonalQuestionOrRecord_IsSensitive(string text)
    {
        var verdict = SensitivityClassifierFactory.Create().Classify([text], []);

        Assert.Contains(verdict.Entities, e => e.Type.StartsWith("person_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("杨振宁和翁帆相差多少岁？")]
    [InlineData("任正非在华为的年薪是多少？")]
    [InlineData("韦小宝一共有几个老婆？")]
    [InlineData("本店地址：杭州市上城区解放路138号，营业时间9:00-21:00，欢迎光临！")]
    [InlineData("故宫博物院地址是北京市东城区景山前街4号，周一闭馆。")]
    [InlineData("例：员工李四，月薪5000元，请计算个税。")]
    public void Classify_FamousFictionVenueOrTemplate_IsNotPersonal(string text)
    {
        var verdict = SensitivityClassifierFactory.Create().Classify([text], []);

        Assert.DoesNotContain(verdict.Entities, e => e.Type.StartsWith("person_", StringComparison.Ordinal));
    }

    [Fact]
    public void Kind_DictionaryWords_AreSorted()
    {
        Assert.Equal(ChineseWordKind.Word, ChineseWords.Kind("高血压"));
        Assert.Equal(ChineseWordKind.NameLikeWord, ChineseWords.Kind("文明"));
        Assert.Equal(ChineseWordKind.NameLikeWord, ChineseWords.Kind("鲁迅"));
        Assert.Equal(ChineseWordKind.KnownPerson, ChineseWords.Kind("诸葛亮"));
        Assert.Equal(ChineseWordKind.None, ChineseWords.Kind("宋雨桐"));
    }
}
