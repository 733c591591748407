using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the seventeenth pass (issue 15, session 25). Sentences written for these tests.
/// </summary>
public sealed class ConfidentialMarkerSeventeenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    // 1. A header or footer label after 的 or as 页尾/落款/水印, then the level with its keeping instruction running on.
    [Theory]
    [InlineData("这本手册的页眉：内部资料注意保存。内容是仓库的盘点流程，帮我改成流程图")]
    [InlineData("頁尾：內部資料請妥善保管。以下是各分店的客訴統計，幫我做成表格")]
    [InlineData("合同的落款：机密，妥善保管。附件是经销商的返利比例，帮我算一下")]
    [InlineData("这份简报的水印：内部资料 注意保密。里面是明年的招聘计划，帮我压缩成一页")]
    public void HeaderOrFooterLabel_ThenLevelAndKeeping_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("怎么在页脚加上“内部资料 妥善保管”这几个字？")]
    [InlineData("页脚一般写什么？公司名称、页码和日期就够了吗")]
    [InlineData("这本书的封面：秘密花园，帮我写一段书评")]
    [InlineData("页眉：第三章 市场分析。帮我把这一章缩写到五百字")]
    public void HeaderOrFooterWithoutAMarker_IsNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // 2. A secrecy-level field with a grade word, its value ending at the sentence's full stop and the text following.
    [Theory]
    [InlineData("密级：核心。以下是新电池的配方参数，帮我做成对比表")]
    [InlineData("保密等级：一般。下面是各门店的租金明细，帮我算出总数")]
    [InlineData("保密級別：重要。以下是供應商的報價清單，幫我找出最低價")]
    [InlineData("安全级别：受限。附上机房搬迁方案，帮我估一下停机时长")]
    [InlineData("文件级别：机密。这是下季度的促销预算，请帮我检查公式")]
    public void LevelFieldWithGrade_ThenText_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("密级：核心。这是什么意思？和机密有什么区别？")]
    [InlineData("我们的核心团队只有五个人，怎么做好分工？")]
    [InlineData("保密级别分为哪几种？重要、一般各代表什么？")]
    [InlineData("安全级别：高。这个密码够安全吗")]
    [InlineData("文件级别：重要的文件应该怎么归档？")]
    [InlineData("文件级别：重要的话需要怎么审批")]
    public void LevelWordsNotLabellingThisText_AreNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // 3. A stamp on a page: 盖 (or 印/写/标) before a quoted level, then what kind of mark it is.
    [Theory]
    [InlineData("这份合同首页盖 “机密” 章，是与代理商的分成条款，帮我翻成英文")]
    [InlineData("方案封面蓋「絕密」印，是新廠的選址比較，幫我濃縮成三點")]
    [InlineData("这份报价单每页都盖“内部资料”戳，帮我核对一下单价")]
    public void StampedQuotedLevel_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("盖“机密”章的文件应该怎么保管？有什么规定？")]
    [InlineData("怎么制作一个写着“秘密”的印章？")]
    [InlineData("小说里主角在信封上盖了“绝密”章，这个情节怎么写得更紧张？")]
    [InlineData("我在本子上写“机密”两个字，帮我设计个封面")]
    public void StampTalkedAbout_IsNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // 4. A quoted restriction of the readers to a named body, on the document the request hands over.
    [Theory]
    [InlineData("标注“仅限人力资源部阅览”的调薪方案，帮我检查有没有遗漏")]
    [InlineData("註明「法務部專用」的和解條件草稿，幫我改得更正式")]
    [InlineData("标示「仅供董事会参阅」的收购备忘录，请帮我列出主要风险")]
    [InlineData("这份纪要标了“只限审计委员会查阅”，内容是内控缺陷清单，帮我排个优先级")]
    public void QuotedReaderRestriction_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("标注“仅限财务部阅览”的文件该怎么归档？公司制度有要求吗？")]
    [InlineData("什么叫“僅供董事會參閱”？這種標註有法律效力嗎？")]
    [InlineData("标注“会员专用”的停车位，帮我写个告示")]
    [InlineData("这份资料标了“仅供参考”，帮我总结一下")]
    [InlineData("公司规定：标注“仅限财务部阅览”的文件不得带出办公室，帮我改写这条规定")]
    public void ReaderRestrictionNotOnThisText_IsNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // 5. "We marked this one too": 也标了/还标了/都标了 before a quoted internal-only marking.
    [Theory]
    [InlineData("这份纪要也标了“不对外”，是裁员沟通口径，帮我润色")]
    [InlineData("这几份我们都标了「内部资料不对外」，内容是渠道返利政策，帮我合并成一份")]
    [InlineData("附件还标了“仅供内部参考”，是竞品定价分析，帮我做个对比表")]
    public void AlsoMarkedQuoted_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("我也标了“重点”，帮我看看这份学习计划")]
    [InlineData("他们都标了“仅供参考”，这些数据能信吗？")]
    [InlineData("这个展厅不对外开放，周末能去参观吗")]
    public void AlsoMarkedWithoutAMarker_IsNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // 6. Every page written with a quoted level (Traditional 寫, Simplified 写).
    [Theory]
    [InlineData("這份文件每頁都寫「公司機密」，是明年的組織調整，幫我整理重點")]
    [InlineData("这份方案每页都写 “内部资料 Internal”，是新品上市节奏，帮我写成邮件")]
    public void EveryPageWrittenQuoted_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Fact]
    public void EveryPageWrittenDraft_IsNotAMarking() =>
        Assert.DoesNotContain("confidential_document", Types("每页都写“草稿”的文件怎么批量去掉水印？"));

    // 7 and 8. A chain of caveats, or a privilege heading alone, opening the message with the text after it.
    [Theory]
    [InlineData("Attorney-client communication. Counsel's view on the warranty claim is below: what should we concede?")]
    [InlineData("Legal privilege. Notes from our call with outside counsel about the redundancies: draft a summary for the CEO.")]
    [InlineData("Attorney–client privileged communication\nOur lawyer thinks the landlord's notice was invalid. List the arguments.")]
    [InlineData("Subject to contract – confidential. Heads of terms for the Leeds warehouse: which points are agreed?")]
    [InlineData("Draft - STC - confidential. Offer letter for the retail unit on King Street; flag anything unusual.")]
    [InlineData("Attorney-client communication — advice from our counsel on the lease break. What are my options?")]
    [InlineData("Without prejudice | Confidential\nOur revised offer to settle the invoice dispute is £18,000. Make it firmer.")]
    public void CaveatHeading_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("What is attorney-client privilege and when does it apply?")]
    [InlineData("Attorney-client communication rules: can my lawyer share what I told him with my wife?")]
    [InlineData("I have subject to contract law questions for my exam: what is consideration?")]
    [InlineData("What does \"subject to contract\" mean on a house offer in the UK?")]
    [InlineData("Draft a short story about a confidential informant who betrays the police.")]
    [InlineData("Legal privilege is a complex area; explain it simply for law students.")]
    [InlineData("Attorney-client communication. Explain when a court can order it disclosed.")]
    [InlineData("Draft - subject to contract. Please explain what this heading means on a lease offer.")]
    [InlineData("Attorney-client communication, as I understand it, is protected. Explain the exceptions to me please.")]
    [InlineData("Attorney-client communication - what it covers and when it is waived. Write me a study note.")]
    public void CaveatWordsInASentence_AreNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // 9. A captioned page or ticket with its quoted marking, then the task on it.
    [Theory]
    [InlineData("Wiki article tagged \"Internal – Restricted to SRE on-call\". Rewrite it as a checklist.")]
    [InlineData("Jira ticket labelled 'Restricted to security team'. Summarise the incident timeline.")]
    [InlineData("Notion doc marked \"Internal use – Finance only\". Turn it into a slide outline.")]
    public void CaptionedPageWithQuotedMarking_ThenTask_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("Our policy says documents marked Internal must not leave the building. Is that enforceable?")]
    [InlineData("How do I add a 'Confidential' footer in Word?")]
    [InlineData("Confluence pages marked 'Internal – Restricted' must be reviewed quarterly; write a reminder email.")]
    [InlineData("How do I restrict a Confluence page to Tier 3 engineers only?")]
    [InlineData("Blog post tagged 'Internal tools'. Rewrite it for a public audience.")]
    [InlineData("News article marked 'Restricted' by the government leaked yesterday. Summarise the coverage.")]
    [InlineData("A wiki page marked 'Internal' shows up in my novel's plot. Rewrite the chapter.")]
    public void MarkingRulesAndQuestions_AreNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));
}
