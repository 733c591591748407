using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the ninth pass (issue 15, policy item 4), by class: a document described as marked rather than
/// the marker standing as its banner; marker words and forms not known before (NDA and term-sheet legends, privilege
/// variants, zh 涉密/商密/禁止发布/律师-客户特权); the other ways a real document carries a classification (footers, e-mail
/// banners, Purview labels, TLP, FOUO, document-control fields, other languages, bracketed tags, a marker opening the text a
/// task hands over); and the hard negatives that must stay public (questions, policies, templates, history and news,
/// fiction, ordinary words). Every sentence is written for these tests.
/// </summary>
public sealed class ConfidentialMarkerNinthPassTests
{
    private static List<string> Markers(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type == "confidential_document").Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("Can you tighten the wording of this pitch? It's marked Confidential — Project Harrow, and covers the Q4 price rise for our three biggest accounts.")]
    [InlineData("The proposal below is stamped 'Internal only — not for distribution'. Please shorten it to one page. We intend to exit the Bristol lease in May.")]
    [InlineData("Please summarise this note — it's headed \"Strictly Confidential\" and sets out the redundancy plan for the Leeds team.")]
    [InlineData("This deck is labelled Highly Confidential; give me three talking points from it. Slide 2: revenue fell 9%.")]
    [InlineData("Translate this letter into French. It carries the marking \"Commercial in confidence\" and quotes our unit price of €4.20.")]
    [InlineData("Summarise the board minutes (stamped \"Privileged & Confidential\" on every page): the directors agreed to settle the claim.")]
    [InlineData("Here is a document marked confidential – Project Bluebird. The target is Fenwick Logistics at 8x EBITDA. Turn it into an email.")]
    [InlineData("Make this memo friendlier. It's flagged as confidential and tells staff the Derby plant will close in 2028.")]
    [InlineData("Summarise this report; every page has a \"Company Confidential\" watermark. Findings: the pump failure rate is 4x the claim.")]
    [InlineData("This report is labeled Internal Only; shorten it to 100 words: customer churn rose to 8% in EMEA.")]
    [InlineData("Rewrite this press release in plainer English; it is under EMBARGO until 08:00 GMT on 14 March. Northwind will cut its dividend.")]
    [InlineData("Fix the typos in this embargoed release (embargo lifts Tuesday 09:00): Acme Bio reports positive phase III results.")]
    [InlineData("Please summarise this internal-only memo: we will move 30 jobs to Krakow.")]
    public void DocumentDescribedAsMarked_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("帮我把这份报告改得简洁一点，文件标注“机密”，内容是明年华南区的关店计划和补偿方案。")]
    [InlineData("这份合同印着“内部资料 严禁外传”，请帮我提炼三条要点：供货价下调8%，账期延长到90天。")]
    [InlineData("文件盖有“商业秘密”章，帮我翻译成英文：新电池配方中镍的比例提高到85%。")]
    [InlineData("页眉写着“仅供内部使用”，帮我润色：第三季度计划裁员两百人。")]
    [InlineData("这份方案标注了机密字样，帮我改成汇报用的三段话：拟将物流子公司以12亿元出售。")]
    [InlineData("请帮我润色这份邮件，邮件开头标明“保密，请勿转发”：下周一宣布组织架构调整。")]
    [InlineData("这份PPT每页右下角都有“公司机密”水印，帮我写一段演讲稿：我们将在三月关闭两家门店。")]
    [InlineData("这封信盖着“密件”章，帮我总结：对方同意以每吨 4200 元供货。")]
    [InlineData("幫我把這份報告改短，封面印著「機密文件」：明年將關閉台中廠。")]
    [InlineData("這封郵件標明「內部資料，嚴禁外傳」，幫我整理重點：明年凍結招聘。")]
    public void ChineseDocumentDescribedAsMarked_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("Write an email to my team reminding them that all documents marked Confidential must be stored in the locked cabinet.")]
    [InlineData("If a document is marked confidential, can I share it with my spouse?")]
    [InlineData("What should I do if I receive an email marked confidential by mistake?")]
    [InlineData("The leaked report, marked confidential, was published by Reuters yesterday. What did it say about the airline?")]
    [InlineData("The report, marked confidential by the ministry, came out in 1971. Summarise the history of the affair.")]
    [InlineData("In the novel, the letter is marked \"Private and Confidential\" and Emma opens it anyway. Discuss the theme of privacy.")]
    [InlineData("How do I add a \"Confidential\" footer to every slide in PowerPoint?")]
    [InlineData("It's marked confidential, what does that mean for me as a contractor")]
    [InlineData("Fix the grammar: it's marked as done in Jira but the ticket is still open.")]
    [InlineData("The package was stamped \"Fragile\". Write a complaint letter about the broken vase.")]
    [InlineData("Write a spy thriller opening where the folder says TOP SECRET.")]
    [InlineData("Cuba was under embargo until 2015; explain the effects on its economy.")]
    public void MarkingsTalkedAbout_DoNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("如果文件标注“机密”，员工应该怎么保管？")]
    [InlineData("公司规定：凡标注“内部资料”的文件不得带出办公室。请把这条规定写得更正式。")]
    [InlineData("小说里，他打开了一份标注“绝密”的档案，请帮我续写下一段。")]
    [InlineData("新闻报道说某公司标注“机密”的文件被泄露，请总结一下事件经过。")]
    [InlineData("帮我写一个模板：页眉写着“机密”，正文留空。")]
    [InlineData("文件上印着：“机密”字样，这是什么意思")]
    [InlineData("如何在 Word 中给文件加上“内部资料”水印？")]
    public void ChineseMarkingsTalkedAbout_DoNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("Proofread: Confidential and Non-Binding Term Sheet. Investor: Redwood Capital. Amount: $5,000,000.")]
    [InlineData("Clean up the formatting of this term sheet, marked \"Confidential and non-binding\": Series B, $18m pre-money.")]
    [InlineData("Tidy this up: Attorney-Client Privileged / Attorney Work Product. Draft response to the charge filed by a former employee.")]
    [InlineData("MUTUAL NON-DISCLOSURE AGREEMENT — CONFIDENTIAL\nThis Agreement is made between Orbis Ltd and Calder Partners.")]
    [InlineData("翻译成英文：涉密★秘密级\n关于新型号试验计划的通知")]
    [InlineData("帮我总结：本文件禁止发布，内容为2027年渠道返利政策调整。")]
    [InlineData("帮我整理要点：律师—客户特权保密文件。关于与某供应商专利纠纷的和解建议。")]
    [InlineData("帮我翻译：律师-客户特权\n关于被诉侵权的应对策略。")]
    [InlineData("请改写这份投资意向书：保密且不具约束力。投资金额5000万元，估值3亿元。")]
    [InlineData("帮我总结这份文件（商密）：新一代芯片的流片成本为每片2万元。")]
    [InlineData("商密★三年\n关于新配方工艺参数的说明")]
    public void NdaTermSheetPrivilegeAndZhLegends_Count(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("保密且不具约束力的条款在投资意向书中常见吗？")]
    [InlineData("律师-客户特权在中国法律中存在吗？")]
    [InlineData("请问“商密”是什么意思？")]
    [InlineData("禁止发布虚假广告是哪部法律规定的？")]
    [InlineData("平台禁止发布违法信息，请帮我写一段用户须知。")]
    [InlineData("保密协议一般包括哪些内容？帮我列个提纲。")]
    [InlineData("Are term sheets usually confidential and non-binding?")]
    public void NewLegendsAskedAboutOrInLaw_DoNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("MSIP_Label_3a7f2c1e-0000-4b1a-9f00-aa11bb22cc33_Enabled=true; MSIP_Label_3a7f2c1e-0000-4b1a-9f00-aa11bb22cc33_Name=Confidential\nPlease clean up this email header.")]
    [InlineData("Document control: Doc ID FIN-2027-014 | Version 0.3 | Classification: Internal | Owner: Finance. Summarise the policy below.")]
    [InlineData("TLP: AMBER — limited disclosure. Summarise the indicators of compromise below.")]
    [InlineData("FOUO\nMemo: staffing levels at the border crossing will be reduced on weekends.")]
    [InlineData("Pre-decisional / Draft — Deliberative. Options for restructuring the regional offices. Please shorten.")]
    [InlineData("Need-to-know basis only. Summarise the list of sites we plan to close.")]
    [InlineData("Please summarise. Confidential: draft headcount plan for 2027, 40 roles at risk.")]
    [InlineData("[INTERNAL] Re-org announcement draft v2 — please fix tone.")]
    [InlineData("Summarise this for me: \"INTERNAL USE ONLY. Q3 pipeline is $14m, down from $19m.\"")]
    [InlineData("Translate to English: Streng vertraulich. Der Standort Bremen wird 2027 geschlossen.")]
    [InlineData("Translate from Polish: POUFNE – plan restrukturyzacji oddziału w Gdańsku.")]
    [InlineData("極秘　新製品の価格は据え置き。翻訳して。")]
    [InlineData("번역: 기밀\n신제품 출시일은 3월 2일입니다.")]
    [InlineData("Summarise: \"Embargoed until 00:01 BST Thursday 5 June — New survey finds 1 in 4 drivers...\"")]
    public void OtherCarriersOfAClassification_Count(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("MSIP_Label_3a7f2c1e-0000-4b1a-9f00-aa11bb22cc33_Name=General\nPlease clean up this email header.")]
    [InlineData("Doc ID 14 | Version 2 | Classification: Public | Owner: Comms. Summarise the text below.")]
    [InlineData("Explain the difference between TLP:AMBER and TLP:GREEN.")]
    [InlineData("How does FOUO differ from CUI?")]
    [InlineData("What does \"pre-decisional\" mean on a government memo?")]
    [InlineData("My manager said the project is on a need-to-know basis. What does that mean for me?")]
    [InlineData("Translate: confidential information must be protected at all times.")]
    [InlineData("Summarise: Confidential computing protects data in use by running code in hardware enclaves.")]
    [InlineData("Please proofread: Restricted areas are marked on the map in red.")]
    [InlineData("Use the (internal) API only from the worker process; rewrite this comment.")]
    [InlineData("The internal audit found no issues. Write a short summary.")]
    [InlineData("Translate \"streng geheim\" into English.")]
    [InlineData("대외비는 무슨 뜻인가요?")]
    [InlineData("In OAuth 2.0, what is the difference between a public client and a confidential client?")]
    public void OtherCarriers_LookAlikes_DoNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("Summarise these slides.\n© 2026 Contoso Ltd | Contoso Confidential | Page 4 of 18")]
    [InlineData("Fabrikam Confidential\nFY27 channel incentives: 4% rebate above target.")]
    [InlineData("SECRET//NOFORN\nAssessment of the port expansion.")]
    [InlineData("Please summarise (Not for onward transmission): the lender will waive the covenant breach.")]
    [InlineData("Rewrite this advice note. Subject to legal professional privilege. We expect to lose on the limitation point.")]
    [InlineData("（此件不公开）关于调整部分岗位津贴的通知，帮我改写成英文。")]
    [InlineData("绝对机密：新一代电池的能量密度为400Wh/kg，帮我写成新闻稿之前的内部简报。")]
    [InlineData("マル秘\n来期の価格改定案。英訳してください。")]
    public void FootersCaveatsAndMoreLevels_Count(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("L.A. Confidential is a 1997 film. Summarise the plot.")]
    [InlineData("Kitchen Confidential was written by Anthony Bourdain; what is it about?")]
    [InlineData("This is a secret recipe from my grandmother, write it up nicely.")]
    [InlineData("政府信息公开条例规定了哪些信息不予公开？")]
    public void TitlesAndEverydaySecrets_DoNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("审计底稿（仅限审计项目组）：应收账款坏账准备少计 320 万元。请帮我写成管理建议书的一段。")]
    [InlineData("董事会决议\n仅供董事会成员参阅\n同意以 2.4 亿元收购某物流公司 60% 股权。请帮我润色。")]
    [InlineData("本纪要仅限管理层传阅。帮我改成英文：第四季度将关闭苏州工厂。")]
    [InlineData("知悉范围：项目组成员\n新品定价方案：旗舰款 5999 元。帮我整理成表格。")]
    [InlineData("群聊截图：内部群，严禁截图外传。明天宣布华东区撤并。帮我写个总结。")]
    [InlineData("請幫我潤色：本資料請勿外流，下月起凍結所有加薪。")]
    [InlineData("幫我翻譯：呢份文件唔好外傳，公司下個月裁員。")]
    [InlineData("帮我总结这份董事会决议：本决议内容保密。同意向银行申请 3 亿元授信。")]
    [InlineData("帮我润色：本公告在发布前不得对外披露。公司拟回购 5 亿元股份。")]
    [InlineData("【内参】关于某地产商债务违约风险的分析，帮我压缩到 200 字。")]
    public void ReadingRestrictedLeakBansAndSecrecyPredicates_Count(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("这个会议室仅限管理层使用吗？")]
    [InlineData("停车场B区仅限高管车辆停放，请帮我写一个提示牌。")]
    [InlineData("本优惠券仅限会员使用，请帮我写一段活动说明。")]
    [InlineData("资料仅供参考，请以官方公告为准。帮我润色这句话。")]
    [InlineData("请解释“知悉范围”这个词。")]
    [InlineData("请问严禁截图外传的群聊内容被截图了怎么办？")]
    [InlineData("公司和员工签保密协议有什么注意事项？")]
    [InlineData("什么是内幕信息？请举例说明。")]
    public void ChineseRulesAndQuestionsAboutReading_DoNotCount(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("SECRET\nOperational plan for the harbour exercise. Summarise.")]
    [InlineData("INTERNAL\nQ4 sales kickoff agenda — please make it punchier.")]
    [InlineData("The file is stamped SECRET in red on the cover; summarise it: the exercise starts 4 May.")]
    [InlineData("Not for external use — pricing guidance for resellers, 2027. Please shorten it.")]
    [InlineData("For internal purposes only. Please rewrite this FAQ about the reorganisation in plainer English.")]
    [InlineData("Company Sensitive\nVendor scorecard: Orion 4.2, Lyra 3.1. Please format as a table.")]
    [InlineData("Summarise this (internal circulation only): the Leeds site will move to a four-day week.")]
    [InlineData("Please treat the following as confidential: we are in talks to buy a competitor in Lyon.")]
    [InlineData("The following is under NDA: our unit cost for the new sensor is $3.10. Write it up for the board.")]
    public void EnglishLegendsAndWholeLineLevels_Count(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("The SECRET to a great sourdough is a long cold ferment. Write a short blog intro.")]
    [InlineData("INTERNAL SERVER ERROR 500 keeps showing; how do I debug it?")]
    [InlineData("Internal medicine vs family medicine: which should I choose?")]
    [InlineData("Tell me a secret about the ocean.")]
    [InlineData("What does \"for internal purposes only\" mean on a bank form?")]
    [InlineData("I'm under NDA so I can't tell you much, but how do I write a good portfolio summary?")]
    public void EnglishEverydayUses_DoNotCount(string text) =>
        Assert.Empty(Markers(text));
}
