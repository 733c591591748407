using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// English and other Latin-script classes of the tenth pass (issue 15, s18-ctxen): full names written all in lower case with no
/// role word (chats and quick notes); custody, sport, care and HR roles and role columns of SQL, CSV and JSON records; a broader
/// clinical vocabulary (sports injuries, heart and lung findings, stimulant and psychiatric medicines, frailty and falls) and a
/// medical "episode" that is no TV episode; pound and euro amounts and UK and other benefits; other languages' home and delivery
/// words, Welsh streets before a UK postcode, lower-case US addresses with a unit or ZIP, and an address after a visit or pickup
/// time. Every rule has cases that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class PersonContextTenthPassTests
{
    private static List<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("can you help me word a text to maria delgado, she has been off work with a slipped disc since the spring", "person_health")]
    [InlineData("notes: priya raman diagnosed with crohn's disease last week, starting azathioprine", "person_health")]
    [InlineData("reminder for myself: jorge alvarez born 9 october 1982, needs his passport renewed", "person_birth_date")]
    [InlineData("fix grammar pls: kwame mensah has been on antidepressants since his divorce", "person_health")]
    [InlineData("ok so kofi boateng still owes me £120 from the festival tickets, how do i ask nicely", "person_finance")]
    [InlineData("can you reword: tomasz nowak started on sertraline 100mg after the panic attacks", "person_health")]
    [InlineData("note: aoife mccarthy-nakamura has type 1 diabetes, insulin before lunch", "person_health")]
    public void LowerCaseFullNameWithoutRole_Fires(string text, string type) =>
        Assert.Contains(Entities(text), e => e.Type == type);

    [Theory]
    [InlineData("hey can you explain what priya means in sanskrit and how common it is")]
    [InlineData("can you explain how maria db handles indexes in version 10")]
    [InlineData("ask priya about the sprint board, she knows the deadlines for the diabetes app")]
    [InlineData("tell olivia thanks for the cake, she turned 30 yesterday lol")]
    [InlineData("i'm reading about olivia newton-john's cancer treatment, what drug trials did she join")]
    [InlineData("how do i pip install pandas on windows without admin rights")]
    [InlineData("how many calories does a 45 minute drive burn lol")]
    public void LowerCaseTextWithoutAPrivateFullName_DoesNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Prison visit request: inmate Darnell Hayes, wing C, visitor his sister.", "Darnell Hayes")]
    [InlineData("Rewrite this: prisoner Kevin Moult has asked to see the chaplain.", "Kevin Moult")]
    [InlineData("Parolee Jason Whitcombe must report to his officer every Tuesday.", "Jason Whitcombe")]
    [InlineData("Compliance memo: student-athlete Jordan Whitfield missed two study hall sessions.", "Jordan Whitfield")]
    [InlineData("HR: new starter Chloe Nwosu begins Monday in accounts, please set up her laptop.", "Chloe Nwosu")]
    [InlineData("Care home update: resident Albert Cole refused his lunch again.", "Albert Cole")]
    [InlineData("Fix this SQL: INSERT INTO patients (patient_name, ward) VALUES ('Grace Holloway', 'B2');", "Grace Holloway")]
    [InlineData("INSERT INTO tenants (tenant_name, unit) VALUES ('Marek Dvořák', '4B');", "Marek Dvořák")]
    [InlineData("Convert to JSON:\nclient_name,employee_id,start_date\nOwen Barrett,E10442,2024-03-01", "Owen Barrett")]
    public void CustodyCareAndHrRolesAndRoleColumns_Fire(string text, string name) =>
        Assert.Contains(("person_record", name), Entities(text));

    [Theory]
    [InlineData("The inmate population in US prisons grew in the 1990s.")]
    [InlineData("Student-athletes must keep a 2.0 GPA to remain eligible.")]
    [InlineData("Residents of the city are asked to recycle glass separately.")]
    [InlineData("Welcome pack for new starters: how to book leave and claim expenses.")]
    [InlineData("CREATE TABLE employees (employee_id INT PRIMARY KEY, employee_name TEXT, salary NUMERIC);")]
    [InlineData("write sql: select client_name, balance from clients where balance > 1000")]
    [InlineData("Our inmate education programme cut reoffending by a third, write a press release.")]
    public void RoleWordsWithoutAPersonsRecord_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("School nurse log: Hannah Price (Year 4) has a heart murmur, no strenuous PE until cardiology review.")]
    [InlineData("Rewrite: Tariq Haddad is on lithium for bipolar disorder and had a hypomanic episode.")]
    [InlineData("Screening summary for Arjun Mehta: chest x-ray shows old TB scarring, sputum pending.")]
    [InlineData("Parent email: our son Leo Fischer takes methylphenidate for ADHD, please give his noon dose.")]
    [InlineData("Care log: Dorothy Baines, dementia, two falls this week, now on a sensor mat.")]
    [InlineData("Summarise: Oskar Lindqvist started quetiapine after his psychosis admission.")]
    [InlineData("Match report note: Tyler Brooks tore his ACL in Saturday's game and is out for the season.")]
    public void BroaderClinicalVocabulary_Fires(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "person_health");

    [Theory]
    [InlineData("What are the side effects of methylphenidate in adults?")]
    [InlineData("Is a heart murmur in children usually harmless?")]
    [InlineData("Write a lesson plan about tuberculosis scarring on chest x-rays.")]
    [InlineData("Explain the side effects of quetiapine and olanzapine for a pharmacology exam.")]
    [InlineData("In the TV series, Walter White is diagnosed with lung cancer in the first episode.")]
    public void ClinicalQuestionsAndFiction_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Käännä englanniksi: Mikko Virtanen on velkaa 4 200 euroa vuokranantajalleen.")]
    [InlineData("Draft: Mr Jakub Nowak is on PIP (enhanced daily living) and £90 a week carer's allowance.")]
    [InlineData("Tell Jakub Nowak he still owes £90 for the van hire.")]
    [InlineData("Lukas Berger schuldet noch 1.200 € Miete.")]
    [InlineData("Please summarise: the claimant, Mrs Bernadette O'Keefe-Lynch, receives £84.80 a week ESA.")]
    public void PoundAndEuroAmountsAndBenefits_Fire(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "person_finance");

    [Theory]
    [InlineData("How much is PIP per week in 2025 for the enhanced rate?")]
    [InlineData("Maria Lopez trains three times a week at the gym.")]
    [InlineData("Tell Maria Lopez to pip install pandas before the workshop.")]
    [InlineData("what is the average salary of a nurse in finland, in euroa per month")]
    public void BenefitQuestionsAndEverydayWords_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Stuur asseblief die pakkie na Kerkstraat 27, Stellenbosch 7600.")]
    [InlineData("Mijn adres is Lindengracht 45, 1015 KH Amsterdam, graag bezorgen na 17 uur.")]
    [InlineData("My address is Tŷ Gwyn, Heol y Bont, Aberystwyth SY23 1PZ, please post the form there.")]
    [InlineData("Send the forms to Mrs Rhiannon Jones, 3 Ffordd Penrhos, Bangor LL57 2AX.")]
    [InlineData("Vă rog trimiteți coletul la Strada Mihai Eminescu nr. 14, ap. 7, Sector 2, București.")]
    [InlineData("Home visit 09:45 at 17 Larch Row, knock loudly, the client is hard of hearing.")]
    [InlineData("Pickup tomorrow 14:15 from 27 Mill Lane, Cheltenham GL50 3RB.")]
    [InlineData("pls send the replacement charger to 4418 e saguaro dr unit 7, tempe az 85281")]
    [InlineData("my new address is 210 n lake st apt 12b, madison wi 53703 can you update it")]
    public void OtherLanguageHomeWordsWelshAndLowerCaseUsAddresses_Fire(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("The museum is at 14 Heol y Bont, Aberystwyth SY23 1PZ, open daily 10-5.")]
    [InlineData("Our shop moved to Kerkstraat 27, Stellenbosch 7600 — visit us on Saturday!")]
    [InlineData("we drove 30 min drive to austin tx for the concert, any good bbq spots")]
    [InlineData("Mesa, AZ 85201 has great hiking; which trails are best in the spring?")]
    [InlineData("The meeting is at 08:30 in conference room 5 on the third floor.")]
    [InlineData("How do Romanian addresses work? Explain what Sector, bl. and ap. mean.")]
    public void VenuesTravelAndAddressQuestions_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));
}
