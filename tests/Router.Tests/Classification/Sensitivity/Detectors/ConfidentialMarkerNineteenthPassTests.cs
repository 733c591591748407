using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the nineteenth pass (issue 15, session 27), from the sixteenth author's classes: a restriction
/// phrase composed of parts (a disclosure ban, a status word with an audience limiter or a caveat) attached to the text it
/// marks. Sentences written for these tests, several trades and countries per class, with the near misses beside them.
/// </summary>
public sealed class ConfidentialMarkerNineteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    // 1. English: the phrase quoted at its place (heading, banner, watermark, footer, stamp), set off next to its document,
    // bracketed on a file name, or the value of a visibility/audience field; a classification banner with its caveat.
    [Theory]
    [InlineData("The negotiation doc is headed \"strictly private — committee eyes only\": we offered $30k for the goalkeeper, agent wants $55k. Write a counter.")]
    [InlineData("Our rugby club's recruitment note is headed \"strictly confidential — selectors eyes only\": we offered NZ$45k for the lock. Draft a reply.")]
    [InlineData("The lab's assay protocol is headed \"Sensitive — QA leads only\": batch 44 failed endotoxin at 0.8 EU/mL. Write the deviation summary.")]
    [InlineData("This wiki page opens with a banner \"⚠ Sensitive — core team only\" and then our incident review with affected merchant counts. Rewrite the timeline.")]
    [InlineData("Hotel group Confluence page, banner \"Restricted — regional GMs only\", then the 2027 rate cuts for Lisbon and Porto. Make a table.")]
    [InlineData("Internal anti-fraud doc, watermark \"NDA – do not leak\": describes our device fingerprinting rules. Summarise for new analysts.")]
    [InlineData("Internal design doc with the footer \"NDA — don't leak\": it explains how our fraud engine scores new merchants. Summarise for onboarding.")]
    [InlineData("Mining JV term sheet with the footer \"Private – do not forward\": royalty falls to 3.5% after year two. Explain the economics to our CFO.")]
    [InlineData("Slack canvas with the watermark \"internal – don't share\": our churn model flags 1,200 accounts. Summarise for sales.")]
    [InlineData("Board paper — \"Not for release: confidential to trustees\" — the fundraising shortfall is £1.2m. Draft the chair's opening remarks.")]
    [InlineData("Strike committee paper — \"Not for publication: confidential to the committee\" — ballot turnout projected at 38%. Draft talking points.")]
    [InlineData("Vineyard co-op paper — \"Not for circulation: confidential to the board\" — grape intake down 22%. Draft the chair's note.")]
    [InlineData("Comments on the Google Doc \"Restructure_v5 (DO NOT SHARE)\": \"merge Leeds and York teams\". Summarise the plan.")]
    [InlineData("The airline roster file \"Crew_cuts_Q3 (DO NOT FORWARD)\" lists base closures in Cork and Bari. Summarise it.")]
    [InlineData("Zendesk macro, visibility: Internal — agents' eyes only. It explains the manual refund override. Make it a checklist.")]
    [InlineData("SharePoint page, visibility: Restricted — finance team eyes only. It lists the bonus pool by region. Turn it into bullets.")]
    [InlineData("Confluence space, audience: internal — leadership only. It covers the Lyon plant closure timeline. Summarise.")]
    [InlineData("These are the supervisory board's closed minutes (stamped \"Streng vertraulich – nur für Aufsichtsratsmitglieder\"): the CEO is to be replaced in Q2. Translate them.")]
    [InlineData("Cover page stamped \"Vertrouwelijk – alleen voor de directie\": the Rotterdam depot closes in June. Translate to English.")]
    [InlineData("The tender summary (stamped \"Confidencial – solo para el comité\") shows our bid at €4.1m. Translate it.")]
    [InlineData("\"CONFIDENTIAL//NOFORN\" heads this cable: the envoy's summary of the president's private views on the ceasefire. Summarise in 4 lines.")]
    [InlineData("Top of the memo reads \"SECRET//REL TO USA, GBR\": the attaché's notes on the defence minister's off-record comments. Give me a five-bullet summary.")]
    [InlineData("Top of the note: \"TOP SECRET//SI//NOFORN\", the liaison officer's notes on the minister's comments. Summarise.")]
    [InlineData("UNCLASSIFIED//FOR OFFICIAL USE ONLY — the field office's weekly incident tally. Rewrite as a table.")]
    [InlineData("The spreadsheet tab is named \"Salaries – HR eyes only\": median is £42k. Summarise.")]
    [InlineData("Email subject line: \"Restricted — do not forward: Q4 layoffs in the Austin office\". Draft a reply to the team lead.")]
    [InlineData("The PDF has \"Confidential – for the audit committee only\" across the top: three control failures in payroll. Summarise.")]
    [InlineData("Figma file \"Rebrand 2027 [internal – do not share]\" has the new pricing tiers at $29 and $79. Write the launch email.")]
    [InlineData("Notion page marked \"Private — founders only\": we plan to raise at a $40m valuation. Draft the investor update.")]
    [InlineData("Airtable base, sharing: restricted — ops leads only. It tracks the warehouse closures. Summarise.")]
    [InlineData("Label on the folder: \"Do not circulate — partners only\". Inside: fee cuts for 2027. Summarise.")]
    [InlineData("Here's the deck (confidential, leadership only): revenue fell 9% in Q3. Write speaker notes.")]
    [InlineData("This is our trade secret — the curing times and brine ratios for the hams. Turn it into an SOP.")]
    [InlineData("These are our unpublished Q3 numbers (not for release before the results call): EBITDA down 14%. Write commentary.")]
    [InlineData("Sticky note on the binder: \"Board only – not for release\". It holds the merger valuation at €310m. Summarise.")]
    [InlineData("The intranet post carries the tag \"staff eyes only — don't forward\": night shifts end in May. Rewrite for the managers.")]
    [InlineData("Kanban card \"Plant 3 closure (confidential – execs only)\": 212 roles affected. Draft the comms plan.")]
    [InlineData("Minutes of the tenants' board, headed \"Private & confidential — board members only\": the rent rise is 7%. Summarise.")]
    [InlineData("The memo is headed \"Internal memo — board only\": we will exit the Chilean market. Draft the announcement.")]
    public void EnglishComposedRestriction_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("What does CONFIDENTIAL//NOFORN mean on a State Department cable?")]
    [InlineData("How do I word a confidentiality notice like \"Confidential — board eyes only\" for our emails?")]
    [InlineData("Is \"internal only\" enough on an email, or should we write \"do not forward\"?")]
    [InlineData("Translate \"Vertraulich – nur für Betriebsratsmitglieder\" into English.")]
    [InlineData("Write a footer that says \"Private – do not forward\" for our sales decks.")]
    [InlineData("In my spy novel, the file is headed \"strictly private — director's eyes only\". Continue the chapter.")]
    [InlineData("The Guardian reported that the memo headed \"Not for publication: confidential to the cabinet\" was leaked. Summarise the story.")]
    [InlineData("Our login page says \"Do not share your password with anyone\". Make it friendlier.")]
    [InlineData("Add a banner \"Sale — members only\" to our shop homepage.")]
    [InlineData("The sign at the top of the trail reads \"Private land — residents only\". Is it legal in Scotland?")]
    [InlineData("Open https://example.com//docs and tell me what the page covers.")]
    [InlineData("Our dashboard title reads \"Sales — EMEA only\". Add a filter for France.")]
    [InlineData("What is a trade secret? Is a recipe our trade secret?")]
    [InlineData("This is our secret weapon — a 3-ingredient pasta sauce. Write a blog post.")]
    [InlineData("Our team's motto is \"what happens on tour stays on tour\". Make a poster.")]
    [InlineData("The museum label reads \"Top secret — for the Führer's eyes only\" on a 1944 file. Write a caption for kids.")]
    [InlineData("Write me a polite email asking a colleague not to forward my draft.")]
    [InlineData("The club's notice reads \"Private function — members only tonight\". Translate to French.")]
    [InlineData("The event page banner reads \"Internal hackathon — employees only\". Write a tagline.")]
    [InlineData("The gate sign reads \"Restricted area — authorised staff only\". Translate into Polish.")]
    [InlineData("Our Airbnb listing is titled \"Private studio — adults only\". Improve it.")]
    [InlineData("The subreddit banner says \"Sensitive content — 18+ only\". Make it friendlier.")]
    public void EnglishComposedNearMisses_AreNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // 2. Chinese: a ban with its disclosure verb (请勿向第三方披露, 发布前禁止传播, 先别声张), brackets attached to the document,
    // handed-over quotes, 标记“…”, a press release's embargo (新闻稿 is the document, not a news story), our own secret claimed.
    [Theory]
    [InlineData("物流商的报价单上写着“本报价仅供贵司内部评估，请勿向第三方披露”，帮我把运价整理成表。")]
    [InlineData("合作方的方案上写着“本方案仅供贵方内部评审，请勿向其他单位透露”，帮我摘出关键数字。")]
    [InlineData("金蝶系统里标记“内部文件 不得外传”的采购价：显示器单价不超过 900 元。帮我写谈判策略。")]
    [InlineData("用友系统里标记“内部资料 不得外发”的成本价：每台 3100 元，帮我写议价话术。")]
    [InlineData("招标澄清记录（保密，仅限评标委员会）：四家投标人的工期承诺分别是……帮我列差异。")]
    [InlineData("评审意见汇总（保密，仅限专家组成员查阅）：两家单位的技术分分别为 82 和 77，帮我写评审结论。")]
    [InlineData("投标分析（机密，仅限投标小组）：我方报价比对手低 6%，帮我写汇报。")]
    [InlineData("给客户的法律备忘录（律师-客户保密通讯，享有拒绝披露特权）：我们认为仲裁胜诉可能性约五成。帮我改得更正式。")]
    [InlineData("以下为未发布的月度经营数据（发布前禁止传播）：销售额环比下降 12%。帮我写简评。")]
    [InlineData("以下为未公开的门店客流数据（公开前请勿转发）：周末客流下降 15%，帮我写分析。")]
    [InlineData("这是社区的“内部工作材料，请勿外传”，关于停车位分配方案，帮我列成表。")]
    [InlineData("这是区里的“内部工作稿，请勿转发”，关于老旧小区加装电梯的补贴测算，帮我做成表格。")]
    [InlineData("下面这段是医院的“内部讨论材料，不得外传”，关于科室绩效分配，帮我改成正式文件。")]
    [InlineData("工作群里转来一句：“这事先别声张，内部消息：分公司明年撤并”，帮我改成正式通知的口吻。")]
    [InlineData("采购部转来一句：“这事先别声张，内部消息：明年起供应商只留三家”，帮我改成正式通知。")]
    [InlineData("新闻稿顶部“禁发至 3 月 1 日 0 时”，年度财政预算初步数字，帮我写标题。")]
    [InlineData("新闻通稿顶部“禁发至 6 月 1 日 8 时”，年度旅游收入初步统计，帮我写三个标题。")]
    [InlineData("通稿最上面写着“1 月 5 日 9 时前不得发布”，内容是全市一季度 GDP 初步核算数，帮我拟几个标题。")]
    [InlineData("这是我们公司的商业秘密——饮料基底配方比例表。帮我整理成标准作业流程。")]
    [InlineData("这属于我们厂的商业秘密——关键的热处理工艺曲线和保温时间。帮我整理成作业指导书。")]
    [InlineData("这是我们店的商业秘密——卤水配方和熬制时间，帮我整理成操作手册。")]
    [InlineData("这属于我们公司的核心机密：新电池的电解液配比。帮我写成技术文档。")]
    [InlineData("文件右上角印着“限内部传阅 请勿复制”，内容是明年的人员编制，帮我做成表。")]
    [InlineData("这份纪要（仅限党委委员阅）：明年干部轮岗名单如下……帮我整理。")]
    [InlineData("会议记录（涉密，不得外传）：新厂址定在嘉兴，帮我写摘要。")]
    [InlineData("這是我們公司嘅商業秘密——醬料配方同埋比例，幫我整理成手冊。")]
    [InlineData("下面是我们没对外公布的销量数据：三月卖了 1.2 万台，帮我写分析。")]
    [InlineData("以下是我司尚未公开的融资条款：估值 8 亿，帮我写给董事的说明。")]
    [InlineData("群里转发的截图上写着“仅限项目组，禁止截图外传”，内容是新版本上线时间，帮我写通知。")]
    [InlineData("这个表的文件名是“薪资调整（勿外传）”，里面是各部门调薪比例，帮我汇总。")]
    [InlineData("邮件标题写着“内部讨论 请勿转发”，内容是门店关停名单，帮我整理成表格。")]
    [InlineData("采购合同附件（仅供双方查阅，不得向第三方提供）：单价 12.5 元，帮我写审核意见。")]
    public void ChineseComposedRestriction_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("帮我把“内部资料，请勿外传”翻译成英文。")]
    [InlineData("保密协议（仅限员工签署）怎么写？")]
    [InlineData("帮我写一条保密条款（禁止向第三方披露），用于劳动合同。")]
    [InlineData("原创文章，“未经授权禁止转载”，帮我润色开头。")]
    [InlineData("妈妈说“这事别往外说”，我该不该告诉朋友？")]
    [InlineData("小说里主角拿到一份“内部文件，严禁外传”的档案，帮我续写。")]
    [InlineData("新闻报道说标注“内部资料，请勿外传”的文件被泄露了，帮我写评论。")]
    [InlineData("什么是商业秘密？这是我们的商业秘密吗？")]
    [InlineData("群规：“禁止转发广告链接，禁止刷屏”，帮我改得更友好。")]
    [InlineData("奶茶店新品（仅限堂食，请勿外带）：芋泥波波，帮我写文案。")]
    [InlineData("这是我们的新品——桂花乌龙拿铁，帮我写一段推广文案。")]
    [InlineData("这是我们的秘密基地——小区后面的树林，帮我写一篇作文。")]
    [InlineData("奶茶店的标签“仅限堂食，请勿外带”，帮我翻译成英文。")]
    [InlineData("公司内部的培训课（仅限新员工参加）：时间安排如下，帮我写通知。")]
    [InlineData("票务规则（仅限本人使用，不得转让）：帮我翻译成英文。")]
    public void ChineseComposedNearMisses_AreNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));
}
