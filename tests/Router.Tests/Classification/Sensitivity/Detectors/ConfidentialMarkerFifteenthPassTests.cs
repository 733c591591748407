using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the fifteenth pass (issue 15, session 23): a quoted or bracketed marker the writer gives as the
/// pasted document's own marking — after a verb of marking or heading, as a heading's quote, said at the top or stamped across
/// it, as a bracketed tag opening a line or closing a title — and a press release's embargo. A mistake, a removal of the
/// marking, a hypothetical, a how-to, a work's title or a template keeps the marker a mention. Sentences written for these tests.
/// </summary>
public sealed class ConfidentialMarkerFifteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("Can you tighten this up? It's a one-pager headed 'Strictly Confidential – Board Only'.\nQ1 hiring freeze: we propose pausing all backfills until April.")]
    [InlineData("pasting a doc labelled 'Restricted - Finance team' — can u make the numbers into a table\nRevenue Jan 1.2m Feb 1.4m Mar 1.1m")]
    [InlineData("I'm rewriting a briefing note headed 'Confidential: steering group only' — make this paragraph shorter: The vendor shortlist now has three names.")]
    [InlineData("Please translate into French a memorandum headed \"Strictly Private and Confidential\" from our Lyon office: The site will close in June.")]
    [InlineData("Got a spreadsheet titled 'Confidential – salary bands 2027' from HR, help me write formulas for the midpoints: Band A 40k-52k")]
    [InlineData("Subject line: \"Confidential – Q3 restructuring list\". Please proofread the email body below.\nHi all, as discussed on Monday…")]
    [InlineData("The deck says 'Internal – not for distribution' at the top; rewrite slide 3 in plainer English: our churn rose 4% in the SMB segment.")]
    [InlineData("Our board pack, with \"Confidential\" stamped across the cover, needs an executive summary: revenue fell 6% while margins held.")]
    [InlineData("memo headed 'Restricted: partners only' pasted below, fix the grammar pls\nthe firm will merge the two offices in spring")]
    [InlineData("Reformat this for Teams, it's a memo headed \"Confidential: audit committee only\" — Finding 3: segregation of duties gaps in AP.")]
    public void QuotedMarkerOfThePastedDocument_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("帮我把这张表整理一下，表头写着“机密—仅限财务部”：\n部门 预算 实际\n市场 120 98")]
    [InlineData("标题：“绝密｜收购方案”\n正文：目标公司估值约十二亿元，帮我缩写成三点")]
    [InlineData("邮件主题是“机密：明年组织调整”，下面是正文，帮我润色：各位同事，经管理层讨论……")]
    [InlineData("会议纪要题目是“内部讨论稿：组织架构调整”，请整理成要点：撤销华南大区，并入华东。")]
    [InlineData("表格标题写的是「機密-供應商報價比較」，幫我算一下平均單價：甲 12元 乙 15元")]
    [InlineData("簡報封面標註「限閱」，請幫我把以下內容改成條列式：第一季營收成長百分之八。")]
    public void QuotedMarkerOfThePastedDocumentZh_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("Our intern marked the newsletter 'Confidential' by mistake — how do I remove the label in Outlook?")]
    [InlineData("How do I add a 'CONFIDENTIAL' watermark to every page in Word?")]
    [InlineData("Recommend a film titled 'Top Secret!' or similar spoof comedies from the 80s.")]
    [InlineData("Should I mark the quarterly update 'Internal only' or is that overkill?")]
    [InlineData("The slide was labelled 'Internal' in error, it's actually a public deck; fix the footer text.")]
    [InlineData("Make a template email with the subject line \"Confidential – [Project name]\" that managers can reuse.")]
    [InlineData("Please remove the header that says 'Confidential' from the newsletter before we post it publicly.")]
    [InlineData("I received a letter marked 'Private and Confidential' for the previous tenant; draft a polite note returning it.")]
    [InlineData("同事把普通通知误标成“机密”了，怎么撤销这个标注？")]
    [InlineData("帮我把页眉里的“机密”字样去掉，这份通知已经对外公开了。")]
    [InlineData("有部电视剧标题是“机密档案”，讲的是什么故事")]
    [InlineData("模板里标题写“机密-XXX”，请帮我生成一个示例")]
    [InlineData("Notes marked 'Confidential' go in the red folder: remind the team in a friendly Slack message.")]
    [InlineData("Memo headed 'Restricted' on a film poster — who designed that prop?")]
    public void QuotedMarkerMentioned_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // Gate 3b: the mention words clear a marking only when they are about the marking; the writer's own text with the same
    // words still carries it.
    [Theory]
    [InlineData("It's a memo headed 'Internal only' — remove the customer names from it before I share it: Acme renewals are at risk.")]
    [InlineData("这份纪要标题是“机密：华南区调整”，请把撤销华南大区那段改短：华南大区撤销后并入华东。")]
    [InlineData("[Confidential – HR] Exit survey results below, turn them into a template-free summary: 40% cite pay.")]
    [InlineData("Subject: \"Confidential – pricing\" — how the discount works is explained below: tier 1 gets 5%, tier 2 gets 8%.")]
    public void MentionWordsAboutSomethingElse_StillAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("[Confidential – Legal] Draft response to the supplier's claim: we dispute items 4 and 7 of their invoice.")]
    [InlineData("## Roadmap 2027 (INTERNAL – engineering only)\n- migrate billing to the new ledger\n- retire v1 API")]
    [InlineData("[Internal – Sales] New discount matrix below, can u check the maths\nTier 1 5% Tier 2 8%")]
    [InlineData("Clean up this Slack export:\n[Confidential - Finance] prelim margin is 31%, pls keep it in this channel\nok noted")]
    [InlineData("【内部资料·财务部】2027年预算草案如下，请帮我改成表格：市场费用120万，研发300万")]
    [InlineData("（内部 - 仅限销售团队）新价格政策说明：老客户续约九折，请改写得更简洁")]
    [InlineData("【保密·法务】关于供应商索赔的答复草稿：我方不认可第四项费用。")]
    [InlineData("[內部文件-行政] 下週辦公室搬遷安排如下，請幫我潤飾文字：週五下午打包。")]
    public void BracketedTagOpeningALineOrClosingATitle_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("[Confidential – HR] is how our company template tags subject lines; what other tags do companies use?")]
    [InlineData("What does (INTERNAL – do not share) mean in an email subject?")]
    [InlineData("[Secret Santa] who's in this year? sign up below with your wishlist")]
    [InlineData("[Internal Medicine] Patient leaflet on hypertension, simplify the language for older readers")]
    [InlineData("【机密-模板】请生成一个公司文件抬头示例，部门名称用XXX代替")]
    [InlineData("(Top Secret – a 1984 comedy) who starred in it and is it worth watching?")]
    [InlineData("【内部】和【外部】两种标签有什么区别？")]
    public void BracketedMarkerMentionedOrOrdinary_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    [Theory]
    [InlineData("Embargo: 10am CET, 2 Feb 2027\nHEADLINE: City council approves new tram line. Shorten to 80 words.")]
    [InlineData("Hold for release until Tuesday 9am — draft a tweet summarising this announcement: we are acquiring Gamma Ltd.")]
    [InlineData("Not to be published before 14:00 BST on 3 June. Proofread: Delta Bank names new chief executive.")]
    [InlineData("新闻稿（禁发至2027年1月8日10:00）\n某某公司今日宣布在苏州建厂，请帮我润色")]
    [InlineData("禁发时间：1月15日上午9点前\n本市将启用新的垃圾分类标准，帮我改成微博文案")]
    [InlineData("本稿件在1月20日18:00前请勿发布。以下是正文：我司第四季度营收同比增长两成。")]
    [InlineData("新聞稿 禁發至2027年3月2日上午10時，請幫我改寫導言：本公司推出全新電動車款。")]
    [InlineData("【禁发】1月9日零时前不得报道。某部委将发布新的数据安全规定，帮我写个摘要")]
    [InlineData("稿件禁发：周五18:00前。请帮我改标题：本市地铁5号线年底通车。")]
    public void EmbargoNote_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("What does 'embargoed until' mean on a press release?")]
    [InlineData("How long did the US embargo on Cuba last, and until when was it enforced?")]
    [InlineData("禁发至是什么意思？新闻行业的禁发时间一般多久")]
    [InlineData("贸易禁运持续到2025年底，对两国经济有什么影响")]
    [InlineData("请给我一个新闻稿模板，开头写“禁发至XX月XX日XX时”")]
    [InlineData("The arms embargo until 2030 was debated at the UN; summarise the arguments.")]
    [InlineData("药品广告在审批通过前不得发布，请解释这条规定的依据。")]
    [InlineData("禁发：新闻行业里这个词指什么，一般要提前几天通知媒体")]
    public void EmbargoMentionedOrTradeEmbargo_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));
}
