using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the eighteenth pass (issue 15, session 26), from the fifteenth author's classes. Sentences written
/// for these tests.
/// </summary>
public sealed class ConfidentialMarkerEighteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    // 1. A restriction quoted where it stands on the document (表头, 抬头, 顶部, 水印, 标签, 字样), marked on it (标“…”, 盖着“…”),
    // handed over or said aloud (下面是…“…”, 转来的：“…”), or led by a place word's colon (页脚：…).
    [Theory]
    [InlineData("飞书群里转来的：“这事先别往外说，内部消息：华南仓下月关停”，帮我写成给门店的正式通知")]
    [InlineData("人事发的考勤汇总表表头有“绩效保密”字样，帮我算一下三个组的平均分：A 组 82，B 组 77")]
    [InlineData("学校的通知抬头“校内文件 请勿上网”，内容是期末监考安排，帮我整理成表格")]
    [InlineData("新品通稿顶部“禁发至 5 月 8 日 10 时”，售价 2999 元，帮我拟三个标题")]
    [InlineData("这份 PDF 每页水印都是“严禁外传 违者必究”，帮我写汇报提纲：Q3 营收 1.2 亿")]
    [InlineData("飞书文档的权限标签是“机密-仅限财务组”，内容是裁员名单，帮我排成表格")]
    [InlineData("下面是街道办“内部工作材料，请勿外传”，关于垃圾分类补贴的测算，帮我做成图表")]
    [InlineData("文件页脚：内部资料注意保存。内容是华北区的降价计划，帮我写成邮件")]
    [InlineData("我们部门也会标“内部资料不对外”，这份是渠道返点方案，帮我写沟通稿")]
    [InlineData("方案首页盖着“商业秘密 请勿复印”，帮我把里面的报价整理一下：A 方案 30 万")]
    [InlineData("這份簡報每頁水印都是「嚴禁外傳 違者追究」，幫我寫三點摘要")]
    [InlineData("这份采购合同封面的密级“机密”，帮我摘出付款条款：首付 30%，尾款 10%")]
    public void RestrictionQuotedAtItsPlace_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("保密协议怎么写？帮我列一个提纲")]
    [InlineData("薪酬保密制度合法吗？")]
    [InlineData("Java 内部类和静态内部类有什么区别？")]
    [InlineData("怎么给 PPT 加水印“内部资料”？")]
    [InlineData("Word 怎么设置页眉“机密”字样？")]
    [InlineData("公司规定：页眉标“机密”的文件必须锁在柜子里，帮我改写得正式一点")]
    [InlineData("社区公告抬头写着“欢迎转发 可以外传”，帮我润色一下")]
    [InlineData("这个通知可以外传，帮我改得更口语一点")]
    [InlineData("禁发时间的法律效力是什么？新闻禁发至某时违反了会怎样？")]
    [InlineData("标签：保密协议，合同范本，法律文书")]
    [InlineData("我们公司的目标“三年上市”，帮我写一段年会致辞")]
    [InlineData("商品标签“仅供参考 以实物为准”，帮我翻译成英文")]
    [InlineData("这本小说的封面“秘密森林”很好看，帮我写一段书评")]
    [InlineData("课件封面：保密法知识讲座，帮我写开场白")]
    [InlineData("奶茶店的标签“仅限堂食”，帮我翻译成英文")]
    [InlineData("活动海报顶部“仅限会员参加”，帮我改得更吸引人")]
    [InlineData("会议室门上标着“仅限员工进入”，帮我翻译")]
    [InlineData("公众号文章顶部写着“转载请注明出处”，帮我写一段版权声明")]
    [InlineData("网上流传的截图显示，文件抬头有“绝密”字样，这是真的吗？")]
    // The scale of levels listed in one quote after 密级 (found by the lead's end-of-pass read): a question about levels.
    [InlineData("档案的密级“绝密、机密、秘密”各自的保密期限一般是几年")]
    [InlineData("单位文件的密级分“秘密，机密，绝密”三档，分别由谁定级")]
    public void SecrecyWordsWithoutAPlacedRestriction_AreNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // 2. English: an eyes-only chain heading a carried document, a task's status field read out, a ban on passing the text to
    // a named outside audience, a level field opening a quoted document.
    [Theory]
    [InlineData("The grant memo is headed \"strictly private — panel members' eyes only\": we can fund £18k, they asked £30k. Draft our reply.")]
    [InlineData("Our council's budget note is headed \"Councillors' eyes only\": the pool closes in May. Draft the staff letter.")]
    [InlineData("Jira epic \"Closure of the Leeds plant\" — the status field reads \"Confidential / need-to-know\". Write a summary for HR only.")]
    [InlineData("Translate into Spanish: \"INTERNAL — DO NOT SHARE WITH DONORS. The clinic will close in March although the appeal runs to June.\"")]
    [InlineData("Proofread: \"Draft v2. Not to be forwarded to vendors. Our new rates start in April and rise by 6 %.\"")]
    [InlineData("Make this a one-pager: \"Classification: INTERNAL. Headcount will drop by 40 in the Lisbon office.\" For the exec team.")]
    public void EnglishMarkingOfTheCarriedText_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("What is the need-to-know principle? Explain it for new staff.")]
    [InlineData("Our API returns 500 internal server error on /orders, how do I debug it?")]
    [InlineData("Add an internal link from the pricing page to the FAQ")]
    [InlineData("What should the status field read, \"Confidential\" or \"Internal\", for HR tickets?")]
    [InlineData("Explain this: \"Classification: a supervised learning task where labels are discrete.\"")]
    [InlineData("Is an embargo on press releases legally binding?")]
    [InlineData("Your code is 482193. Do not share it with anyone.")]
    [InlineData("Mia's essay is headed \"My summer in Porto\": make it more vivid.")]
    [InlineData("Should charities share donor lists with partners? Write a short policy note.")]
    [InlineData("We never share with third parties. Rewrite our privacy notice to say that more warmly.")]
    [InlineData("The spreadsheet column reads \"Internal ID\", can you explain what it maps to?")]
    public void EnglishNearMisses_AreNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));
}
