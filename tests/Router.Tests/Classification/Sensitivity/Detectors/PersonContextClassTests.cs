using Router.Classification;
using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Classes of personal data in context from the fourth pass (issue 15, i15-ctx): broader birth, health and pay phrasing in
/// en and zh, and vetoes for fiction, public figures, templates and organisation addresses. Every rule has a case that
/// must fire and one that must not; all examples are written for these tests.
/// </summary>
public sealed class PersonContextClassTests
{
    private static IEnumerable<string> PersonTypes(string text) =>
        SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type.StartsWith("person_", StringComparison.Ordinal)).Select(e => e.Type);

    [Theory]
    [InlineData("Heads up: Marcus Holloway turns 50 next week, I'm ordering the cake.")]
    [InlineData("Marcus Holloway turned forty in March and wants a quiet party.")]
    [InlineData("Referral: Leo Marchetti, a 45 year old roofer, back pain for 3 weeks.")]
    [InlineData("Ward note: Agnes Whitlow, 83 y/o, lives alone.")]
    [InlineData("For the file: Samuel Okoro is in his early sixties and recently retired.")]
    [InlineData("Grace Adeyemi was born on the fifth of June in Leeds.")]
    public void BirthDate_ColloquialAge_Fires(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonBirthDateDetector>(), text));

    [Theory]
    [InlineData("Marcus Holloway turns the page and keeps reading.")]
    [InlineData("Marcus Holloway wrote a history of music in the sixties.")]
    [InlineData("Marcus Holloway was born into a family of farmers.")]
    [InlineData("Marcus Holloway asked about birth control options for the clinic leaflet.")]
    public void BirthDate_SameWordsWithoutAnAge_DoesNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonBirthDateDetector>(), text);

    [Theory]
    [InlineData("Can you explain these results for Martin Kowal? A1C 8.4, LDL 162, eGFR 58.")]
    [InlineData("Olivia Brennan called in sick again, she says it's her migraines, can you log it?")]
    [InlineData("Is it safe for Teresa Lindqvist to take ibuprofen while she's on Eliquis?")]
    [InlineData("Samira Yusuf has panic attacks since the accident and sees a counsellor weekly.")]
    [InlineData("intake: Maria Ivanova says she has type 1 diabetes, what should the trainer watch out for?")]
    [InlineData("Nora Fitzgerald broke her wrist skiing and is in a cast for six weeks.")]
    [InlineData("彭美玲上周做了胃镜，说是萎缩性胃炎。")]
    [InlineData("郭子豪昨天晚上拉肚子，今天请假在家。")]
    [InlineData("程晓燕做完剖腹产，还在月子中心。")]
    public void Health_ClinicalAndColloquial_Fires(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonHealthDetector>(), text));

    [Theory]
    [InlineData("What is a normal A1C level for an adult?")]
    [InlineData("The clinic at 47 Via Roma offers free flu shots to residents.")]
    [InlineData("剖腹产后多久可以洗澡？")]
    [InlineData("Did Steve Jobs have pancreatic cancer, and what treatment did he choose?")]
    public void Health_GeneralOrPublic_DoesNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonHealthDetector>(), text);

    [Theory]
    [InlineData("熊志明这个月到手工资6200，扣了迟到的钱。")]
    [InlineData("麻烦统计一下：罗佳怡花呗欠了一万二，每月还一千。")]
    [InlineData("帮我写个欠条：今借到洪丽娟人民币伍万元整，一年内归还。")]
    [InlineData("Ethan Kerr's take-home this month was 2,940 after tax and pension.")]
    public void Finance_ColloquialPayAndDebt_Fires(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonFinanceDetector>(), text));

    [Theory]
    [InlineData("My name appears incorrectly on my credit card statement, please correct it to Mr. John Hansen.")]
    [InlineData("月薪一万在上海算什么水平？")]
    [InlineData("花呗分期的利息怎么算？")]
    public void Finance_NoAmountOrNoPerson_DoesNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonFinanceDetector>(), text);

    [Theory]
    [InlineData("Sherlock Holmes and Dr. Watson share rooms at 221B Baker Street, London.")]
    [InlineData("Homer Simpson lives at 742 Evergreen Terrace. Which town is that in?")]
    [InlineData("Once upon a time, Tom Bellamy lived with his aunt at 12 Hill Street and was 12 years old.")]
    [InlineData("Imagine a world where Elena Marsh, a detective, is diagnosed with amnesia. Outline the plot.")]
    [InlineData("Make up a fake customer named Tess Ulrich living at 123 Example Street for my demo.")]
    [InlineData("福尔摩斯住在贝克街221号B，这个地址真实存在吗？")]
    [InlineData("哈利波特住在女贞路4号，这是哪个城市？")]
    public void Fiction_KnownCharactersAndStoryFraming_FindNothing(string text) =>
        Assert.Empty(PersonTypes(text));

    [Theory]
    [InlineData("I can't imagine how Jane Whitaker copes with her chemo every week.")]
    [InlineData("Jane Whitaker, 12 Baker Street, was diagnosed with asthma in 2019.")]
    public void Fiction_RealRecordWithOrdinaryWords_StillFires(string text) =>
        Assert.NotEmpty(PersonTypes(text));

    [Theory]
    [InlineData("Write an offer letter: Dear [Candidate], Martin Kowal will confirm your salary of [Amount] per year.")]
    [InlineData("Create a form letter: Hi <first name> <last name>, Ruth Adams says your balance of <amount> is overdue.")]
    [InlineData("Draft a payslip template for John Doe with gross pay 3,000 and net pay 2,400.")]
    [InlineData("Dear Mr./Ms. ________, your loan payment of 300 to Ruth Adams is due.")]
    public void Template_PlaceholderAnywhere_FindsNothing(string text) =>
        Assert.Empty(PersonTypes(text));

    [Theory]
    [InlineData("Ruth Adams owes 300 for the March rent, see note [1].")]
    [InlineData("[EXTERNAL] Ruth Adams owes 300 for the March rent.")]
    [InlineData("See [Ruth's ledger](https://example.org/l): Ruth Adams owes 300 for the March rent.")]
    public void Template_BracketsThatAreNoBlank_StillFire(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonFinanceDetector>(), text));

    [Theory]
    [InlineData("What is Barack Obama's date of birth?")]
    [InlineData("Elon Musk was born on June 28, 1971 in Pretoria - what school did he go to?")]
    [InlineData("Who was older, Isaac Newton or Gottfried Leibniz? When were they born?")]
    [InlineData("After Hedy Lamarr moved to Hollywood, how old was she when she was born?")]
    public void PublicFigure_KnownPersonOrGeneralQuestion_FindsNothing(string text) =>
        Assert.Empty(PersonTypes(text));

    [Theory]
    [InlineData("What is Karen Liu's date of birth? It says 03/05/1980 on the form.")]
    [InlineData("Is Dominic Ashworth allowed in? He turned 17 last month.")]
    public void PublicFigure_PrivatePersonWithStatedData_Fires(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonBirthDateDetector>(), text));

    [Theory]
    [InlineData("北京大学的地址是北京市海淀区颐和园路5号。")]
    [InlineData("The university's address is 5 College Road, please update the footer.")]
    [InlineData("Where is 12 Baker Road? Google Maps can't find it.")]
    public void Address_OrganisationOrPlaceSubject_DoesNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text);

    [Theory]
    [InlineData("我家地址是北京市海淀区颐和园路5号，在北京大学东门旁边。")]
    [InlineData("The parcel goes to 14 Orchard Lane. Grace Whitfield will sign for it.")]
    public void Address_PersonOrHome_StillFires(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text));

    [Theory]
    [InlineData("機密文件：董事會會議紀要（嚴禁外傳）")]
    [InlineData("本邮件内容仅供内部参考，禁止外泄。")]
    public void Confidential_TraditionalAndNewInstructions_Fire(string text) =>
        Assert.Contains(SensitivityClassifierFactory.Create().Classify([text], []).Entities, e => e.Type == "confidential_document");

    [Fact]
    public void Confidential_BannerOpeningAQuotedDocument_Fires() =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<ConfidentialMarkerDetector>(),
            "Please proofread: \"EMBARGOED until 09:00 CET 21 May - The district will announce the closure of two schools.\"", "EMBARGOED");

    [Fact]
    public void Confidential_QuotedMarkerWord_FindsNothing() =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<ConfidentialMarkerDetector>(), "Why is this memo stamped \"EMBARGOED\" at the top");

    [Fact]
    public void Record_ZhApplicantLabel_Fires() =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonRecordDetector>(), "应聘人 段誉龙 已通过二面，下周三终面", "段誉龙");

    [Fact]
    public void Confidential_QuestionAboutTraditionalMarker_FindsNothing() =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<ConfidentialMarkerDetector>(), "什麼是機密文件？怎麼保管？");

    [Theory]
    [InlineData("Carlos Montado was born on Saturday, November 9, 2002. On what day of the week will Carlos be 706 days old?\nA. Friday\nB. Thursday\nC. Wednesday\nD. Tuesday\nAnswer:")]
    [InlineData("Multiple Sclerosis and Yellow Fever are explained in chapter 3 of the handbook.")]
    [InlineData("Aaron Whitcombe's negative triad of beliefs, which explains the cycle of depression, exemplifies what type of therapy?")]
    [InlineData("Pope Urban fell ill with a fever after the council.")]
    public void ExamItemsConditionNamesAndTitles_FindNothing(string text) =>
        Assert.Empty(PersonTypes(text));

    [Theory]
    [InlineData("Jane Whitaker has multiple sclerosis and a fever since Monday.")]
    [InlineData("Ruth Adams, born 3 May 1980.\nA. Review her metformin dose")]
    public void ExamItemsConditionNamesAndTitles_RealRecordStillFires(string text) =>
        Assert.NotEmpty(PersonTypes(text));

    [Fact]
    public void Address_CapitalisedRunAfterAnOrganisationWord_IsNoOwner() =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), "United Nations Day celebrations at 12 Baker Street, everyone welcome.");

    [Fact]
    public void Address_NameAfterAGreeting_StillOwnsIt() =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), "Dear Jane Whitaker, 12 Baker Street, Leeds: your parcel is ready."));

    [Fact]
    public void Address_QuizOptions_FindNothing() =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(),
            "Ms. Perez drove 40 miles in 5 days. How many miles a day?\nA. 5\nB. 7\nC. 8\nD. 10\nAnswer:");
}
