using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the tenth pass (issue 15, policy item 4), by class: a marker joined to a document title by a
/// separator (a middle dot, bar, slash or dash; 纪要·机密, "Pricing Review – Confidential."), a corner-bracketed banner opening
/// the text, a level quoted after 密级 or before 级, a heading label before the marker (抬头：, 页眉：, 版头：), OCR look-alikes
/// in Han markers, "Company Confidential |" as a header cell, Purview/AIP sensitivity labels (level and sub-label), the UK
/// "in confidence" caveats and more languages' internal-use legends; and the hard negatives next to each (questions about the
/// word, the scale of levels, rules, titles of works, look-alike characters in ordinary words, Public/General labels, signs).
/// Every sentence is written for these tests.
/// </summary>
public sealed class ConfidentialMarkerTenthPassTests
{
    private static List<string> Markers(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type == "confidential_document").Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("帮我把下面这段压缩成三条要点：董事会纪要·严禁外泄 下半年拟关闭成都仓库，涉及员工六十人。")]
    [InlineData("翻译成英文：尽调报告｜不得外传\n标的公司去年净利润虚增约三千万元。")]
    [InlineData("请润色：薪酬调整方案 · 仅限内部\n明年一线员工平均涨薪5%，管理层冻结。")]
    [InlineData("内审工作底稿·机密\n第三季度发现两笔未入账的关联交易，金额合计420万元。帮我写个摘要。")]
    [InlineData("帮我校对这份文件的开头：收购意向书—绝密 甲方拟以每股12元收购乙方全部股权。")]
    [InlineData("投标报价单／商业秘密\n本次报价为每台设备 86 万元。请改成正式一点的语气。")]
    [InlineData("以下是年度经营计划·机密 的摘要部分，请改写得更简洁：明年收缩海外业务。")]
    [InlineData("帮我检查格式：\n供应商比价表｜内部资料\n甲供应商单价 3.2 元，乙供应商 2.9 元。")]
    [InlineData("法务意见书 / 绝密\n对方索赔金额约 1.5 亿元，我们建议和解。请翻译成英文。")]
    [InlineData("整理成表格：2026年度预算‧機密\n研發費用增加兩成。")]
    public void ChineseTitleSeparatorMarker_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("請幫我翻譯：「機密」本公司預計明年第二季關閉高雄門市，約有四十名員工受影響。")]
    [InlineData("幫我整理重點：「極機密文件」新產品定價為每台 1.2 萬元，三月發表。")]
    [InlineData("帮我把这段改短：「机密文件」集团拟于下月出售物流子公司。")]
    [InlineData("『內部資料』明年度預算削減百分之十五，請改寫成給主管的說明。")]
    [InlineData("「機密文件」\n明年起全面停止與該供應商合作，請幫我寫成正式公告。")]
    [InlineData("「機密」董事會決議：暫停配發股利一年。請翻成英文。")]
    public void CornerBracketBanner_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("帮我总结这份通知，密级为\"秘密\"：下周起暂停华北区所有招聘。")]
    [InlineData("这份文件是\"绝密\"级的，请帮我提炼要点：新型号电池能量密度提升30%。")]
    [InlineData("请翻译成英文。密级：“机密”。董事会同意以2.4亿元收购杭州的一家芯片设计公司。")]
    [InlineData("本报告密级为【机密】，请帮我改写第一段：二季度毛利率下滑至18%。")]
    [InlineData("帮我润色：本方案属“秘密”级，保密期限两年。拟在明年裁撤华东区三个办事处。")]
    [InlineData("帮我把这段话改通顺，本文件密级为“机密”，下季度将关闭武汉仓库并裁员四十人。")]
    [InlineData("这份会议纪要是“秘密”级的，帮我整理出待办事项：财务部下周提交裁员补偿测算。")]
    [InlineData("密级：“绝密”\n新一代发动机试车数据见附表。请改写成汇报稿。")]
    public void QuotedSecrecyLevel_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("帮我把这份文件改成白话：\n抬头：机密 关于调整高管薪酬的决议〔2026〕7号\n董事会决定自明年起冻结高管奖金。")]
    [InlineData("文头：绝密 人事任免通知（2025）12号 任命李伟为华南区总经理。请翻译成英文。")]
    [InlineData("请校对：页眉：秘密 集团办发〔2026〕第3号 关于出售上海办公楼的请示。")]
    [InlineData("标题：内部资料 财务部〔2026〕15号 第四季度应收账款逾期情况汇报。帮我写摘要。")]
    [InlineData("版头：机密 集团人力资源部〔2026〕4号 关于年终奖发放方案的通知。请帮我改成邮件。")]
    [InlineData("请润色这份公文：\n页眉：内部资料\n正文：明年起调整差旅报销标准。")]
    public void HeadingLabelThenMarker_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("这是扫描件识别出来的文字，帮我整理一下：注意保窨 本合同单价为每吨3600元，请勿转告第三方。")]
    [InlineData("OCR出来的：内部资科 严禁外传 明年拟关闭两家工厂。帮我改成通顺的句子。")]
    [InlineData("扫描识别结果：机蜜文件\n甲方同意支付违约金八十万元。请翻译成英文。")]
    [InlineData("帮我整理这段识别文本：绝窨★一年\n关于新一代芯片流片计划的报告。")]
    [InlineData("这是图片转文字的结果：严禁外傅 下季度将下调经销商返点至3%。帮我润色。")]
    [InlineData("扫描件文字：内部资料 请勿外侍\n下月起取消加班餐补。帮我整理成通知。")]
    [InlineData("OCR：商业秘蜜 新配方的糖含量降低到 8%。请翻译。")]
    public void OcrDamagedChineseMarker_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("Proofread this header and intro:\nCompany Confidential | Board pack | Page 3\nThe board approved the sale of the Dundee site.")]
    [InlineData("Company Confidential | Draft v2\nWe expect to reduce headcount in Lisbon by 40. Summarise in one line.")]
    [InlineData("Reformat as a table: Acme Company Confidential | FY27 budget | Owner: Finance\nMarketing spend drops 18%.")]
    [InlineData("Fix the formatting. Company Confidential | Version 3 | Owner: Legal\nThe settlement figure is $2.4m.")]
    [InlineData("Summarise:\nNorthwind Company Confidential | Page 1 of 4\nWe will exit the Ohio market.")]
    public void HeaderCellMarker_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("Sensitive – Internal.\nWe are pausing all hiring in the Denver office until Q3. Make this sound less harsh.")]
    [InlineData("Please tidy up this email. Sensitivity: Confidential \\ All Employees. Next month we will switch payroll providers.")]
    [InlineData("Highly Confidential / Recipients Only\nThe acquisition price is $48m. Turn this into three bullet points.")]
    [InlineData("Summarise: Confidential - Internal Only. The Q2 forecast misses plan by 11% due to the Osaka delay.")]
    [InlineData("General – Internal\nReorg announcement draft: the support and success teams will merge on 1 May. Rewrite it warmer.")]
    [InlineData("Restricted \\ Finance Only\nCash runway is 7 months at current burn. Can you make this punchier?")]
    [InlineData("Classification: Internal / Confidential. The supplier has agreed a 6% rebate. Draft a thank-you note.")]
    [InlineData("Confidential – Recipients Only\nThe CFO resigns on Friday; the announcement goes out Monday. Draft the staff note.")]
    [InlineData("Label: Highly Confidential \\ Project Falcon. Please polish: the target's valuation is 11x revenue.")]
    [InlineData("Internal / All Employees\nOffice closed on 24 Dec. We are also cutting the travel budget by half. Make it friendlier.")]
    [InlineData("Rewrite this: Sensitive - Internal. Salary bands will be published next quarter.")]
    public void SensitivityLabelWithSubLabel_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("Rewrite in plain English:\nQ3 INTEGRATION REPORT — Confidential.\nThe merged sales teams will report to Dana from October.")]
    [InlineData("Project Kestrel Steering Minutes — Strictly Confidential.\nDecision: exit the Polish JV by year end. Summarise.")]
    [InlineData("Shorten this: Pricing Review – Confidential.\nList prices rise 7% on 1 June for all enterprise customers.")]
    [InlineData("Board Update — Highly Confidential.\nWe plan to raise $30m at a $200m pre-money. Tighten the wording.")]
    [InlineData("Clean up this heading and intro:\nSupplier Exit Plan - Confidential.\nWe stop buying from Orion Metals in June.")]
    public void TitleThenDashMarker_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("TLP:AMBER+STRICT\nIndicators from the phishing campaign against our payroll portal are attached. Summarise for the SOC.")]
    [InlineData("Summarise this advisory. TLP:RED - recipients only. The actor used a stolen VPN certificate to reach our OT network.")]
    [InlineData("Proprietary and Confidential. Northwind Labs 2027 roadmap: we will drop the Windows client. Please rewrite as bullets.")]
    [InlineData("RESTRICTED DISTRIBUTION\nThe audit found three unreconciled accounts in Singapore. Draft a summary.")]
    [InlineData("Please proofread: For internal use only. Our Q1 churn was 6.2%, the highest since 2021.")]
    [InlineData("NOT FOR DISTRIBUTION — draft terms: the investor gets two board seats and a 1.5x preference. Make it clearer.")]
    [InlineData("Commercial in Confidence\nOur tender price for the hospital cleaning contract is £2.1m a year. Improve the wording.")]
    [InlineData("Private & Confidential\nDear Mr Hale, following our review your role will be made redundant. Make this kinder.")]
    [InlineData("Personal – Staff in confidence\nThe investigation found the complaint against the team lead was upheld. Summarise for HR.")]
    [InlineData("Management-in-Confidence. We plan to close the Hull call centre in spring. Tidy this up.")]
    [InlineData("OFFICIAL-SENSITIVE\nThe contract with the council ends in March and will not be renewed. Draft a short note to staff.")]
    [InlineData("Please summarise this letter. STAFF IN CONFIDENCE. The disciplinary hearing is set for 3 March.")]
    public void OtherLabelVocabulary_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("Bitte ins Englische übersetzen: VERTRAULICH – Der Vorstand plant, das Werk in Kassel 2027 zu schließen.")]
    [InlineData("Traduis en anglais : Confidentiel — la direction prévoit de fermer le site de Lyon en 2027.")]
    [InlineData("Traduce al inglés: CONFIDENCIAL. La empresa cerrará la planta de Zaragoza el próximo año.")]
    [InlineData("Vertaal naar het Engels: Vertrouwelijk – de directie wil de vestiging in Gent sluiten.")]
    [InlineData("英語に翻訳して：社外秘\n来期の賞与は一律10%削減します。")]
    [InlineData("翻訳してください。【部外秘】新製品の発売日は4月1日です。")]
    [InlineData("極秘\n買収価格は一株あたり3200円。英語にしてください。")]
    [InlineData("영어로 번역해 주세요: 취급주의 - 다음 분기 구조조정 대상은 서울 지점입니다.")]
    [InlineData("대외비\n내년 임금 인상률은 2%로 동결합니다. 영어로 번역해 주세요.")]
    [InlineData("Übersetze: Nur für den internen Gebrauch. Wir verlagern die Buchhaltung nach Brünn.")]
    [InlineData("Traduce: Solo para uso interno. El precio de lista subirá un 9% en julio.")]
    [InlineData("Traduis en anglais : Usage interne uniquement. Le budget marketing baisse de 20 %.")]
    [InlineData("Vertaal: Alleen voor intern gebruik. De reorganisatie start in april.")]
    [InlineData("일본어로 번역: 사내한정 - 신제품 출시는 5월로 연기됩니다.")]
    public void OtherLanguageLegend_Counts(string text) =>
        Assert.NotEmpty(Markers(text));

    [Theory]
    [InlineData("“注意保密”用英语怎么表达？")]
    [InlineData("推荐几部像《绝密543》这样的电影。")]
    [InlineData("《秘密花园》这本小说讲了什么？")]
    [InlineData("密级分为“绝密”、“机密”、“秘密”三级，它们的保密期限分别是多少？")]
    [InlineData("什么是“内部资料”？印了内部资料字样的书可以在网上卖吗？")]
    [InlineData("公文格式里，“抬头”和“发文字号”分别写在哪里？比如〔2026〕7号这种。")]
    [InlineData("蜂蜜·土特产·产地直发 新鲜槐花蜜每斤38元，帮我写个朋友圈文案。")]
    [InlineData("审计底稿的编制要求有哪些？")]
    [InlineData("帮我写一首诗，题目是「秘密」。")]
    [InlineData("「機密」這個詞的英文是什麼？")]
    [InlineData("宓姓怎么读？我有个同学叫宓雪。")]
    [InlineData("窨井盖被偷了应该打哪个电话？")]
    [InlineData("小说《蜜密》讲的是什么故事？")]
    [InlineData("审计底稿的保存期限是多少年？")]
    [InlineData("会议纪要·模板 免费下载，帮我写个推广文案。")]
    [InlineData("推荐一部电影：《秘密》是周杰伦导演的，讲什么？")]
    [InlineData("“秘密”级和“机密”级文件的保密期限一样吗？")]
    [InlineData("凡是密级为“机密”的文件，都必须登记造册，请把这条规定改写得通俗一点。")]
    [InlineData("请把“绝密”、“机密”、“秘密”三个词翻译成英文。")]
    [InlineData("抬头是什么意思？公文抬头怎么写？")]
    [InlineData("蜜蜂采蜜的过程是怎样的？")]
    [InlineData("帮我写一篇关于窨井安全的宣传稿。")]
    [InlineData("「秘密」是一首很好聽的歌，歌詞是什麼？")]
    [InlineData("资科和资料有什么区别？")]
    [InlineData("机密 用日语怎么说")]
    [InlineData("文件上的“秘密”级是什么意思？")]
    public void ChineseWordsAboutMarkers_StayPublic(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("What is the difference between Internal and Confidential sensitivity labels in Microsoft Purview?")]
    [InlineData("Write a short guide on how to apply a \"Highly Confidential / All Employees\" label in Outlook.")]
    [InlineData("Recommend a novel like \"Confidential\" by Ken Bruen, or films like L.A. Confidential.")]
    [InlineData("Top Secret! is a 1984 comedy film. Who starred in it?")]
    [InlineData("General – Admission tickets for the concert are £25. Rewrite this as a friendly poster.")]
    [InlineData("Public – Library opening hours change on Monday. Make this sound friendlier.")]
    [InlineData("Sensitive skin – which moisturiser is best for winter?")]
    [InlineData("The report — Confidential sources say the deal is off. Is this headline grammatical?")]
    [InlineData("In our policy, documents labelled Confidential \\ All Employees may be shared with staff only. Summarise this rule.")]
    [InlineData("Translate \"Private & Confidential\" into German.")]
    [InlineData("Sensitivity labels: Public, General, Confidential, Highly Confidential. Which should a lunch menu get?")]
    [InlineData("What's the difference between 社外秘 and 部外秘 in Japanese companies?")]
    [InlineData("Wie übersetzt man \"vertraulich\" ins Englische?")]
    [InlineData("대외비 뜻이 뭐예요?")]
    [InlineData("Confidencial es una película argentina de 2023? Dame un resumen.")]
    [InlineData("Sensitive – handle with care: how do I wash a silk shirt?")]
    [InlineData("General - Admission is free for children under 5. Translate into French.")]
    [InlineData("What does \"Confidential \\ All Employees\" mean in Outlook?")]
    [InlineData("The Company - Confidential Informant is a crime drama. Who is in the cast?")]
    [InlineData("Headline: Sources — Confidential talks continue. Is the dash correct?")]
    [InlineData("My friend told me something in confidence. Should I keep it secret?")]
    [InlineData("Pride and Prejudice — Chapter 3.")]
    public void WordsAboutMarkers_StayPublic(string text) =>
        Assert.Empty(Markers(text));

    [Theory]
    [InlineData("蜂蜜和窨井都不是标记")]
    [InlineData("宓雪是我同学")]
    public void LookAlikesOutsideMarkers_AreLeftAlone(string text) =>
        Assert.Null(new Router.Classification.Sensitivity.Support.MarkerConfusables(["注意保密", "机密", "内部资料"]).Fold(text));

    [Fact]
    public void LookAlikeCompletingMarkerPair_IsReadBack() =>
        Assert.Equal("注意保密，明天", new Router.Classification.Sensitivity.Support.MarkerConfusables(["注意保密"]).Fold("注意保窨，明天"));
}
