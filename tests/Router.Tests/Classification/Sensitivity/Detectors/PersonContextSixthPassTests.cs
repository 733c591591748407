using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Address classes of the sixth pass (issue 15): forms written in other countries' conventions (Korean dong/ho units and
/// -ro/-daero/-gil roads, Canadian rural routes, Indian cross and main roads, Vietnamese ward lines, a German street with ß in a
/// German sentence) and a delivery to a named person sent by a business. Every rule has cases that must fire and cases that
/// must not; all examples are written for these tests.
/// </summary>
public sealed class PersonContextSixthPassTests
{
    private static List<(string Type, string Value)> PersonEntities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities
            .Where(e => e.Type.StartsWith("person_", StringComparison.Ordinal)).Select(e => (e.Type, text[e.Start..e.End]))];

    [Theory]
    [InlineData("Customer Min-jun Choi asked us to change his address to 302-dong 1104-ho, 17 Olympic-ro, Songpa-gu, Seoul.", "302-dong 1104-ho")]
    [InlineData("Please ship the replacement to Seo-yeon Han, 88 Teheran-ro, Gangnam-gu, Seoul 06164.", "88 Teheran-ro")]
    [InlineData("Refund cheque for Luc Gagnon, RR 3, Box 52, Sainte-Agathe, QC.", "RR 3, Box 52")]
    [InlineData("Courier note: deliver to Priya Raman, No. 41, 2nd Cross, 7th Main, Indiranagar, Bengaluru.", "No. 41, 2nd Cross, 7th Main")]
    [InlineData("Student record: Tran Van Binh, 12 Hai Ba Trung, Ben Thanh Ward, District 1.", "12 Hai Ba Trung, Ben Thanh Ward")]
    [InlineData("Bitte eine Mahnung an Frau Anna Schäfer, Lindenstraße 42, 10969 Berlin, schreiben.", "Lindenstraße 42")]
    public void OtherCountriesForms_NextToAName_AreThePersonsAddress(string text, string address) =>
        Assert.Contains(("person_address", address), PersonEntities(text));

    [Theory]
    [InlineData("The museum moved to 42 Hangang-daero, Yongsan-gu last year; is it open on Sundays?")]
    [InlineData("Samsung's head office is at 11 Seocho-daero 74-gil, Seoul.")]
    [InlineData("Highway RR 2 is closed near exit 118, so the store at Box 4 is shut.")]
    [InlineData("The shop is at No. 12, 3rd Cross, next to the temple; what time does it open?")]
    [InlineData("The hotel at 45 Le Loi, Ben Nghe Ward is near the market; is it safe for tourists?")]
    [InlineData("Größe 42, Farbe blau, Hauptstraße 5 ist unsere Filiale: bitte Öffnungszeiten übersetzen, our shop opening hours.")]
    public void OtherCountriesForms_OfAVenueOrWithoutAPerson_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("The pharmacy should deliver to Hannah Schultz, 18 Marine Parade, Coogee NSW 2034.")]
    [InlineData("Our store will ship it to Daniel Mercer, 7 Birch Lane, Ashford TN23 4QP, by Friday.")]
    public void BusinessDeliversToANamedPerson_IsThePersonsAddress(string text) =>
        Assert.Contains(PersonEntities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("The pharmacy is run by Hannah Schultz, 18 Marine Parade, Coogee NSW 2034.")]
    [InlineData("Our store manager Daniel Mercer works at the branch, 7 Birch Lane, Ashford.")]
    public void NameNextToAVenueWithoutADelivery_StillAVenue_DoesNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("Patient Song Wei, 54, was admitted with pneumonia on Monday.", "Song Wei")]
    [InlineData("Customer Min-jun Choi asked us to change his address to 17 Main Street, Songpa-gu, Seoul.", "Min-jun Choi")]
    [InlineData("Sang-hoon Lee was diagnosed with type 2 diabetes; draft his diet plan.", "Sang-hoon Lee")]
    [InlineData("Customer Park Ji-won asked us to change her address to 101-dong 1503-ho.", "Park Ji-won")]
    [InlineData("Ji-won Park was diagnosed with asthma last spring.", "Ji-won Park")]
    public void RomanisedNamesThatReadAsWords_AreNames_NotFictionOrPlaces(string text, string name) =>
        Assert.Contains(PersonEntities(text), e => e.Value == name);

    [Theory]
    [InlineData("Write a song about Maria Lopez, who was diagnosed with cancer at 40.")]
    [InlineData("Compose a birthday song for Maria Lopez, who turns 40 on May 3.")]
    [InlineData("She sang at the gala where Maria Lopez, diagnosed with cancer at 40, played the lead.")]
    [InlineData("We walked through Hyde Park with Ji-won yesterday.")]
    public void SongFramingAndPlaceParks_StillNotAPersonsRecord(string text) =>
        Assert.Empty(PersonEntities(text));

    [Theory]
    [InlineData("Rosa Delgado will be sixty in March; plan the party.", "Rosa Delgado")]
    [InlineData("Grandma Edith Morley is ninety-one and lives alone.", "Edith Morley")]
    [InlineData("Dmitri Volkov is 17, so his mother must sign the form.", "Dmitri Volkov")]
    [InlineData("Wish Carla Nunes a happy 40th tomorrow!", "Carla Nunes")]
    [InlineData("Translate: Monsieur Pierre Lambert, né le 4 mars 1962 à Lyon.", "Pierre Lambert")]
    [InlineData("Ines Duarte, geboren am 3. Mai 1990, beantragt ein Konto.", "Ines Duarte")]
    [InlineData("Solicitud de Lucía Romero, nacida el 8 de julio de 1993.", "Lucía Romero")]
    public void AgeStatementsAndOtherLanguagesBirthWords_RightAfterAName_AreABirthDateOrAge(string text, string name) =>
        Assert.Contains(PersonEntities(text), e => e.Type == "person_birth_date" && e.Value.EndsWith(name, StringComparison.Ordinal));

    [Theory]
    [InlineData("Kevin Brown is 30 minutes late.")]
    [InlineData("Kevin Brown is forty-two percent sure.")]
    [InlineData("Kevin Brown is 1.5 metres away from the door.")]
    [InlineData("Mark Evans is the fifteenth caller today.")]
    [InlineData("Kevin Brown will be 10 minutes late, happy hour starts at 6.")]
    [InlineData("Ines Duarte wurde in Berlin geboren und arbeitet bei uns.")]
    public void NumbersThatAreNoAge_DoNotFire(string text) =>
        Assert.DoesNotContain(PersonEntities(text), e => e.Type == "person_birth_date");

    [Theory]
    [InlineData("法院判决黄志强须偿还借款本金8万元及利息。", "黄志强")]
    [InlineData("一审判令吴海峰赔偿原告医疗费2万元。", "吴海峰")]
    [InlineData("郑浩然年终奖发了5万，个税怎么算？", "郑浩然")]
    public void ChineseCourtPartiesAndHouseholdAmounts_ArePay(string text, string name) =>
        Assert.Contains(("person_finance", name), PersonEntities(text));

    [Theory]
    [InlineData("年终奖一般发多少？5万算多吗？")]
    [InlineData("法院判决须偿还的借款本金怎么计算？")]
    [InlineData("马云身家1000亿，他怎么理财？")]
    public void ChineseGeneralPayQuestions_DoNotFire(string text) =>
        Assert.Empty(PersonEntities(text));

    [Theory]
    [InlineData("Dental recall: Priya Shah is due for a root canal on tooth 36.", "Priya Shah")]
    [InlineData("Benjamin Ross has had a cough and night sweats for three weeks.", "Benjamin Ross")]
    [InlineData("Write to the school: Maya Osei felt dizzy and fainted in PE on Monday.", "Maya Osei")]
    public void DentalWorkAndSymptoms_AreHealth(string text, string name) =>
        Assert.Contains(("person_health", name), PersonEntities(text));

    [Theory]
    [InlineData("Anna Webb's project is bleeding money and the budget is swollen.")]
    [InlineData("What causes a cough that lasts three weeks?")]
    public void SymptomWordsWithoutAPersonsCondition_DoNotFire(string text) =>
        Assert.Empty(PersonEntities(text));

    [Theory]
    [InlineData("Order export: #10023 | Felipe Ortiz | Calle Mayor 18, Madrid | 2x running shoes", "person_address", "Calle Mayor 18")]
    [InlineData("Performance review for Olivia Grant: missed targets in Q2, on a performance improvement plan. Make it kinder.", "person_record", "Olivia Grant")]
    [InlineData("Draft a written warning to Liam Foster for repeated lateness.", "person_record", "Liam Foster")]
    [InlineData("Sehr geehrte Frau Nina Schulz, Ihr Gehalt von 4.200 EUR wird ab Mai erhöht.", "person_finance", "Nina Schulz")]
    public void StreetsNamedForRolesHrRecordsAndGermanLetters_Fire(string text, string type, string value) =>
        Assert.Contains((type, value), PersonEntities(text));

    [Theory]
    [InlineData("The Redundancy Payments Act was drafted by Harold Wilson.")]
    [InlineData("What should a performance review template include?")]
    [InlineData("How do I handle a grievance raised against a manager?")]
    public void HrWordsInTitlesAndQuestions_DoNotFire(string text) =>
        Assert.Empty(PersonEntities(text));

    [Theory]
    [InlineData("请帮我翻译：林雅婷小姐，住址台北市信義區松仁路二段58巷7弄2號", "person_address")]
    [InlineData("老板说公孙亮这个月绩效考核不合格，奖金扣一半", "person_finance")]
    [InlineData("人事通知：员工 欧阳明 因多次旷工被辞退", "person_record")]
    public void ChineseLaneAddressesAndHrRecords_Fire(string text, string type) =>
        Assert.Contains(PersonEntities(text), e => e.Type == type);

    [Theory]
    [InlineData("台北市忠孝東路四段100巷有什麼好吃的？")]
    [InlineData("公司绩效考核制度怎么设计？")]
    [InlineData("员工被辞退有什么补偿？")]
    [InlineData("他说高兴这个月可以放假")]
    public void ChineseGeneralHrAndPlaceQuestions_DoNotFire(string text) =>
        Assert.Empty(PersonEntities(text));
}
