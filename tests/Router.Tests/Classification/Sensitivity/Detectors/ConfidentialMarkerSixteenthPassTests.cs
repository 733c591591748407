using System.Text;
using Router.Classification;
using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the sixteenth pass (issue 15, session 24). Sentences written for these tests.
/// </summary>
public sealed class ConfidentialMarkerSixteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Fact]
    public void HanMarkers_RandomTextsWithAndWithoutEmbargoCues_GatedSearchSameAsFullSearch()
    {
        // The embargo markers (发布前请勿, 新闻禁发, 禁发至…) are searched only where 禁发/发布前 occurs: pieces of them and their
        // cues alone, other Han markers, common characters round them, Traditional spellings.
        string[] pieces = ["发", "布", "前", "请", "勿", "不", "得", "禁", "新", "闻", "至", "發", "請", "禁发", "发布前", "發布前", "禁發",
            "发布前请勿", "發布前請勿", "发布前不得", "新闻禁发", "禁发至", "禁发时间", "公布前请勿", "不得报道", "机密", "内部资料", "不得外传",
            "中", "文", "，", " ", "\n", "a", "confidential"];
        var random = new Random(24);
        var hits = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 60);
            while (text.Length < length)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            var plain = ConfidentialMarkerDetector.FindBuiltIn(text.ToString(), plainSearch: true);
            hits += plain.Count;
            Assert.Equal(plain, ConfidentialMarkerDetector.FindBuiltIn(text.ToString(), plainSearch: false));
        }
        Assert.True(hits > 20_000, $"only {hits} markers: the texts do not exercise the search");
    }

    [Theory]
    [InlineData("新闻禁发\n某新能源车企将于下周一发布新车，起售价15万元。帮我改成微博文案。")]
    [InlineData("发布前请勿转载。以下是通稿：本市地铁五号线将于年底开通。帮我缩短。")]
    [InlineData("通稿第一行：发布前不得报道。正文：某银行将下调存款利率。请润色。")]
    public void EmbargoBehindTheCue_StillFound(string text) =>
        Assert.Contains("confidential_document", Types(text));

    // a. The in-confidence caveats and the official-use legend with hyphens, heading the pasted text.
    [Theory]
    [InlineData("COMMERCIAL-IN-CONFIDENCE\nDay rates for the framework: engineer £610, senior £720, travel at cost.\nPlease check the totals.")]
    [InlineData("Commercial-in-Confidence\nLot 2 pricing: 3-year licence £84k, support 18 % a year.\nProofread this.")]
    [InlineData("MEDICAL-IN-CONFIDENCE\nReferral: persistent cough since March, chest X-ray booked 9 June.\nShorten it.")]
    [InlineData("FOR-OFFICIAL-USE-ONLY\nShortlist of venues: Harrogate £9k, York £11k; York preferred.\nReword for the steering group.")]
    [InlineData("POLICY-IN-CONFIDENCE\n\nDraft options paper: lift the cap to £30k from July.\nCheck the tone please.")]
    [InlineData("tidy this up for me:\nCOMMERCIAL-IN-CONFIDENCE\nUnit price 9.80 EUR, 4 % off orders above 20k units.")]
    public void HyphenatedInConfidenceHeading_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("What does COMMERCIAL-IN-CONFIDENCE mean on a government tender?")]
    [InlineData("How do I put FOR-OFFICIAL-USE-ONLY in the footer of a Word document?")]
    [InlineData("Explain the difference between OFFICIAL-SENSITIVE and MEDICAL-IN-CONFIDENCE.")]
    [InlineData("Write a policy line: documents marked MEDICAL-IN-CONFIDENCE must be kept in a locked cabinet.")]
    [InlineData("Is commercial-in-confidence a legal term or just a convention?")]
    public void HyphenatedInConfidenceMentioned_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // Gate 3b: the rule exemption (documents marked X must …) leaves the writer's own marked notes.
    [Theory]
    [InlineData("Board notes marked CONFIDENTIAL: the Wrexham depot closes in June, staff told on 3 May. Draft the FAQ.")]
    [InlineData("STRICTLY CONFIDENTIAL\nAll files must be handed back by Friday; the Wrexham depot closes in June.")]
    public void MarkingRuleExemption_WritersOwnMarkedText_StillFires(string text) =>
        Assert.Contains("confidential_document", Types(text));

    // b. A header, footer, banner or watermark that reads the marker, a place between the word and its verb, '&' and dashes.
    [Theory]
    [InlineData("The memo's header reads \"Private & Confidential – Not for Circulation\". It says the Ashby site will close in June. Rewrite it kindly.")]
    [InlineData("The watermark on each slide says “Strictly Confidential — Exec Only”. Content: margin dropped to 31 %, we are talking to Verra. Summarise.")]
    [InlineData("Banner at the top shows \"Confidential & Proprietary – Internal\" and then the text: unit cost $2.40, margin 38 %. Make a table.")]
    [InlineData("Footer on every page says \"Internal only – Finance\". Body: the bonus pool is £1.9M across five teams; we paid two vendors by mistake in March.")]
    [InlineData("Letterhead at the top reads “Strictly Private & Confidential”. The letter: we can offer £38k to settle, not a penny more. Make it sound firmer.")]
    [InlineData("页眉上写着“机密——仅限董事会”，正文：拟收购华南两家门店，报价不超过3000万。帮我改成汇报稿。")]
    [InlineData("頁眉寫著「機密——僅限董事會」，內文：擬收購兩家門市，報價不超過三千萬。幫我改成簡報稿。")]
    public void HeaderFooterReadsMarker_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("The footer reads \"Privileged & Confidential\" but it was added by mistake, please remove the footer.")]
    [InlineData("My novel's chapter header reads \"Top Secret — Eyes Only\" as a joke. Suggest a better chapter title.")]
    [InlineData("How do I make the footer read \"Confidential — Do Not Distribute\" in Google Docs?")]
    [InlineData("What does a header that reads \"Privileged & Confidential\" actually protect?")]
    [InlineData("Our banner says \"Confidential\" on every page by mistake; how do I take it off in PowerPoint?")]
    public void HeaderFooterMentioned_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // c. A 密级 field with a trade-secret grade before the level, the value ending at its sentence.
    [Theory]
    [InlineData("密级：普通商密。两家物流商对比：顺达每单6元，速运5.5元但丢件率高。帮我写结论。")]
    [InlineData("这份投标文件 密级：核心商密，报价总额615万。请检查错别字。")]
    [InlineData("保密等级:普通商密\n新品出厂价259元，渠道毛利22%。帮我改成邮件。")]
    [InlineData("密級：普通商密。報價單：每噸2900元，運費另計。幫我潤飾。")]
    [InlineData("保密等级：核心商密；\n客户返利：A类5%，B类3%。请整理成表格。")]
    [InlineData("文件信息——密级：普通商密，编号HX-2027-14。正文：明年起渠道价上调6%。帮我润色。")]
    public void LevelFieldWithGrade_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("密级分为绝密、机密、秘密三级，普通商密和核心商密有什么区别？")]
    [InlineData("请问密级：普通商密 应该怎么在公文里标注？")]
    [InlineData("写一个模板：密级：XXX，文件编号：XXX。")]
    [InlineData("普通商密是什么意思？")]
    public void LevelFieldWithGradeAskedAbout_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // d. A bracketed tag right after the opening quote a request's colon hands the pasted text over with.
    [Theory]
    [InlineData("Slack paste, pull out the dates: \"[Confidential – HR] two grievances against the depot manager, hearing on 9 May.\"")]
    [InlineData("From WhatsApp, tidy up: \"(Internal - Sales only) prices rise 6% on 1 April, tell key accounts by 20 March.\"")]
    [InlineData("钉钉转来的：“【内部·人事】调薪方案：平均涨幅4%，3月生效。”帮我写成通知。")]
    [InlineData("這是群組訊息：「【機密・財務】第三季虧損1200萬，暫不公告。」請幫我摘要。")]
    [InlineData("同事发来：‘【保密-法务】诉讼预计赔偿50万，年底前结案。’帮我改成汇报口径。")]
    [InlineData("Forwarded from Teams, translate to German: \"[Restricted – Legal] settlement cap is €400k, sign before 31 March.\"")]
    public void BracketTagOpeningAQuotedPaste_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("My game has a quest called \"[Secret – Bonus Level] find the key\". Write the quest text.")]
    [InlineData("What does \"[Internal – Finance]\" mean as a Teams channel prefix?")]
    [InlineData("游戏里有个任务叫“【机密·档案】寻找钥匙”，帮我写剧情。")]
    [InlineData("Template for the team: \"[Internal – <Dept>] <summary>\". Fill in an example with made-up content.")]
    public void BracketTagQuotedElsewhere_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // e. A marking verb after a bare or plural document noun, the content after it.
    [Theory]
    [InlineData("Webex recording transcript, flagged 'Strictly confidential - not for circulation'. Turn the decisions into bullets: pause hiring, shut the Leeds office.")]
    [InlineData("Meeting recording transcript, stamped 'Internal only'. Action items: freeze hiring, cut travel by a third.")]
    [InlineData("Supplier emails, marked 'Do not forward'. Pick out the price changes: aluminium +5 %, nickel +2 %.")]
    [InlineData("Call notes marked “Confidential – management only”: two redundancies planned in Hull. Draft an email.")]
    [InlineData("Board pack slides, labelled \"Strictly confidential - do not circulate\": revenue down 9 %, two site closures planned. Write speaker notes.")]
    public void MarkedPluralOrBareDocument_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("Notes marked 'Confidential' must be shredded after use — write that as a policy line.")]
    [InlineData("The slides were marked 'Confidential' by mistake; write a note to say they are public.")]
    [InlineData("Why are so many documents marked 'Restricted' in the archive?")]
    [InlineData("Emails marked 'Do not forward' go to the legal inbox: remind the team politely.")]
    public void MarkedPluralRule_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // f. Someone's confidential document with its content after a colon or dash.
    [Theory]
    [InlineData("Proofread this, it's our firm's confidential pricing memo: standard rate £210/h, we discount to £180 for Harlow.")]
    [InlineData("Here is the union's confidential bargaining brief — our ask is 5 % and we would settle at 3.8 %. Make it punchier.")]
    [InlineData("Tighten this: the board's confidential succession plan — Priya takes over in 2027, Tom leaves in June.")]
    [InlineData("This is the client's confidential strategy paper: exit Spain by Q3, close 12 stores. Summarise in three lines.")]
    [InlineData("It's HR's confidential restructuring plan: 14 roles cut in Derby, consultations start 3 March. Rewrite kindly.")]
    [InlineData("Could you shorten our team's confidential pitch deck notes: we'll bid £2.1m and drop to £1.9m if pushed.")]
    public void PossessiveConfidentialDocumentWithContent_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("Can I ask you a confidential question about my manager?")]
    [InlineData("What should a company's confidential whistleblowing policy include?")]
    [InlineData("Write a short story about a spy who steals the embassy's confidential plans.")]
    [InlineData("How do I keep my team's confidential files safe in SharePoint?")]
    [InlineData("It's a thriller: the minister's confidential memo: it reveals a plot against the king. Continue the story.")]
    public void PossessiveConfidentialMentioned_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // g. An embargo quoted after 写着 of a press release (新闻稿 is the pasted text, not a news story).
    [Theory]
    [InlineData("这份新闻稿写着“禁发至1月15日10时”，帮我压缩成200字：某车企今日宣布降价。")]
    [InlineData("新闻通稿写着‘新闻禁发，3月5日前不得报道’，请帮我改写导语：某药企新药获批。")]
    [InlineData("通稿上写着「禁發至週五中午」，請幫我改寫標題：某銀行下調房貸利率。")]
    [InlineData("这份通稿写着“发布前请勿转载”，帮我改写成公众号推文：本市新开通三条公交线路。")]
    [InlineData("新聞稿寫著「禁發至3月1日上午9時」，請幫我翻成英文：本公司第四季營收創新高。")]
    [InlineData("发布会材料写着“禁发至周二8:00”，帮我压缩成一段话：公司将于下周推出折叠屏手机。")]
    public void EmbargoQuotedAfterWritten_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("“禁发至”在新闻行业里是什么意思？")]
    [InlineData("新闻稿上写“禁发至某日”这种格式怎么写？给我个模板。")]
    [InlineData("帮我写一篇新闻，标题是“本市发布前三季度经济数据”。")]
    [InlineData("这条微博写着“发布前请勿剧透”，是电影宣传吗？")]
    [InlineData("这部电影的海报写着“禁发至上映日”，是什么营销手法？")]
    public void EmbargoQuotedMentioned_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    // h. 标注/盖有/标示 「marker」(章/字样/戳记) 的 document: content — the marked document handed over.
    [Theory]
    [InlineData("標註「機密」的會議紀錄：明年關閉高雄廠，裁員80人。幫我寫公告。")]
    [InlineData("蓋有「密件」戳記的人事資料：張先生調薪15%，下月生效。請幫我整理。")]
    [InlineData("標有『限閱』的財報草稿：毛利率下降至18%，淨利減少三成。幫我寫重點。")]
    [InlineData("标示“机密 勿外传”的简报：新产品售价2990元，下月上市。帮我改成新闻稿。")]
    [InlineData("盖有「秘密」字样的合同：违约金200万元，争议由仲裁解决。帮我列条款。")]
    [InlineData("盖有“内部资料”章的价格表：A款出厂价118元，B款96元。帮我做成对比图的文字说明。")]
    public void MarkedDocumentThenContentZh_IsAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));

    [Theory]
    [InlineData("文件標註「機密」是什麼意思？要怎麼蓋章？")]
    [InlineData("這份文件誤標「機密」，幫我寫通知說明可以公開。")]
    [InlineData("凡标注“机密”的文件：一律不得带出办公室。帮我写成制度条款。")]
    [InlineData("怎么在文件上加盖“机密”章？")]
    [InlineData("小说里盖有“绝密”字样的档案：主角偷偷打开了它。帮我续写。")]
    public void MarkedDocumentMentionedZh_NotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));
}
