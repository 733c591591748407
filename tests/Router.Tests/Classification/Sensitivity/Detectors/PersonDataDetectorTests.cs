using Router.Classification;
using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class PersonDataDetectorTests
{
    [Theory]
    [InlineData("Referral for Mr. Ahmed Karimi: persistent chest pain, started on aspirin.", "Ahmed Karimi")]
    [InlineData("Amanda Kowalski was diagnosed with multiple sclerosis last spring.", "Amanda Kowalski")]
    [InlineData("患者王建军，男，58岁，主诉胸闷气短三天，既往冠心病史。", "王建军")]
    [InlineData("帮我给张志刚写个请假条，他下周要做阑尾炎手术。", "张志刚")]
    public void Health_NamedPerson_FindsName(string text, string expected) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonHealthDetector>(), text, expected);

    [Theory]
    [InlineData("Jonathan Mills earns $7,200 a month before tax.", "Jonathan Mills")]
    [InlineData("陈伟欠我两万块钱一直不还，帮我写一封催款信。", "陈伟")]
    public void Finance_NamedPerson_FindsName(string text, string expected) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonFinanceDetector>(), text, expected);

    [Theory]
    [InlineData("Candidate profile: Miguel Santos, born 12 March 1991, Lisbon.", "Miguel Santos")]
    [InlineData("孙浩，1992年7月出生，本科学历。", "孙浩")]
    public void BirthDate_NamedPerson_FindsName(string text, string expected) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonBirthDateDetector>(), text, expected);

    [Theory]
    [InlineData("Borrower Nikhil Mehta requested a payment holiday.", "Nikhil Mehta")]
    [InlineData("收货人：周志华，电话稍后补充。", "周志华")]
    public void Record_RoleNextToName_FindsName(string text, string expected) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonRecordDetector>(), text, expected);

    [Theory]
    [InlineData("Send the signed lease to Peter Novak, 77 Beacon Street, Boston.", "77 Beacon Street")]
    [InlineData("Please deliver the flowers to 19 Elm Close — it's my mother's house.", "19 Elm Close")]
    [InlineData("请寄到南京市鼓楼区中山路321号，王小红收。", "南京市鼓楼区中山路321号")]
    public void Address_PersonOrDelivery_FindsAddress(string text, string expected) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text, expected);

    [Theory]
    [InlineData("What caused Beethoven's deafness and did Ludwig van Beethoven take any medication?")]
    [InlineData("In Breaking Bad, how does Walter White pay for his cancer treatment?")]
    [InlineData("Microsoft CEO Satya Nadella said revenue grew to $62 billion.")]
    [InlineData("How is pneumonia treated in elderly patients?")]
    [InlineData("Template: Dear [Patient Name], your diagnosis of {condition} is ready.")]
    [InlineData("孔子是哪一年出生的？")]
    [InlineData("《三国演义》里关羽是怎么死的？")]
    [InlineData("今年营收 93632 万元，同比增长 16%，帮我写总结")]
    [InlineData("高血压患者平时饮食要注意什么？")]
    public void AllPersonDetectors_PublicFictionGeneralOrTemplate_FindNothing(string text)
    {
        var verdict = SensitivityClassifierFactory.Create().Classify([text], []);

        Assert.DoesNotContain(verdict.Entities, e => e.Type.StartsWith("person_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Fastcase office is at 96 Hausergasse 59, Colle Di Tora")]
    [InlineData("What is the address of the Louvre and when does it open?")]
    [InlineData("Meet me at the cafe at 12 Market Street at noon")]
    public void Address_VenueOrTravel_FindsNothing(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text);

    [Fact]
    public void Classify_HealthAndRole_IsHighWithBothReasonsAvailable()
    {
        var verdict = SensitivityClassifierFactory.Create().Classify(["Patient Ruth Anderson takes metformin 1000 mg twice daily."], []);

        Assert.Equal(SensitivityLevel.High, verdict.Level);
        Assert.Contains("person_health", verdict.EntityTypeCounts.Keys);
    }

    [Fact]
    public void Classify_RoleOnly_IsModerate()
    {
        var verdict = SensitivityClassifierFactory.Create().Classify(["Our tenant Bridget Walsh wants to sublet the second bedroom."], []);

        Assert.Equal(SensitivityLevel.Moderate, verdict.Level);
        Assert.Equal(["person_record"], verdict.EntityTypeCounts.Keys);
    }
}
