using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Classes of the sixteenth pass (issue 15, s24-ctx2), en and zh: zh prescriptions and records naming a patient, occupational-health
/// referrals, carers' quoted notes about a named resident, a programme's beneficiaries and participants, zh given names that open with
/// 向/有/为/和 after a label (会员 毕向东), certificates (兹证明 …), a school's award holder (… 同学为…获得者), and companies after
/// client/customer (Roche Diagnostics, Bosch Rexroth) and German invoice numbers that are no one's pay. Hard negatives beside each
/// class, and private customers with the same cue words that still fire (GUIDE 3b). All examples are written for these tests.
/// </summary>
public sealed class PersonContextSixteenthPassHealthRoleTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("处方笺：患者 麦嘉琪，抑郁发作，舍曲林 50mg 每日一次。这个药饭前还是饭后吃？")]
    [InlineData("病历摘要 — 患者 闫子墨，男，2型糖尿病，二甲双胍 0.5g bid。请问这个剂量大不大？")]
    [InlineData("诊断证明：患者 荀文静 因腰椎间盘突出需休息两周。这个诊断严重吗？")]
    [InlineData("处方：患者 冼浩然，失眠，佐匹克隆 7.5mg qn。这种药会不会上瘾？")]
    [InlineData("门诊处方 患者 庞一鸣 高血压 氨氯地平 5mg qd，这药有哪些副作用？")]
    [InlineData("處方箋 患者：喻曉彤 過敏性鼻炎 氯雷他定10mg 每日一次，小孩能吃嗎？")]
    [InlineData("病历：患者 龚慧敏，焦虑状态，劳拉西泮 0.5mg prn。这个药需要注意什么？")]
    public void ZhPrescriptionHeadings_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("艾司西酞普兰的常用剂量是多少？处方上一般怎么写？")]
    [InlineData("处方笺的格式是什么？患者姓名、诊断、药品名称、剂量都要写吗？")]
    [InlineData("帮我补全这个病历模板：患者 XXX，诊断：____，用药：____ 10mg qd。")]
    [InlineData("舍曲林 50mg 每日一次，这个药饭前还是饭后吃？有什么注意事项？")]
    public void ZhPrescriptionHeadings_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Fit note for Bronwyn Tallis, care assistant: lumbar strain, light duties only until 3 March. Draft the email to her manager.")]
    [InlineData("Return-to-work plan - Imran Qureshi (forklift driver), hernia repair, no lifting over 5 kg for six weeks. Please format it.")]
    [InlineData("OH referral: Tomasz Kowalczyk, line cook, carpal tunnel in the right wrist, prep duties only for a month. Summarise for the rota.")]
    [InlineData("Occupational health report: Priya Raman, call-centre agent, vocal cord nodules, a break from the headset every hour. Write to her team leader.")]
    [InlineData("Work restrictions for Gareth Llewellyn, scaffolder: torn meniscus, no ladders or heights for 8 weeks. Tidy this up.")]
    [InlineData("Phased return for Aoife Brennan, staff nurse, after shingles: 4-hour shifts for two weeks. Draft the plan.")]
    [InlineData("OH referral: Marek Dvorak, bus driver, sleep apnoea, no driving duties until reviewed. Write the letter to his depot manager.")]
    public void OccupationalHealthReferrals_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What should an occupational health referral include for a warehouse picker with a rotator cuff tear?")]
    [InlineData("Job ad: warehouse picker, must be able to lift 20 kg and work overhead. No experience needed.")]
    [InlineData("Template: OH referral: [Employee name], [job title], [diagnosis], restrictions: [ ]. Fill in the guidance notes.")]
    [InlineData("How long should light duties last after a rotator cuff tear for a manual worker? General guidance please.")]
    public void OccupationalHealthReferrals_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Night log: \"Mr Alfred Pennington refused his donepezil and was agitated until 2am.\" Can you tidy this for the morning handover?")]
    [InlineData("Care plan entry - \"Ms Glenys Harcourt had a fall in the lounge, no injury seen.\" Rewrite it in a professional tone.")]
    [InlineData("Handover note: \"Mrs Doreen Ashby spat out her tablets again, very confused today.\" How do I word this kindly?")]
    [InlineData("Carer's diary: \"Mr Stanley Okoro would not take his rivastigmine patch, shouting at staff.\" Make it sound factual.")]
    [InlineData("From the day book: 'Mrs Winifred Sallis declined lunch and her meds, weepy all afternoon.' Help me write it up for the family.")]
    [InlineData("Shift notes say \"Ms Pauline Kerrigan was restless and refused her memantine twice.\" Rephrase for the GP.")]
    public void CarersQuotedNotes_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Memantine is often declined by residents at lunch; what strategies can carers use?")]
    [InlineData("The leaflet says: \"Do not stop taking memantine without talking to your doctor.\" Translate it into Polish.")]
    [InlineData("How should carers record a resident refusing medication? Give me an example sentence with a placeholder name.")]
    public void CarersQuotedNotes_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Beneficiary Kwame Asante of our microloan scheme missed two repayments. Draft a gentle reminder.")]
    [InlineData("Grantee Lucia Fernandez of the community arts fund has moved to Leeds. Write the change-of-address note.")]
    [InlineData("Participant Ngozi Okafor of our job-readiness programme dropped out in week 3. Write the exit summary.")]
    [InlineData("Enrollee Samuel Mensah of the housing assistance scheme needs a new caseworker. Draft the referral.")]
    [InlineData("Recipient Halima Yusuf of our girls' education bursary has finished secondary school. Write her a congratulation letter.")]
    [InlineData("帮扶对象 韦春燕 家里房子漏雨，想申请临时救助，帮我写个情况说明。")]
    [InlineData("受助人 蒙小雨 今年考上了大学，帮我写一封给捐助人的感谢信。")]
    public void ProgrammeBeneficiaries_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("The recipient of our grant must be a registered charity. Explain the eligibility rules.")]
    [InlineData("Participant information sheet for the programme: who can take part and how is data stored?")]
    [InlineData("Beneficiaries of the school-feeding scheme are chosen by the district office. How does that work?")]
    [InlineData("受助人应当如实提供家庭经济情况，帮扶对象由村委会评定，这个流程怎么写？")]
    public void ProgrammeBeneficiaries_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("我是工会干事，明天要陪会员 覃志刚 去劳动仲裁委，帮我列一下要带的材料。")]
    [InlineData("下周要带学员 甘思彤 去考场，帮我写个注意事项。")]
    [InlineData("我们律所要代表当事人 卢振华 出庭，帮我整理证据清单。")]
    [InlineData("陪客户 钟雅琳 去银行办理抵押，需要准备什么？")]
    [InlineData("协会要为会员 莫家豪 出具推荐信，帮我起草一下。")]
    public void ZhNamesWithFunctionWordGivenNames_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("会员参加仲裁需要准备哪些材料？协会能不能陪同？")]
    [InlineData("下周要陪会员去参加仲裁，帮我列一下一般需要的材料。")]
    public void ZhNamesWithFunctionWordGivenNames_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("兹证明 包雅婷 自2021年3月起在本公司担任行政专员，表现良好。帮我改得正式一点。")]
    [InlineData("兹证明 骆俊杰 同志自2018年起在我单位从事财务工作至今。请润色。")]
    [InlineData("兹证明 詹晓琳 女士于2020年入职我司，现任人事主管。帮我翻译成英文。")]
    [InlineData("兹证明 严子豪 系我校2023级学生，在读。帮我改一下格式。")]
    public void ZhCertificates_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("在职证明一般怎么写？开头要写\"兹证明\"吗？")]
    [InlineData("兹证明 XXX 自____年起在我司任职____，请给我一个模板。")]
    public void ZhCertificates_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("经学院评议，同意 骆晓雯 同学为2024年度三好学生获得者。帮我改一下通知。")]
    [InlineData("校务会决定 卓文博 同学为本学期优秀班干部称号获得者，请帮我写表彰词。")]
    [InlineData("评选委员会确认 阎思琪 同学为本年度励志奖获得者，帮我润色会议纪要。")]
    [InlineData("推荐 邹梓涵 同学为校级优秀毕业生获得者，帮我写推荐理由。")]
    public void ZhSchoolAwardHolders_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("屠呦呦为2015年诺贝尔生理学或医学奖获得者，请介绍一下她的贡献。")]
    [InlineData("优秀学生奖获得者需要满足哪些条件？请帮我写评选办法。")]
    [InlineData("本年度奖学金获得者名单将于下周公布，请同学们关注。")]
    public void ZhSchoolAwardHolders_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Our client Joanna Whitfield owes us £2,300 on invoice 552 and hasn't replied. Draft a reminder.")]
    [InlineData("Our customer Martin Roche called about his overdue account. Write a polite follow-up.")]
    [InlineData("Our client Harriet Bosch still owes £640 on her account; draft a reminder.")]
    public void CompanyClients_StillFire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Our client is Roche Diagnostics and their procurement portal wants our VAT number. Where do we find it?")]
    [InlineData("Our customer Siemens Healthineers asked for a certificate of insurance. What should it include?")]
    [InlineData("Client: Novartis Pharma - they need our bank details updated on their vendor form. Draft the email.")]
    [InlineData("Our client Abbott Laboratories wants a W-9 from us; what is that form for?")]
    [InlineData("The customer, Bosch Rexroth, is asking about payment terms on invoice 4471. How do I reply?")]
    public void CompanyClients_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Kundin Sabine Vogt, Kundennr. 553190, schuldet uns noch 1.240 EUR. Bitte formuliere die Mahnung.")]
    public void GermanCustomerNumbers_StillFire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Rechnungsnr. 2024-0871, Kundennr. 553190 - wie formuliere ich die Zahlungserinnerung auf Englisch?")]
    [InlineData("Auftragsnr. 77812, Kundennummer 901244 - bitte übersetze die Mahnung ins Englische.")]
    [InlineData("Kundennr. 118204, Rechnung vom 3. Mai, offener Betrag 420 EUR. Wie schreibe ich eine freundliche Mahnung?")]
    public void GermanCustomerNumbers_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));
}
