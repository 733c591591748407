using Router.Classification;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Personal-data classes of the seventeenth pass (issue 15, s25-ctx): Baltic, Romanian, former-Yugoslav and southern-African
/// streets of private people, a sitter's notes for a flat with no owner's word, a visit to a named person at a street, a
/// Macau or Hong Kong home after a name and 住; hotline reporters, agency households and learners as record roles; a named
/// person's bill in any currency code and court-ordered payments. As exemptions: employers compared in a general pay question,
/// and a famous person's former home carried by a pronoun into the next sentence. Hard negatives beside each class and
/// must-still-fire rows with the writer's own data for each exemption (GUIDE 3b). All examples are written for these tests.
/// </summary>
public sealed class PersonContextSeventeenthPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("Please post the warranty card to Ilze Berzina, Brivibas iela 112-4, Riga LV-1011. Write the cover note.")]
    [InlineData("Ship the replacement charger to Kadri Tamm, Parnu mnt 45-12, 10119 Tallinn, and draft the email.")]
    [InlineData("Hotline note: the caller claims her manager Raivis Ozols keeps the spare laptops at his house, Terbatas iela 14, Riga. Rewrite it neutrally.")]
    [InlineData("Send the invoice copy to my home: Gedimino pr. 20-5, Vilnius. Thanks, write the message.")]
    [InlineData("Courier form for Aurelija Kazlauskiene, Savanoriu pr. 176-12, LT-03154 Vilnius: fill in the label.")]
    [InlineData("my flat is at Tartu mnt 80-3, Tallinn 10112; write directions for the furniture delivery")]
    public void BalticStreets_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What are the best things to see on Elizabetes iela in Riga?")]
    [InlineData("The embassy is at Gedimino pr. 20, Vilnius. What documents should I bring?")]
    [InlineData("Our office moved to Narva mnt 5, Tallinn. Update the company website footer.")]
    public void BalticStreets_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("care rota: visit Mrs Elena Popescu at Strada Lalelor 7, Iasi, mornings only. Format it as a table row.")]
    [InlineData("Home visit schedule: visiting Mr Vasile Ciobanu at Strada Stefan cel Mare 88, Balti, on Tuesdays.")]
    [InlineData("Social work note: home visit to Emir Hodzic at Titova 45, Mostar; roof leaking, follow up in May. Make it formal.")]
    [InlineData("Case file: home visit to Marija Kovac at Ilica 230, Zagreb; she needs a walker. Please tidy the wording.")]
    [InlineData("Send the documents to Dragan Petrovic, Knez Mihailova 19, Beograd. Write the cover letter.")]
    [InlineData("Deliver the crib to Jasmina Halilovic, Trg heroja 12, Tuzla, before Friday. Write the courier note.")]
    public void RomanianAndBalkanHomes_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Our shop is at Strada Mihai Eminescu 14, Chisinau, open Monday to Friday.")]
    [InlineData("Is Ferhadija 12 in Sarajevo a good area to stay as a tourist?")]
    [InlineData("Visit the Old Bridge museum at Kujundziluk 8, Mostar: what are the opening hours?")]
    public void RomanianAndBalkanHomes_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("deliver to my flat: Independence Ave 115, Windhoek West, call when outside. write the courier note")]
    [InlineData("drop the keys at my place: Kipling Str 9, Eros, after 6pm. write it for the driver")]
    [InlineData("Please deliver the parcel to Thandi Nkosi, Jan Smuts Ave 40, Parktown. Note for the courier.")]
    [InlineData("House-sitting notes: flat is at Kastanienallee 12, 3rd floor left, 10435 Berlin, plants need water daily. Make a checklist.")]
    [InlineData("Cat-sitting: the apartment is at Schönhauser Str. 77, 1st floor, 10439 Berlin; spare key with the neighbour. Make a list.")]
    [InlineData("Babysitting brief: house is at Lindenweg 4, 80331 Muenchen, ring the top bell. Turn it into bullet points.")]
    public void NameFirstStreetsAndSitterNotes_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Which hotels are near Sam Nujoma Ave in Windhoek?")]
    [InlineData("The conference venue is at Independence Ave 88, Windhoek. Book a taxi from the airport.")]
    [InlineData("How do I look after a cat while house-sitting? Any tips for a first-timer?")]
    public void NameFirstStreetsAndSitterNotes_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("家政服務：僱主林淑芬住香港九龍彌敦道300號富華大廈12樓B室，請幫我寫確認短訊")]
    [InlineData("澳門家政中介公司：客戶黃麗珠住澳門氹仔海洋花園大馬路25號金寶大廈7樓A，幫我寫上門時間通知")]
    [InlineData("清洁公司派单：业主住在深圳市福田区福华路88号海天大厦15楼B，周六上午上门")]
    public void MacauAndHongKongHomes_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("澳門氹仔海洋花園大馬路附近有什麼好吃的餐廳？")]
    [InlineData("我們公司地址是澳門新馬路25號金寶大廈7樓，歡迎客戶來訪。")]
    [InlineData("九龍彌敦道300號附近的酒店哪家比較好？")]
    public void MacauAndHongKongHomes_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Whistleblower case WB-118: the whistleblower, Ms Agnieszka Nowak, asks for anonymity. Draft a reply.")]
    [InlineData("Speak-up line log: caller Dimitri Pavlou reported his manager for falsified timesheets. Summarise the report.")]
    [InlineData("Ethics report 44: the informant, Mr Kevin Osei, wants an update on the case. Draft an acknowledgement.")]
    [InlineData("Hotline ticket 3391: reporter Linnea Berg asks if her name will be kept confidential. Write the answer.")]
    public void HotlineReporters_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Can whistleblowers stay anonymous under EU law?")]
    [InlineData("The reporter, Sarah Lyall, wrote about the ethics scandal in The New York Times.")]
    [InlineData("How should an ethics hotline handle an anonymous caller who gives no details?")]
    public void HotlineReporters_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Domestic helper agency: employer Mr Tan Boon Huat needs a live-in helper from June. Write the reply.")]
    [InlineData("Au pair agency: host family Mrs Sofia Lindqvist asks to change the start date. Draft a response.")]
    [InlineData("Maid agency note: helper Maria Santos was placed with a family in Kowloon last week; write the follow-up.")]
    public void AgencyHouseholds_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("How do nanny agencies vet employers?")]
    [InlineData("Write a job ad for our nanny agency: employers in Dubai need live-in nannies.")]
    [InlineData("Which employer is better for a software engineer, Google or Microsoft?")]
    public void AgencyHouseholds_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Driving school: student driver Jamal Okoro passed his practical test; write a congratulations text.")]
    [InlineData("Test centre: candidate Rohan Mehta missed his theory test slot; write a rebooking email.")]
    [InlineData("Swim school: learner Chloe Adeyemi is moving up to stage 4. Write a note for her parents.")]
    public void Learners_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("How many times can you fail the driving theory test in the UK?")]
    [InlineData("Write tips for a nervous learner driver before the practical test.")]
    [InlineData("Which candidate won the mayoral election in Leeds?")]
    public void Learners_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Water utility: Mrs Salma Khoury's bill went up to 212 JOD this quarter. Draft a reply.")]
    [InlineData("Internet provider: Mr Yusuf Darwish's monthly bill is 38 BHD now. Explain the increase politely.")]
    [InlineData("Probation office: Tyrone Brown owes 4,000 JMD in restitution and missed three payments. Draft the warning letter.")]
    [InlineData("probation: Andre Williams pays 200 TTD a week in restitution and has missed one payment - draft a warning")]
    [InlineData("Court clerk: Nadia Persaud was fined 18,000 GYD and pays in monthly instalments. Write the reminder.")]
    public void BillsAndCourtPayments_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("How do restitution orders work in Jamaica?")]
    [InlineData("How much is an electricity bill in Jordan in JOD on average?")]
    [InlineData("Bill Turner founded the cycling club in 1994. Write a short history.")]
    [InlineData("What is the typical child support amount in Kingston, in JMD?")]
    public void BillsAndCourtPayments_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // Exemption: a list of employers after a pay word and "at" is companies, whatever their sector.
    [Theory]
    [InlineData("Compare flight attendant salaries at Emirates, Qatar Airways and Turkish Airlines.")]
    [InlineData("Compare junior doctor pay at Guy's Hospital, King's College and St Mary's.")]
    [InlineData("What do warehouse staff earn at Ocado, Tesco and Morrisons?")]
    public void EmployersInPayQuestions_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // The writer's own colleagues beside the same pay words and "at" still fire.
    [Theory]
    [InlineData("Salaries at Brightwave: Tom Baker earns £52,000 and Ann Lee £48,000. Are they fair?")]
    [InlineData("Compare salaries at our firm: my colleague Priya Nair is paid £61,000, I get £54,000.")]
    [InlineData("Pay at Acme is low: Jordan Miles makes $38,000 a year after five years. Draft a raise request for him.")]
    public void EmployersInPayQuestions_ColleaguesStillFire(string text) =>
        Assert.True(IsSensitive(text));

    // Exemption: a famous person's former home, the person named in the sentence before and a pronoun opening the address's.
    [Theory]
    [InlineData("鲁迅是哪一年出生的？他在北京住过的西三条胡同21号现在还能参观吗？")]
    [InlineData("梅兰芳是哪年去世的？他在北京住过的护国寺街9号现在开放吗？")]
    [InlineData("茅盾在北京住过的后圆恩寺胡同13号现在还能参观吗？")]
    public void FamousFormerHomes_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // A private person's home in the same two-sentence shape still fires.
    [Theory]
    [InlineData("我同事王建国是哪一年入职的？他住在北京市朝阳区光华路15号院3号楼502，帮我写个快递单。")]
    [InlineData("我舅舅李德胜今年六十了。他家住南京市鼓楼区中山路128号，帮我写寄件信息。")]
    [InlineData("我奶奶以前住过的东四十条胡同35号现在还能参观吗？我想带孩子去看看，帮我写给房东的信。")]
    public void FamousFormerHomes_PrivatePeopleStillFire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Janis Liepa, Brivibas iela 112-4, Riga", "Brivibas iela 112-4")]
    [InlineData("to Kadri Tamm, Parnu mnt 45-12, 10119 Tallinn", "Parnu mnt 45-12")]
    [InlineData("my place: Kipling Str 9, Eros", "Kipling Str 9")]
    [InlineData("home visit to Emir Hodzic at Titova 45, Mostar", "Titova 45")]
    [InlineData("flat is at Lychener Str. 31, 2nd floor", "Lychener Str. 31")]
    public void Find_SeventeenthPassShapes_FindsAddress(string text, string expected)
    {
        var found = new List<TextSpan>();
        StreetAddress.Find(text, ScanInput.CountDigits(text), found);

        Assert.Contains(found, f => text[f.Start..f.End] == expected);
    }

    [Theory]
    [InlineData("Windows 11, Microsoft said, ships in the autumn.")]
    [InlineData("e.g. 5 apples and 3 pears")]
    [InlineData("Visit Microsoft at Build 2024, Seattle.")]
    public void Find_Lookalikes_FindNoAddress(string text)
    {
        var found = new List<TextSpan>();
        StreetAddress.Find(text, ScanInput.CountDigits(text), found);

        Assert.Empty(found);
    }
}
