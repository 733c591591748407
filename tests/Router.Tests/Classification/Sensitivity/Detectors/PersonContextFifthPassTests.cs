using Router.Classification;
using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Classes of personal data in context and confidential markers from the fifth pass (issue 15, i15-ctx2): vetoes scoped to
/// where they apply (a fictional character or role-play mentioned in passing, a redaction tag, lettered record sections),
/// companies that read like names, more health and pay phrasing, and bracketed or traditional-character zh markers. Every
/// rule has a case that must fire and one that must not; all examples are written for these tests.
/// </summary>
public sealed class PersonContextFifthPassTests
{
    private static IEnumerable<string> PersonTypes(string text) =>
        SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type.StartsWith("person_", StringComparison.Ordinal)).Select(e => e.Type);

    [Theory]
    [InlineData("Client file: Nadia Holmgren was diagnosed with COPD in 2021 and uses a Spiriva inhaler. She jokes she is no relation to Sherlock.")]
    [InlineData("Our HR team will role-play a difficult conversation next week. Real case: employee Petra Lindqvist earns £38,000 and has asked for a raise.")]
    [InlineData("Tenant Gareth Pryce lives at 14 Mill Lane, Hebden Bridge HX7 8AB. His cat is called Gandalf.")]
    public void FictionMention_InAnotherSentence_DoesNotVetoTheRecord(string text) =>
        Assert.NotEmpty(PersonTypes(text));

    [Theory]
    [InlineData("Sherlock fans: Martha Hudson is diagnosed with arthritis in the third episode, right?")]
    [InlineData("Let's role-play: you are my landlord Victor Crane and I owe you £900 in rent.")]
    [InlineData("Write a short story where Anna Kovacs is diagnosed with leukaemia at twelve.")]
    public void FictionMention_InTheSameSentenceOrFraming_StillVetoes(string text) =>
        Assert.Empty(PersonTypes(text));

    [Fact]
    public void SalaryBand_IsNotAMusicBand_Fires() =>
        Assert.Contains("person_finance", PersonTypes("Staff appraisal for Daniel Okafor: salary band moving from $61,000 to $66,000."));

    [Fact]
    public void RockBand_StillFiction_DoesNotFire() =>
        Assert.Empty(PersonTypes("In the rock band's biopic, Danny Carver owes the label $2 million after the tour."));

    [Theory]
    [InlineData("Discharge summary: [Name redacted], 67, admitted with pneumonia. Her daughter Karen Hollis (next of kin) lives at 22 Alder Way, Frome BA11 2QT.")]
    [InlineData("Complaint from [name removed]: our adviser Colin Ashdown was told his overdraft of £2,300 would be written off.")]
    public void RedactionTag_IsNoTemplate_Fires(string text) =>
        Assert.NotEmpty(PersonTypes(text));

    [Theory]
    [InlineData("Dear [Name], Colin Ashdown has approved your overdraft of £2,300.")]
    [InlineData("Payslip for {employee_name}: Colin Ashdown signs off net pay of £2,300.")]
    public void OpenBlank_StillTemplate_DoesNotFire(string text) =>
        Assert.Empty(PersonTypes(text));

    [Fact]
    public void LetteredRecordSections_AreNoQuiz_Fires() =>
        Assert.Contains("person_finance", PersonTypes("Staff appraisal for Daniel Okafor:\nA. Attendance: 96%\nB. Salary band: moving from $61,000 to $66,000\nC. Notes: needs mentoring"));

    [Theory]
    [InlineData("Which patient most likely has type 2 diabetes?\nA. Oliver Grant, 54, fasting glucose 7.9\nB. Ruth Emery, 30, fasting glucose 4.8\nC. Sean Doyle, 22, fasting glucose 5.0")]
    [InlineData("Tom Becker earns $40,000 and pays 20% tax. His net pay is\nA. $28,000\nB. $30,000\nC. $32,000\nD. $36,000\nAnswer:")]
    public void QuizItem_WithStemOrFourOptions_StillGeneral(string text) =>
        Assert.Empty(PersonTypes(text));

    [Theory]
    [InlineData("Goldman Sachs reported net revenue of $12.7 billion in the quarter; explain what drove the trading results.")]
    [InlineData("How does Wells Fargo calculate overdraft fees, and are they higher than at Bank of America?")]
    [InlineData("Morgan Stanley raised its salary bands for analysts; what is a typical first-year bonus in investment banking?")]
    [InlineData("Kaiser Permanente covers physiotherapy after knee surgery; how many sessions are usual?")]
    [InlineData("Ashby Rivers raised its mortgage rates to 6.1% for new borrowers this week.")]
    public void Organisation_ReadAsName_DoesNotFire(string text) =>
        Assert.Empty(PersonTypes(text));

    [Theory]
    [InlineData("Kevin Osei owes £4,300 on his credit cards and is missing payments; write him a budget plan.")]
    [InlineData("Nathan Sachs raised his concerns about the £4,300 he owes on his credit cards.")]
    public void PrivatePerson_WithTheSameWords_Fires(string text) =>
        Assert.Contains("person_finance", PersonTypes(text));

    [Theory]
    [InlineData("Write a get-well card for Helen Morris, who had her gallbladder removed on Monday.")]
    [InlineData("Remind Dev Acharya that his cardiologist moved the echo to Thursday.")]
    [InlineData("Priya Nandakumar has had insomnia since the redundancy; what could help her sleep?")]
    public void Health_ProceduresAndPlainConditions_Fire(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonHealthDetector>(), text));

    [Theory]
    [InlineData("How long does it take to recover after having a gallbladder removed?")]
    [InlineData("What does a cardiologist check during a stress test?")]
    public void Health_GeneralQuestions_DoNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonHealthDetector>(), text);

    [Theory]
    [InlineData("Attached is the pay stub for Laura Benitez showing 12 hours of overtime.")]
    [InlineData("Ravi Menon's credit report shows a CCJ from 2022; can he still get a mortgage?")]
    [InlineData("Confirm Ingrid Solberg's severance: 6 months at £4,100.")]
    [InlineData("帮我算一下周杰涛的年终奖：月薪12000，发3个月")]
    public void Finance_PayslipsCreditFilesAndSeverance_Fire(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonFinanceDetector>(), text));

    [Theory]
    [InlineData("What is a pay stub and what should it show?")]
    [InlineData("How is overtime calculated for nurses in the UK?")]
    [InlineData("帮我算一下这个月的电费：用了320度，每度0.6元")]
    public void Finance_GeneralQuestions_DoNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonFinanceDetector>(), text);

    [Theory]
    [InlineData("【内部】2025年第三季度销售策略调整方案\n一、华东区目标下调10%……", "内部")]
    [InlineData("【保密】新产品定价方案（草稿），帮我润色一下语言", "保密")]
    [InlineData("本报告為公司機密。請幫我總結重點。", "公司機密")]
    [InlineData("仅供内部参考\n关于组织架构调整的初步讨论纪要", "仅供内部参考")]
    public void ZhMarkers_BracketedAndTraditional_Fire(string text, string marker) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<ConfidentialMarkerDetector>(), text, marker);

    [Theory]
    [InlineData("公司内部流程怎么优化？给我五条建议。")]
    [InlineData("签保密协议的时候需要注意哪些条款？")]
    [InlineData("内部控制和外部审计有什么区别")]
    public void ZhMarkerWords_InProse_DoNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<ConfidentialMarkerDetector>(), text);

    [Theory]
    [InlineData("Deliver to: Fiona MacLeod, 3 Glebe Cottages, Church Road, Little Easton, Essex CM6 2JR")]
    [InlineData("Our tenant Owen Pryce lives at Rose Cottage, Mill Lane, Ashby, Leicestershire LE65 1AB.")]
    [InlineData("Courier the documents to Rahul Verma, H.No. 4-12/3, Kukatpally, Hyderabad 500072, Telangana.")]
    [InlineData("Send it to Yuki Tanaka, 2-14-5 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan.")]
    [InlineData("我家在長沙市岳麓區麓山南路932號中南大學南校區12棟3單元，外送請放門口")]
    [InlineData("快递放到 上海市徐汇区漕溪北路 88 号 圣爱大厦 门卫，收件人 丁一凡")]
    public void Address_MoreForms_Fire(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text));

    [Theory]
    [InlineData("Tokyo trip: our hotel is at 2-14-5 Shibuya, Shibuya-ku. How do I get there from Narita?")]
    [InlineData("Holiday let at 3 Glebe Cottages, Little Easton - is it near the station for tourists?")]
    [InlineData("長沙市岳麓區麓山南路932號是中南大學的校址，怎么去？")]
    public void Address_MoreFormsAsPlaces_DoNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text);

    [Theory]
    [InlineData("Hotel guest card: HUANG, Mei-Lin - home address 221 Sunset Ridge Dr, Plano TX 75093. Translate the card into Spanish.")]
    [InlineData("Pharmacy delivery to 12 Orchard Way, Hexham NE46 3AA - leave in the porch if no answer.")]
    public void Address_HomeLabelBeforeIt_OutweighsVenueWords(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text));

    [Theory]
    [InlineData("The pharmacy at 12 Orchard Way, Hexham NE46 3AA opens at 9 on Sundays.")]
    [InlineData("Ship to our warehouse at 40 Dock Road, Tilbury RM18 7EH, and email the invoice.")]
    [InlineData("我们这次住在杭州市西湖区曙光路120号的酒店，离西湖近吗？")]
    [InlineData("大家在北京市朝阳区望京西园三区312号楼门口集合，公司统一坐车去会场")]
    [InlineData("Hotel Aurora, 221 Sunset Ridge Dr, Plano TX 75093 has a pool; is it good for families?")]
    public void Address_VenueWithoutHomeLabel_DoesNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text);

    [Theory]
    [InlineData("Dating profile blurb for my friend: Tobias Krüger, 29, Berlin, loves climbing and bad puns.")]
    [InlineData("Pre-op list: Ana Ribeiro (34) and Colm Duggan (71) are first in.")]
    [InlineData("Emergency contact: Agnes Whitlow, 83.")]
    public void Age_SetOffAfterName_Fires(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonBirthDateDetector>(), text));

    [Theory]
    [InlineData("Invoice for Kevin Osei, $1,200 due Friday.")]
    [InlineData("Room for Kevin Osei, 2nd floor, next to the lifts.")]
    [InlineData("Kevin Osei, 250, and the rest of the squad will travel by coach.")]
    [InlineData("Kevin Osei,29,Berlin")]
    public void Age_OtherNumbersAfterName_DoNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonBirthDateDetector>(), text);

    [Fact]
    public void PossessiveName_BeforeACapitalisedWord_IsAName() =>
        Assert.Contains("person_finance", PersonTypes("Slack #payroll: @channel Ines Moreau's December payout = base €5,200 + €1,800 retention bonus, please process by the 20th"));

    [Fact]
    public void CapitalisedRun_WithoutPossessive_StillNoName() =>
        Assert.Empty(PersonTypes("Ines Moreau December Payout Report: base €5,200 + €1,800 retention bonus."));

    [Theory]
    [InlineData("猎头备注：候选人 甘雨萌，现年薪 45 万，期望 55 万，需要谈吗")]
    [InlineData("驾校报名：学员 韦嘉豪，2007年3月出生，现在能报C1吗")]
    public void ZhRecordLabel_InAQuestion_IsNoGeneralQuestion(string text) =>
        Assert.NotEmpty(PersonTypes(text));

    [Theory]
    [InlineData("鲁迅的年薪是多少？")]
    [InlineData("李白出生在哪里？")]
    public void ZhGeneralQuestion_AboutHistoricalPersons_DoesNotFire(string text) =>
        Assert.Empty(PersonTypes(text));

    [Theory]
    [InlineData("信用卡卡号一般是16位，前6位是发卡行识别码，最后一位是校验位，能举例说明吗？比如 6222 0212 3456 7890")]
    [InlineData("银行卡号6217 0000 0000 0000 000这种格式是哪家银行的？")]
    public void CardExplanation_PaddedOrStraightRunExample_IsNoCard(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PaymentCardDetector>(), text);

    [Theory]
    [InlineData("我的银行卡号 6217 0032 4518 0096 731，帮我查一下是哪家银行", "6217 0032 4518 0096 731")]
    [InlineData("Card no. 5021 8847 3310 2264 was declined at the till", "5021 8847 3310 2264")]
    public void CardCalledACard_RealLookingDigits_StillFound(string text, string card) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PaymentCardDetector>(), text, card);

    [Theory]
    [InlineData("Is there a bus from Costa Rica to 51 Harbour Street, Makareao?")]
    [InlineData("Is it safe to walk around Carry van Bruggenweg 77 Halkoaho Street at night?")]
    public void Address_TravelQuestion_DoesNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text);

    [Theory]
    [InlineData("Footer on every page: \"Internal use only — Acme Corp\". Body: the 2027 hiring plan by team. Make a chart description.")]
    [InlineData("Header: \"CONFIDENTIAL - Board pack\"\nItem 1: the merger timetable.")]
    public void QuotedHeaderOrFooter_OfThisDocument_Fires(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<ConfidentialMarkerDetector>(), text));

    [Theory]
    [InlineData("Should the footer say \"Internal use only\" or \"Confidential\"?")]
    [InlineData("The memo was marked \"Confidential\" by mistake; what should we do?")]
    public void QuotedMarker_AskedAboutOrMentioned_DoesNotFire(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<ConfidentialMarkerDetector>(), text);

    [Theory]
    [InlineData("Car rental: renter Jonas Lindberg returned the car late. Summarise.")]
    [InlineData("Lessee: Maria Olsen, unit 4, lease ends in March.")]
    public void Role_RenterAndLessee_Fire(string text) =>
        Assert.NotEmpty(SensitivityClassifierFactory.Find(SensitivityClassifierFactory.Detector<PersonRecordDetector>(), text));

    [Fact]
    public void Role_RenterAsAdjectiveNoun_DoesNotFire() =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonRecordDetector>(), "Renter protections in Ohio: what did Governor Mike DeWine sign?");
}
