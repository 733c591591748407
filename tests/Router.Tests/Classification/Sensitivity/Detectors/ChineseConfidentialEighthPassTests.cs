using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Chinese confidential markers of the eighth pass (issue 15): levels spelt out with spaces (机 密, 秘 密 ★ 一年), the state-secret
/// marking level★period wherever it stands, traditional spellings read through the shared fold (嚴禁外洩, 祕密), and a marker that
/// opens the quoted text of a translate or proofread request. Every rule has cases that must fire and cases that must not; all
/// examples are written for these tests.
/// </summary>
public sealed class ChineseConfidentialEighthPassTests
{
    private static List<string> Markers(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type == "confidential_document").Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("秘 密 ★ 一年\n关于2027年度采购预算调整的通知\n各部门：经研究决定……", "秘 密")]
    [InlineData("机 密\n华东区三季度渠道返利方案\n一、返利比例调整为……", "机 密")]
    [InlineData("绝　密\n\n并购谈判底线价格：每股不低于12元", "绝　密")]
    [InlineData("请整理这段PDF文字：\n内 部 资 料\n客户名单与报价如下", "内 部 资 料")]
    [InlineData("严 禁 外 传\n第三季度经营分析", "严 禁 外 传")]
    [InlineData("机 密 文 件\n新产品定价策略", "机 密 文 件")]
    public void SpacedHanMarker_LabellingTheText_Counts(string text, string marker) =>
        Assert.Contains(marker, Markers(text));

    [Theory]
    [InlineData("秘 密 花 园 是谁写的")]
    [InlineData("秘 密 花 园是谁写的")]
    [InlineData("“机 密”两个字中间为什么要加空格？")]
    [InlineData("我把 秘 密 两个字拆开写了，你觉得好看吗")]
    public void SpacedHanWords_InAQuestionOrAnotherWord_DoNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("以下是扫描件的文字 秘密★一年 关于调整工资标准的请示", "秘密")]
    [InlineData("帮我改写这份通知的语气：机密★十年 关于新型号研制进度的报告", "机密")]
    [InlineData("总结一下 绝密★长期 某型装备试验数据汇总如下", "绝密")]
    [InlineData("请校对 机密 ★ 2年 关于调整部分岗位薪酬的通知（征求意见稿）", "机密")]
    public void StateSecretMarking_LevelStarPeriod_CountsAnywhereInTheLine(string text, string marker) =>
        Assert.Contains(marker, Markers(text));

    [Theory]
    [InlineData("“秘密★一年”这种标志是什么意思？")]
    [InlineData("公文中密级和保密期限的标注格式是怎样的，例如秘密★1年？")]
    [InlineData("绝密★启用前是高考试卷上的标志吗")]
    [InlineData("国家秘密的密级分为绝密、机密、秘密三级，请解释一下保密期限怎么标注。")]
    public void StateSecretMarking_AskedAbout_DoesNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("請幫我整理：祕密\n董事會名單如下", "祕密")]
    [InlineData("翻譯：嚴禁外洩\n客戶報價單", "嚴禁外洩")]
    [InlineData("機密檔案：新產品定價策略（草案）", "機密")]
    public void TraditionalMarkers_ReadThroughTheFold(string text, string marker) =>
        Assert.Contains(marker, Markers(text));

    [Theory]
    [InlineData("機密和絕密有什麼不同？")]
    [InlineData("公司內部資料應該如何保存比較安全？")]
    [InlineData("為什麼有些文件要標註嚴禁外洩？")]
    [InlineData("祕密花園這本書講的是什麼？")]
    public void TraditionalMarkers_AskedAbout_DoNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("翻译成英文：机密文件：关于收购某物流公司的尽调报告，仅限董事会阅读。", "机密")]
    [InlineData("帮我校对：“绝密——新一代定价算法参数，项目代号‘青鸟’。”", "绝密")]
    [InlineData("幫我翻譯成英文：「機密文件，嚴禁外傳」本公司明年裁員名單初稿。", "機密")]
    [InlineData("帮我翻译：“绝密”本季度营收数据与裁员计划如下", "绝密")]
    public void MarkerOpeningTheQuotedTextOfATask_Counts(string text, string marker) =>
        Assert.Contains(marker, Markers(text));

    [Theory]
    [InlineData("翻译：“机密”")]
    [InlineData("印章上写着“绝密——严禁复制任何内容”，我只知道这些。")]
    [InlineData("文件上印着：“机密”字样，这是什么意思")]
    [InlineData("帮我翻译：「機密」這兩個字")]
    [InlineData("保密制度：机密文件、秘密文件应存放于保险柜。")]
    [InlineData("保密管理规定：机密文件应当由专人保管，不得复印。")]
    public void MarkerMentionedInATask_DoesNotCount(string text) =>
        Assert.Empty(Markers(text));
}
