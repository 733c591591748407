using Xunit.Abstractions;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Personal data in context: prints recall and false-positive rate per kind on the tuning prompts, the
/// held-out prompts (written before the detectors, never tuned on) and both presidio-research halves split by
/// template (odd template ids held out). Development figures, not a generalisation claim for the tuned parts;
/// the asserts are loose sanity bounds so the figures are printed even when they move.
/// </summary>
[Trait("Category", "Dev")]
public sealed class ContextualEvaluationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Chinese records, chats, forms, 病历 and 工资条 written for the second tuning pass, and the third pass's registers,
    /// name shapes and look-alike negatives (-2; "\n" is a line break there), and the tenth pass's surnames, transliterated names,
    /// civil-affairs and tax records (-3), and the eleventh pass's SQL rows, spoken and English-ordered addresses, Hong Kong pay,
    /// rosters, hiring roles and public figures' ages (-4), and the twelfth pass's parcel labels, family paperwork, survey roles,
    /// identity checks and masked mobiles (-5), and the thirteenth pass's retirement ages, notes to teachers, dues and shared
    /// costs, board pay and zh privilege and circulation legends (-6); family homes on a route, PDF-split names, obituaries and
    /// wedding scripts, Cantonese health, payslips, hire welcomes, footer legends and 身分證 labels (-7). Tuning data: errors printed.
    /// </summary>
    [Theory]
    [InlineData("contextual-zh-tuning.tsv")]
    [InlineData("contextual-zh-tuning-2.tsv")]
    [InlineData("contextual-zh-tuning-3.tsv")]
    [InlineData("contextual-zh-tuning-4.tsv")]
    [InlineData("contextual-zh-tuning-5.tsv")]
    [InlineData("contextual-zh-tuning-6.tsv")]
    [InlineData("contextual-zh-tuning-7.tsv")]
    public void Classify_ChineseTuningPrompts_PrintsRecallFalsePositivesAndErrors(string file)
    {
        output.WriteLine(file);
        var items = ContextualEvaluation.LoadPrompts(file, unescapeNewlines: file != "contextual-zh-tuning.tsv");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: true);

        Assert.True(score.Recall > 0.5, $"recall {score.Recall:F3}");
    }

    [Theory]
    [InlineData("contextual-tuning.tsv")]
    [InlineData("contextual-tuning-2.tsv")]
    [InlineData("contextual-tuning-4.tsv")]
    [InlineData("contextual-tuning-6.tsv")]
    [InlineData("contextual-tuning-8.tsv")]
    [InlineData("contextual-heldout.tsv")]
    public void Classify_ContextualPrompts_PrintsRecallAndFalsePositivesPerKind(string file)
    {
        output.WriteLine(file);
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), ContextualEvaluation.LoadPrompts(file, unescapeNewlines: file.EndsWith("-4.tsv", StringComparison.Ordinal) || file.EndsWith("-6.tsv", StringComparison.Ordinal) || file.EndsWith("-8.tsv", StringComparison.Ordinal)), output.WriteLine, showErrors: file.Contains("tuning", StringComparison.Ordinal));

        Assert.True(score.Recall > 0.5, $"recall {score.Recall:F3}");
        Assert.True(score.FalsePositiveRate < 0.25, $"false-positive rate {score.FalsePositiveRate:F3}");
    }

    /// <summary>
    /// Independent held-out set (contextual-heldout-2.tsv, about half zh): written from issue 15's policy text only, by an
    /// author who never read the detectors, their tuning data or the other held-out files. Never tuned on: per-kind
    /// figures only, no individual errors or prompt texts are printed.
    /// </summary>
    [Fact]
    public void Classify_IndependentHeldOut2_PrintsRecallAndFalsePositivesPerKindOnly()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-heldout-2.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-heldout-2.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: false);

        Assert.True(items.Count >= 200 && score.Negatives >= items.Count / 3, $"{items.Count} prompts, {score.Negatives} negatives");
        Assert.True(score.Recall > 0.5, $"recall {score.Recall:F3}");
        Assert.True(score.FalsePositiveRate < 0.25, $"false-positive rate {score.FalsePositiveRate:F3}");
    }

    /// <summary>
    /// Third independent held-out set (contextual-heldout-3.tsv, about half zh): written from issue 15's policy text only by an
    /// author who read neither the detectors nor any other data file, never ran the classifier on it. Never tuned on: per-kind
    /// figures only, no prompt is printed. Only the file's shape is asserted; the lead reads the figures.
    /// </summary>
    [Fact]
    public void Classify_IndependentHeldOut3_PrintsRecallAndFalsePositivesPerKindOnly()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-heldout-3.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-heldout-3.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: false);

        Assert.True(items.Count >= 280 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// Fourth independent held-out set (contextual-heldout-4.tsv, about half zh): written from issue 15's policy text only by an author
    /// who read neither the detectors nor any other data file's sentences and never ran the classifier on it. Real-world registers
    /// (pension and insurance letters, clinics, vets, visa help, landlords, debt collection, payroll exports, court filings, OCR'd
    /// letters, quoted emails) and hard negatives. Never tuned on: per-kind figures only, no prompt is printed; only the file's shape
    /// is asserted, the lead reads the figures.
    /// </summary>
    [Fact]
    public void Classify_IndependentHeldOut4_PrintsRecallAndFalsePositivesPerKindOnly()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-heldout-4.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-heldout-4.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: false);

        Assert.True(items.Count >= 280 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// Fifth independent held-out set (contextual-heldout-5.tsv, 320 prompts, about half zh): written from issue 15's policy text only
    /// by an author who read neither the detectors nor any other data file's sentences and never ran the classifier on it. Registers
    /// new to the earlier authors, each framed as a task sent to an LLM (ticket exports, GitHub issues, SQL/CSV/log lines, CVs/简历,
    /// HR reviews, KYC, underwriting, adjuster notes, police and social-worker notes, 体检报告, 工资条, 快递面单, 征信报告, 判决书,
    /// 飞书 chat, German/French/Spanish mail, OCR noise) and hard negatives. Never tuned on: per-kind figures only, no prompt is
    /// printed; only the file's shape is asserted, the lead reads the figures.
    /// </summary>
    [Fact]
    public void Classify_IndependentHeldOut5_PrintsRecallAndFalsePositivesPerKindOnly()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-heldout-5.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-heldout-5.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: false);

        Assert.True(items.Count >= 300 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// Sixth independent held-out set (contextual-heldout-6.tsv, 324 prompts, half zh): written from issue 15's policy text only by an
    /// author who read neither the detectors nor any other data file's rows and never ran the classifier on it. Registers none of the
    /// earlier authors used, each framed as a task sent to an LLM (call-centre, meeting and voicemail transcripts, calendar invites,
    /// booking confirmations, RSVPs, prayer requests, crowdfunding, parking appeals, HOA disputes, wills, divorce settlements, loan
    /// applications, bank statements, insurance claims, NDAs, term sheets, embargoed releases; 相亲资料, 家长群, 物业通知, 外卖备注,
    /// 网约车, 医保报销, 献血, 面试记录, 银行流水, 离婚协议, 遗嘱, 保险理赔, 涉密) and hard negatives. Never tuned on: per-kind figures
    /// only, no prompt is printed; only the file's shape is asserted, the lead reads the figures.
    /// </summary>
    [Fact]
    public void Classify_IndependentHeldOut6_PrintsRecallAndFalsePositivesPerKindOnly()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-heldout-6.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-heldout-6.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: false);

        Assert.True(items.Count >= 300 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// Seventh independent held-out set (contextual-heldout-7.tsv, 468 prompts, half zh, 22 per sensitive kind per language): written
    /// from issue 15's policy text only by an author who read neither the detectors nor any other data file's rows and never ran the
    /// classifier on it. Registers none of the earlier authors used, each framed as a task sent to an LLM (pharmacy refills, home-care
    /// logs, asylum case notes, athletic injury reports, pet insurance, wage garnishment, tenant screening, prison visits, customs
    /// declarations, occupational health, expat relocation, audit findings, data rooms, source-code headers; 出院小结, 心理咨询记录,
    /// 社保缴费, 个税汇算, 低保申请, 残疾证, 入职体检, 背调报告, 户口本, 结婚登记, 出生证明, 董事会决议, 审计底稿) and hard negatives.
    /// Never tuned on: per-kind figures only, no prompt is printed; only the file's shape is asserted, the lead reads the figures.
    /// </summary>
    [Fact]
    public void Classify_IndependentHeldOut7_PrintsRecallAndFalsePositivesPerKindOnly()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-heldout-7.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-heldout-7.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: false);

        Assert.True(items.Count >= 450 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// contextual-tuning-3.tsv: zh/en tuning prompts by a third author, written from issue 15's policy text only (insurance,
    /// schools, property, couriers, gyms, law firms, clinics, recruiting, government services). Tuning data: errors printed.
    /// Only the file's shape is asserted, so the figures print whatever they are without holding CI hostage to them.
    /// </summary>
    [Fact]
    public void Classify_IndependentTuning3_PrintsRecallFalsePositivesAndErrors()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-tuning-3.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-tuning-3.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: true);

        Assert.True(items.Count >= 100 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// contextual-tuning-5.tsv: zh/en tuning prompts by a fourth author, written from issue 15's policy text only (gyms, weddings,
    /// movers, hotel guest cards, returns, pharmacy delivery, donors, airlines, elder-care logs, voice transcripts, Slack, markdown
    /// tables, recruiters, telecom CRM). Tuning data: errors printed. Only the file's shape is asserted.
    /// </summary>
    [Fact]
    public void Classify_IndependentTuning5_PrintsRecallFalsePositivesAndErrors()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-tuning-5.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-tuning-5.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: true);

        Assert.True(items.Count >= 140 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// contextual-tuning-7.tsv: zh/en tuning prompts by a fifth author, written from issue 15's policy text only, each framed as a
    /// task sent to an LLM (unit-test fixtures and code comments, genealogy, delivery-driver notes, voice-assistant transcripts, SMS
    /// threads, order JSON, 租房合同, 钉钉/企业微信 chat, 学籍, 公积金). Tuning data: errors printed. Only the file's shape is asserted.
    /// </summary>
    [Fact]
    public void Classify_IndependentTuning7_PrintsRecallFalsePositivesAndErrors()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-tuning-7.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-tuning-7.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: true);

        Assert.True(items.Count >= 150 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// contextual-tuning-9.tsv: zh/en tuning prompts by a sixth author, written from issue 15's policy text only, each framed as a
    /// task sent to an LLM (alumni directories, clinical-trial pre-screening, dental recall, mood/IVF journals, smartwatch exports,
    /// opticians, scholarships, fostering, club rosters, slide footers; 租客登记, 志愿者名单, 粤语/繁体 chats, 养老院, 驾校, 验光单).
    /// Tuning data: errors printed. Only the file's shape is asserted.
    /// </summary>
    [Fact]
    public void Classify_IndependentTuning9_PrintsRecallFalsePositivesAndErrors()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-tuning-9.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-tuning-9.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: true);

        Assert.True(items.Count >= 150 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    /// <summary>
    /// contextual-tuning-10.tsv: zh/en tuning prompts by a seventh author, written from issue 15's policy text only, each framed as a
    /// task sent to an LLM (EMS run sheets, school-nurse logs, jury letters, tutoring CRM, nursery forms, race waivers, sublets,
    /// legal-hold notices, pentest reports; 小红书, 微信/QQ 截图 OCR, 房产证, 月嫂合同, 入园登记, 兵役登记, 学生资助, 病历首页, 商密, 定密).
    /// Tuning data: errors printed. Only the file's shape is asserted.
    /// </summary>
    [Fact]
    public void Classify_IndependentTuning10_PrintsRecallFalsePositivesAndErrors()
    {
        var items = ContextualEvaluation.LoadPrompts("contextual-tuning-10.tsv", unescapeNewlines: true);
        output.WriteLine($"contextual-tuning-10.tsv: {items.Count} prompts, {items.Count(i => i.Sensitive)} sensitive, {items.Count(i => i.Kind.StartsWith("zh/", StringComparison.Ordinal))} zh");
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: true);

        Assert.True(items.Count >= 150 && score.Negatives >= items.Count / 3 && score.Positives >= items.Count / 2, $"{items.Count} prompts, {score.Negatives} negatives");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Classify_PresidioByTemplateHalf_PrintsRecallAndFalsePositivesPerKind(bool heldOut)
    {
        output.WriteLine(heldOut ? "presidio held-out half (odd template ids)" : "presidio tuning half (even template ids)");
        var path = PresidioDevEvaluationTests.FindDataFile(Path.Combine("shared", "data", "pii", "presidio_generated_large.json"));
        var items = ContextualEvaluation.LoadPresidio(path, heldOut);
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: !heldOut);

        Assert.True(score.Recall > 0.5, $"recall {score.Recall:F3}");
        Assert.True(score.FalsePositiveRate < 0.25, $"false-positive rate {score.FalsePositiveRate:F3}");
    }

    [Theory]
    [InlineData("presidio-recombined-templates.tsv")]
    [InlineData("presidio-recombined-templates-2.tsv")]
    [InlineData("presidio-recombined-templates-3.tsv")]
    [InlineData("presidio-recombined-templates-4.tsv")]
    [InlineData("presidio-recombined-templates-5.tsv")]
    public void Classify_RecombinedTuningTemplates_PrintsRecallAndFalsePositivesPerKind(string templateFile)
    {
        output.WriteLine(templateFile + ": tuning templates filled with presidio tuning-half values");
        var path = PresidioDevEvaluationTests.FindDataFile(Path.Combine("shared", "data", "pii", "presidio_generated_large.json"));
        var items = ContextualEvaluation.LoadRecombined(path, templateFile, 6, 15);
        var score = ContextualEvaluation.Run(SensitivityClassifierFactory.Create(), items, output.WriteLine, showErrors: true);

        Assert.True(score.Recall > 0.5, $"recall {score.Recall:F3}");
        Assert.True(score.FalsePositiveRate < 0.25, $"false-positive rate {score.FalsePositiveRate:F3}");
    }
}
