using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// English classes of the thirteenth pass (issue 15, s21-ctxen): South-East Asian addresses with no English street word (Malay
/// Jalan/Lorong/Taman before a five-digit postcode, Singapore blocks with a #floor-unit, Philippine barangays and block-and-lot,
/// Indonesian Jl./Kel./Kec.); rosters and enrolment letters with birth dates and ages, adults' ages in HR notes; conditions and
/// procedures in sick notes, medical certificates, return-to-play notes and disclosures to employers and landlords; tithes, dues,
/// pledges and savings-circle contributions in naira, shillings, ringgit, rupiah and rand, shares of shared bills and informal
/// raises in k-notation; aid and relief recipients' lists and internal awards. Hard negatives beside each class: travel and
/// venue questions, companies' premises, rules without a person, public figures' ages, wealth and contracts, fictional and
/// role-played patients, public prizes, and everyday uses of the new cue words (split, makes, contribution, #12-345, R2) next
/// to a name. All examples are written for these tests.
/// </summary>
public sealed class PersonContextThirteenthPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("Delivery note: leave the box with the guard house. Recipient: Siti Rahmah, No. 8, Lorong Mawar 2/7, Taman Bukit Indah, 81200 Johor Bahru, Johor.")]
    [InlineData("RSVP list for Saturday — Kevin Lim, Blk 45 Bedok North Street 2, #11-208, Singapore 460045 (plus one).")]
    [InlineData("Please send the hamper to my aunt Wulan Sari, Jln. Cempaka Putih Raya No. 21, Kec. Cempaka Putih, Jakarta Pusat 10510.")]
    [InlineData("Guest list for the despedida: Marites Dela Cruz, Purok 4, Brgy. San Isidro, Tanauan City, Batangas 4232.")]
    [InlineData("Ship the order to Nguyễn Thị Lan, 25 Ngõ 102 Trường Chinh, Phường Phương Mai, Quận Đống Đa, Hà Nội.")]
    [InlineData("hey my new place is 28 Jurong West Ave 5 #04-117 Singapore 640028, come over sat!")]
    [InlineData("Courier pickup for Mr Rajesh: Lot 2231, Jalan Kebun Sayur, Kampung Baru, 53100 Gombak, Selangor.")]
    [InlineData("Wedding invite mailing: Tita Luz Mercado, Blk 9 Lot 14, Purok Maligaya, Barangay Sto. Niño, Marikina 1800")]
    [InlineData("Customer: Hendra Wijaya\nAlamat: Jl. Diponegoro No. 45, RT 02/RW 07, Kel. Citarum, Bandung 40115\nCOD")]
    [InlineData("Thank-you card list: Aunty Mei, 12 Jalan Ara 7, Bangsar Baru, 59100 Kuala Lumpur; Uncle Hock, 3A Lorong Seratus Tahun, 10400 Penang")]
    [InlineData("Deliver to Somchai, 99/12 Soi Sukhumvit 39, Khlong Tan Nuea, Watthana, Bangkok 10110.")]
    [InlineData("Parcel for Trần Văn Minh, 18 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh")]
    [InlineData("Pls deliver the durian box to Mdm Aminah Yusof, No. 3, Jalan Mawar 5, Taman Sri Muda, 40400 Shah Alam, Selangor. Call before.")]
    [InlineData("RSVP received from Farid Hakim — address for the invitation: 17 Lorong Bunga Raya, Kampung Jawa, 41000 Klang")]
    [InlineData("Send Grandma Lourdes' package to Purok 2, Brgy. Mabini, Lipa City, Batangas.")]
    [InlineData("Christmas card list:\nJun Tan, Blk 208 Toa Payoh Lorong 8 #05-12 Singapore 310208\nGrace Ong, 51 Hougang Ave 8 #10-44")]
    [InlineData("Order #4471 ship to: Yusuf Rahman, Blk 9 Lot 14 Phase 2, Villa Verde Subd., Dasmariñas, Cavite")]
    [InlineData("My mum lives at Jln Ampang Hilir No. 22, 55000 Kuala Lumpur, can you courier the docs there?")]
    [InlineData("Tamu undangan: Bpk. Agus Salim, Jl. Cendana No. 9, Kec. Menteng, Jakarta 10310")]
    [InlineData("Kindly forward the refund cheque to Mr Lim Boon Huat, 22 Lorong 3 Geylang #03-07 S(389288).")]
    public void Addresses_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What's the best hawker stall on Jalan Alor in Kuala Lumpur?")]
    [InlineData("Our showroom: Acme Trading Pte Ltd, Blk 71 Ayer Rajah Crescent #02-18, Singapore 139951, open 9-6.")]
    [InlineData("How do Singapore HDB block and unit numbers like #12-34 work?")]
    [InlineData("Is Quận 1 or Quận 3 better for a first trip to Saigon?")]
    [InlineData("The festival parade goes down Jl. Malioboro in Yogyakarta every August.")]
    [InlineData("Which barangay in Makati has the most coworking spaces?")]
    [InlineData("Blk 71 Ayer Rajah Crescent #02-18 is where the startup hub hosts its demo day.")]
    [InlineData("Jalan Alor food street, 50200 Kuala Lumpur, opens at 5pm — worth visiting?")]
    [InlineData("Barangay Ginebra beat Magnolia 98-95 last night.")]
    [InlineData("Our clinic: Klinik Sejahtera Sdn Bhd, 12 Jalan Tun Razak, 50400 Kuala Lumpur.")]
    public void Addresses_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("U12 squad registration (players born on or after 1 Sept 2014 only): Aarav Shah 14/03/2015; Chloe Tan 02/11/2014; Mateo Ruiz 30/09/2014.")]
    [InlineData("Succession planning: Derek Owusu is 63 and plans to hand over the plant next spring; his deputy Priya Nair, 41, is ready.")]
    [InlineData("Tour manifest – Ahmad Faizal bin Rosli, DOB 07-05-1988, age 38; Lim Wei Jie, DOB 19-12-1990, age 35.")]
    [InlineData("Enrolment confirmed for Nurul Huda binti Kamal (born 3 April 2022) at Little Sprouts Nursery from January.")]
    [InlineData("HR note on retirement eligibility: Graham Pike, aged 59, qualifies for early pension in 2027.")]
    [InlineData("Class list 4B: S. Harini (DOB 11.06.2016), Wong Jia Hui (DOB 23.02.2016), Daniel Okafor (DOB 09.09.2015).")]
    [InlineData("Dear parents, we are pleased to confirm a place for Lee Kah Wai, date of birth 18 August 2021, in the Butterfly Room.")]
    [InlineData("Liste des participants : Camille Moreau, née le 12/05/2009 ; Hugo Petit, né le 03/01/2010.")]
    [InlineData("Over-35s league eligibility: Tomasz Nowak b. 1989, Sean Murphy b. 1987 — both OK.")]
    [InlineData("Under-14 rugby roster (DOB on or after 01/09/2012): Ethan Cole 03/02/2013, Mateus Silva 21/11/2012, Ravi Menon 17/09/2012.")]
    [InlineData("Retirement planning memo: Sandra Okoye, aged 61, wants to go part-time; Howard Leung is 66 and staying on.")]
    [InlineData("Camp list — Nur Aisyah binti Hamdan (DOB 04/07/2016, age 10); Muhammad Irfan bin Zaki (DOB 29/01/2015, age 11).")]
    [InlineData("Nursery admission letter: we are delighted to offer Tan Xin Yi (date of birth 9 June 2023) a place from September.")]
    [InlineData("The board asked whether Martin Kowalski, 58, should stay on as CFO until 2028.")]
    [InlineData("Seniors' tour group: Agnes Reilly b. 12.03.1950, Pat Doherty b. 30.08.1948")]
    public void AgesAndBirthDates_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Players must be born on or after 1 January 2014 to enter the U13 league.")]
    [InlineData("Warren Buffett is 96 and still chairs the annual meeting.")]
    [InlineData("The library opened in 1964 and is 62 years old this year.")]
    [InlineData("Enrolment form: Child's name: ________ Date of birth: __/__/____")]
    [InlineData("At what age can I take early pension — is 59 too young?")]
    [InlineData("Only players born in 2012 or later may register for the under-14 roster.")]
    [InlineData("How old do you have to be to retire on a full state pension in the UK?")]
    [InlineData("Jack Ma turned 60 in 2024 and has stepped back from Alibaba.")]
    public void AgesAndBirthDates_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("To the landlord: my son Tomás has epilepsy, so we'd prefer a ground-floor flat.")]
    [InlineData("Return-to-play note: Keegan Walsh, eight months post ACL reconstruction, cleared for non-contact training.")]
    [InlineData("Medical certificate: Ms Farah Iskandar was unfit for work from 4 to 6 March due to acute gastroenteritis.")]
    [InlineData("MC for Muthu Krishnan, 2 days, diagnosis URTI.")]
    [InlineData("Fit note — Owen Price: migraine; may be fit for work with amended duties.")]
    [InlineData("Discharge summary: Lena Vogt, laparoscopic appendectomy on 12/02, wound healing well.")]
    [InlineData("Candidate disclosure: Marco Bianchi has multiple sclerosis and asks for a parking space near the entrance.")]
    [InlineData("Dear Hiring Manager, I have Crohn's disease and may occasionally need to work remotely. Regards, Priyanka Desai")]
    [InlineData("Medical Certificate\nName: Lee Wei Ming\nDiagnosis: acute URTI\nUnfit for duty: 2 days")]
    [InlineData("Sports physio update: Callum Doyle had a left knee arthroscopy on Friday; no contact for four weeks.")]
    [InlineData("Tenant note for the landlord — my daughter Zara Ahmed uses a wheelchair after her spinal surgery.")]
    [InlineData("Sick note: Daniel Ortiz, stomach bug, off Monday and Tuesday.")]
    [InlineData("Team, Aisha Bello is out post-appendectomy until the 20th, please cover her tickets.")]
    public void Health_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What's the usual recovery time after ACL reconstruction for amateur footballers?")]
    [InlineData("In the novel, Inspector Vance hides his epilepsy from the rest of the squad.")]
    [InlineData("Roleplay: you are Dr House's patient with lupus, describe your symptoms to him.")]
    [InlineData("Employers must make reasonable adjustments for staff with type 1 diabetes.")]
    [InlineData("Can a GP issue an MC for gastroenteritis over the phone?")]
    [InlineData("Is a knee arthroscopy done under general anaesthetic?")]
    [InlineData("In Grey's Anatomy, Meredith Grey has surgery after a drowning.")]
    [InlineData("Pretend you are a patient with Crohn's disease so I can practise my consultation.")]
    [InlineData("Stephen Hawking lived with ALS for more than fifty years.")]
    public void Health_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Tithe record March: Bro. Chinedu Eze ₦25,000; Sis. Ngozi Obi ₦12,500.")]
    [InlineData("Church dues paid — Mrs Wanjiku Kamau KSh 2,000, Mr Otieno KSh 1,500.")]
    [InlineData("Parish offering envelopes: Rodel Santos ₱1,000; Maricel Reyes ₱500.")]
    [InlineData("Arisan contributions this month: Dewi Lestari Rp500.000, Budi Hartono Rp500.000.")]
    [InlineData("Harambee pledges: Joseph Mwangi KSh 5,000; Grace Wanjiru KSh 3,000.")]
    [InlineData("Zakat and sadaqah record — Aminah Yusof RM 350, Hafiz Rahman RM 200.")]
    [InlineData("Tithes Dec: Emeka Nwosu ₦40,000, Blessing Okoro ₦15,000")]
    [InlineData("Bills split for October: Carla Mendes owes £86.40, Tom Hughes owes £43.20.")]
    [InlineData("Kofi Mensah's monthly chama contribution of KES 2,500 is overdue.")]
    [InlineData("omg Priya Sharma got bumped to 95k after the promo")]
    public void Pay_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Elon Musk's net worth crossed $400 billion this week.")]
    [InlineData("Cristiano Ronaldo earns about £3.4m a week in Riyadh.")]
    [InlineData("What's a typical tithe, 10% of gross income?")]
    [InlineData("The average graduate salary in London is about £32k.")]
    [InlineData("Oprah Winfrey is worth an estimated $3bn according to Forbes.")]
    [InlineData("What percentage should a tithe be according to the Bible?")]
    [InlineData("Bill Gates' fortune is estimated at $105 billion.")]
    [InlineData("LeBron James signed a two-year deal worth $104 million.")]
    [InlineData("Split the bill evenly: 4 people, R1,240 total, how much each?")]
    public void Pay_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Food bank distribution list, Saturday: Maria Gonzalez (family of 5), Kwame Asante (2), Olena Shevchenko (3).")]
    [InlineData("Relief pack recipients – zone 12: Jose Ramos, Lorna Villanueva, Danilo Cruz.")]
    [InlineData("Congratulations to our Employee of the Month, Fatima Al-Sayed from Accounts!")]
    [InlineData("Volunteer of the Year 2026 goes to Peter Novak for 400 hours at the shelter.")]
    [InlineData("Visa checklist for applicant Ananya Rao: passport, bank statements, offer letter.")]
    [InlineData("Winter coat drive beneficiaries: Ioana Pop, Mihai Stan, Elena Dumitru.")]
    [InlineData("Star performer award (Q3): Liam O'Connor, warehouse team.")]
    [InlineData("Soup kitchen sign-in — recipients: Jorge Lima, Amina Yusuf, Piotr Zielinski.")]
    [InlineData("Hamper beneficiaries for Eid: Ahmed Karimi (4 kids), Leila Haddad (2 kids).")]
    [InlineData("Shout-out to Employee of the Quarter, Maya Richardson, for fixing the billing backlog!")]
    [InlineData("Our Volunteer of the Month is Dorothy Keane, who has helped every Tuesday since 2019.")]
    [InlineData("Schengen visa document checklist — applicant: Rahul Verma, passport no. and itinerary attached.")]
    public void RecordRoles_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Employee of the Month schemes boost morale — how should we run one?")]
    [InlineData("Taylor Swift was named Time's Person of the Year.")]
    [InlineData("Visa applicants must provide six months of bank statements.")]
    [InlineData("Malala Yousafzai visited the food bank on Saturday.")]
    [InlineData("Recipients of the Nobel Peace Prize include Malala Yousafzai and Nelson Mandela.")]
    [InlineData("How do I set up an Employee of the Month programme for a small team?")]
    [InlineData("Lionel Messi was named Player of the Year again.")]
    public void RecordRoles_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Jeff Bezos took a base salary of about $81,840 a year at Amazon.")]
    [InlineData("Mark Zuckerberg's net worth is over $200 billion.")]
    [InlineData("In the detective novel, Colonel Bantry suffers from gout and hates the vicar.")]
    [InlineData("You are Dr House's patient; you have sarcoidosis. Stay in character.")]
    [InlineData("Sherlock Holmes injected cocaine when he was bored, Watson wrote.")]
    [InlineData("Taylor Swift's net worth hit $1.6 billion after the Eras Tour.")]
    [InlineData("Warren Buffett's net worth is about $140 billion.")]
    [InlineData("Kylie Jenner earns millions from her cosmetics brand.")]
    [InlineData("In the detective novel, Inspector Morse is diabetic and drinks too much.")]
    [InlineData("You are roleplaying as Gregory House's patient, Rebecca Adler, who has a tapeworm.")]
    [InlineData("In the story, Clara Whitfield is diagnosed with tuberculosis and sent to a sanatorium.")]
    public void PublicWealthAndFiction_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Ask Daniel Brooks to split the PR into 3 smaller commits.")]
    [InlineData("Helen Carter makes 12 cupcakes for the bake sale every year.")]
    [InlineData("Thanks to Omar Haddad for his contribution to release 4.2.")]
    [InlineData("Ticket #12-345 assigned to Priya Raman, please review.")]
    [InlineData("Ravi Shankar scored R2 = 0.87 on the validation set.")]
    [InlineData("Liam Walsh is making 3 copies of the report for the board.")]
    [InlineData("Lot 42 was bought by Fiona Grant at the auction for the village hall.")]
    [InlineData("Marta Nowak wrote the R 4.3 package that parses the logs.")]
    [InlineData("Issue #45-2 reopened by Kevin Tan after the hotfix.")]
    [InlineData("The offering of 3 new courses was approved by Dean Ruth Wallace.")]
    [InlineData("Jane Porter took the M1 and then the R25 bus to the airport.")]
    [InlineData("Gareth Evans takes home 2 trophies from the regional show.")]
    [InlineData("Kenji Sato's share of the 3 tasks is the database migration.")]
    [InlineData("Taman Negara is a great trip — Ali Hassan recommends 3 days there.")]
    [InlineData("Meet Nadia Rahman at Jalan Besar Stadium, gate 3, at 7pm.")]
    [InlineData("Patrick Moore clears 2 metres in the high jump regularly.")]
    [InlineData("Dues-paying members like Tom Reid get 2 free tickets.")]
    [InlineData("Rosa Diaz's type 1 hypervisor notes are in section 2.")]
    [InlineData("Our Employee of the Month scheme starts in March; nominate by the 3rd.")]
    public void EverydayWordsNearNames_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // Classes of the fourteenth tuning file, in sentences written for these tests: a youth club's player with a birth date, a chat
    // writer introducing themselves in lower case, a date format beside a real date, "I'm" before a three-word name, a parcel list.
    [Theory]
    [InlineData("Junior club registration: player Mats Hoffmann, born 03.09.2014 — can he still play in the U11 group?")]
    [InlineData("haha my bday is 3 march 2001, im tariq el-amin, help me plan something fun")]
    [InlineData("JIRA-221: the DOB field rejects 07/08/2001 for user Nadia Petrova (format dd/mm/yyyy). Write a fix summary.")]
    [InlineData("Quick question — I'm Ayu Lestari Putri — my allergy test came back positive for penicillin, what should I tell my new GP?")]
    [InlineData("fyi my salary is 3.8k myr a month, im chua wei ling, can i afford a condo in cheras?")]
    [InlineData("Hamper list Friday: Oksana Bondar picked up two bags, update the sheet please.")]
    [InlineData("pls send to 12 jalan ss 2/24, 47300 petaling jaya for siti aminah, thx")]
    [InlineData("courier note: blk 112 bishan st 12 #08-45 singapore 570112, recipient tan hui min")]
    public void SelfIntroductionsRostersAndLowerCaseAddresses_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("im pretty tired today, my bday is next week lol")]
    [InlineData("Our U12 registration opens in May for players born in 2014 or later.")]
    [InlineData("What format should a DOB field use, dd/mm/yyyy or yyyy-mm-dd?")]
    [InlineData("what's a normal salary in kl, like 3.8k myr a month?")]
    [InlineData("How do food banks keep a recipient list private?")]
    [InlineData("What does #05-223 mean in a Singapore address?")]
    public void SelfIntroductionsRostersAndLowerCaseAddresses_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    // Classes of the fifteenth tuning file, in sentences written for these tests: a chat transcript's speaker label before a
    // greeting and the name, pay of millions in a currency whose everyday pay runs to millions; hard negatives: a country of two
    // capitalised words beside a job's average pay, a made-up sample address.
    [Theory]
    [InlineData("Client: hello, this is Bogdan Ilie, my refund still hasn't arrived. Draft the agent's reply.")]
    [InlineData("Forwarded from Nguyen Bao Chau: my salary is 25 million VND now, can you help me negotiate 30 million?")]
    [InlineData("Translate for HR: Dewi Anggraini currently earns Rp 9 juta a month and asks for 11 juta.")]
    public void ChatSpeakersAndMillionsOfSmallUnits_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("How does the pay of a software engineer in New Zealand compare with Sri Lanka?")]
    [InlineData("Make a demo shipping label: Joe Sample, 12 Example Avenue, Anytown AB1 2CD.")]
    [InlineData("What is the average monthly salary in Vietnam, about 8 million VND?")]
    public void ChatSpeakersAndMillionsOfSmallUnits_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));
}
