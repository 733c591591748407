using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Personal-data classes of the eighteenth pass (issue 15, s26-ctx): zh members, reporters, defendants, care-home residents and
/// minded children named after their role noun (with modifiers before it); a student's bursar or registrar hold; a board column
/// named after its people with a card's name under it; a thesis candidate; salon, oncology, sports and occupational-health
/// conditions; household rosters with (relation, age); a CRM row's split name fields; a child performer whose given name is a
/// word; a performer's booked day rate. As exemptions: a company's public annual report, a performer's fee in the press, a
/// team role the writer addresses. Hard negatives beside each class and must-still-fire rows with the writer's own data for
/// each exemption (GUIDE 3b). All examples are written for these tests.
/// </summary>
public sealed class PersonContextEighteenthPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("农机合作社：社员 覃立新 想退出合作社，帮我写一份退社申请")]
    [InlineData("球队通知：队员 邝子轩 下周请假，帮我写请假条")]
    [InlineData("项目组：组员 龚佳怡 这周调岗，帮我写交接说明")]
    [InlineData("报警回执：报案人 尹晓婷 的手机在地铁被偷，帮我写情况说明")]
    [InlineData("仲裁庭：答辩人 覃海峰 的答辩意见，帮我整理成书面材料")]
    [InlineData("申诉人 谭雅琪 对处分不服，帮我起草申诉书")]
    [InlineData("敬老院：新来的入住老人 萧桂芬，帮我写入住登记说明")]
    [InlineData("托管班：托管儿童 祁浩然 今天由外婆接，帮我写家长通知")]
    [InlineData("护理院：新入住的老人 骆凤英，帮我写一封给家属的欢迎信")]
    [InlineData("幼儿园：刚入园的小朋友 鲍一航，帮我写给家长的通知")]
    public void ChineseRoleNounFamilies_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("社员是什么意思？合作社社员有哪些权利？")]
    [InlineData("答辩人一般要准备哪些材料？")]
    [InlineData("报案人需要带身份证吗？")]
    [InlineData("养老院新入住老人通常需要适应多久？")]
    [InlineData("社员大会下周召开，帮我写通知")]
    [InlineData("老人家身体硬朗，这首诗写的是哪位诗人？")]
    [InlineData("小朋友们喜欢什么样的绘本？")]
    public void ChineseRoleNounFamilies_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Student Yusuf Demir has a hold on his transcript from the registrar. Write him a short email.")]
    [InlineData("Student Mateo Ferreira can't graduate until the bursar clears his tuition balance; draft a note to him.")]
    [InlineData("Asana board \"Applicants\": Tomasz Nowicki — status: reference check. Draft the update.")]
    [InlineData("Our Trello list \"Tenants\" → Kerry Maguire — stage: deposit pending. Write the reminder.")]
    [InlineData("HubSpot pipeline, column Leads: Ingrid Solberg — status: demo booked. Write a follow-up.")]
    [InlineData("Viva arrangements: candidate Rhys Pritchard, external examiner to be confirmed. Draft the email to the panel.")]
    [InlineData("Thesis defence schedule for candidate Leonie Brandt — committee chair TBC. Write the invitation.")]
    [InlineData("Pupil Saoirse Mulcahy has a hold on her transcript until the library books are back; write to her parents.")]
    [InlineData("Learner Bartek Zielinski: the registrar has put a hold on his certificate. Draft the email.")]
    public void StudentsBoardsAndThesisCandidates_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("How does a kanban board work for tracking job candidates?")]
    [InlineData("What is a viva and how should a candidate prepare?")]
    [InlineData("Trello board for our book club: list \"Members\" — add a column for favourite novels.")]
    [InlineData("Notion board \"Leads\": Acme Logistics — stage: proposal sent. Write the follow-up.")]
    [InlineData("What does a registrar hold on a student's transcript mean?")]
    public void StudentsBoardsAndThesisCandidates_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Salon note: Priscilla Wamalwa has alopecia areata patches at the crown, avoid tight braids. Rewrite for the stylist.")]
    [InlineData("Nail bar card: Joanne Whitlock — onychomycosis on both big toes, no gel until cleared.")]
    [InlineData("Barber card for Tariq Mensah: tinea capitis, refer to GP before any fade.")]
    [InlineData("Chemo suite: Graham Oduya's FOLFOX cycle 6 deferred, PLT 62. Phone him and draft the text.")]
    [InlineData("Ward note: Sunita Rao, R-CHOP cycle 2, febrile neutropenia last week; write the handover.")]
    [InlineData("Let the coach know Darragh Quinn won't be at training, he's still on return-to-play after the knock.")]
    [InlineData("Tell the coach Ruairi Byrne is out Saturday with a concussion, write it nicely.")]
    [InlineData("OH referral: Beatriz Antunes, care assistant, lumbar radiculopathy L4/5, light duties for a month. Draft the manager's note.")]
    [InlineData("处方：患者 宁雨桐，抑郁发作，舍曲林 50mg qd，帮我写用药说明")]
    [InlineData("门诊处方笺：患者 井雨桐，焦虑障碍，帕罗西汀 20mg，帮我解释副作用")]
    public void SalonOncologySportAndOccupationalHealth_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What is traction alopecia and can braids cause it?")]
    [InlineData("Explain the FOLFOX regimen and why cycles get delayed for neutropenia.")]
    [InlineData("Which NFL quarterbacks went into concussion protocol this season?")]
    [InlineData("What restrictions does an occupational health report usually give for cervical radiculopathy?")]
    [InlineData("Liverpool coach Arne Slot said the striker is on concussion protocol.")]
    [InlineData("The ANC 2024 manifesto: summarise Thandi Mokoena's article on it.")]
    public void SalonOncologySportAndOccupationalHealth_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Household list for the census form: Kwame Asante (head, 58), Abena Asante (wife, 49), Kofi Asante (son, 14). Translate to French.")]
    [InlineData("Roster: Marta Kowalczyk (mother, 83), Piotr Kowalczyk (son, 55) — fill in the care needs form.")]
    [InlineData("Firstname Soren | Lastname Aaby | DOB 12/05/1988 | Tier Gold — write the birthday voucher.")]
    [InlineData("Export line: Forename Bethan; Surname Lloyd; Date of birth 03.11.1979; write her renewal letter.")]
    [InlineData("Loyalty CRM row: First name Ines | Last name Carvalho | Birthdate 1987-08-22 | Tier Silver. Write her birthday offer.")]
    [InlineData("少儿模特报名：童模 许诺，2018 年 9 月 1 日生，帮我写报名表说明")]
    [InlineData("试镜名单：童星 平安，2016 年 4 月 12 日生，帮我写试镜邀请")]
    public void RostersRowsAndChildPerformers_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Template: Dear Firstname Lastname, happy 40th birthday! Make it warmer.")]
    [InlineData("Household roster template: Name (relation, age) — how should I fill it in?")]
    [InlineData("童星一般几岁开始拍戏？")]
    [InlineData("客户满意，2024 年度满意度报告请帮我总结")]
    public void RostersRowsAndChildPerformers_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Booking confirmation: actor Declan Moyo, £650 a day, 4 days guaranteed. Write it up for the agent.")]
    [InlineData("Call sheet note: singer Aurelie Masson, €1,200 per day for the session, buyout included. Draft the email.")]
    [InlineData("剧组通知：演员 贺思琪 日薪 1800 元，保底 10 天，帮我写确认函")]
    public void BookedPerformersPay_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Variety reports actress Zendaya earns $1 million per episode. Is that normal?")]
    [InlineData("据报道，演员 杨幂 片酬每天 208 万元，这合理吗？")]
    [InlineData("How much do actors usually get paid per day as extras?")]
    public void PerformersFeesInThePress_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Summarise Halvorsen Kvist's annual report: revenue, debt and dividend outlook.")]
    [InlineData("What does Nordvik Mining's latest 10-K say about its debt and salaries?")]
    [InlineData("Compare Brightwater Shipping's annual results with last year: revenue, net debt.")]
    public void CompanyPublicReports_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Summarise Mr Owen Pryce's annual report to the bank: salary £48,000, debt £12,000.")]
    [InlineData("My brother Dafydd Rees's annual report for the credit union says he owes £3,400.")]
    public void CompanyPublicReports_MustStillFire_WithTheWritersOwnPeople(string text) =>
        Assert.True(IsSensitive(text));
}
