using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// English classes of the twelfth pass (issue 15, s20-ctxen): a note to a neighbour at a UK or Welsh street and postcode with no
/// street word; Indian addresses (house/sub-number, nth Cross/Main, layout, nagar, colony, sector, six-digit PIN); a family's
/// home by surname in a cleaner's, builder's or estate agent's quote; an adult's age beside a name and a month-and-year birth;
/// a birth date in a horoscope or numerology question about a named friend; chronic conditions in school and care notes, lists
/// of medicines with doses, dental conditions, a relative's illness in a fundraiser, sports and work injuries; a friend's offer
/// in k-notation, pay in other dollars, rand and rupees (lakh, CTC), day and hourly rates; complaints, students, contractors,
/// users, interns, volunteers and members as record roles. Hard negatives beside each class: fictional addresses, travel and
/// PIN-code questions, offices, public figures, public bodies' members, general medical and salary questions, job adverts and
/// payslip layouts without values. All examples are written for these tests.
/// </summary>
public sealed class PersonContextTwelfthPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("Can you tidy this note for me: \"Hi Gwen, it's Alun from next door — I took in your parcel, I'm at 7 Heol Tir Gwyn, Pontypridd CF37 4HE if you want to pop round.\"")]
    [InlineData("Write a friendly card to my neighbour Mrs Pritchard at 22 Ffordd y Mynydd, Llandudno LL30 2SX thanking her for watering the plants.")]
    [InlineData("polish this: Dear Colin, the fence panel blew into your garden again, sorry! Drop by 41 Cotswold Way, Cheltenham GL52 3QE whenever suits. Bernie")]
    [InlineData("Help me write a note for Aisha Khan at 9 Belvoir Road, Leicester LE2 1JW about the shared bins schedule.")]
    [InlineData("Please format for a courier: Venkatesh Rao, 12/3 4th Cross, Malleswaram, Bengaluru 560003")]
    [InlineData("Draft a wedding invite envelope for Lakshmi Iyer, No. 27, 2nd Main Road, Jayanagar 4th Block, Bengaluru 560011.")]
    [InlineData("send the parcel to Harpreet Gill, H.No 314, Sector 21, Chandigarh 160022, she asked for evening delivery")]
    [InlineData("my aunty's place is 56/B 9th Main, HSR Layout, Bangalore 560102 — how do I write it in a Diwali card to Meena Aunty?")]
    [InlineData("Translate into Hindi for the tailor: deliver to Rohit Saxena Jr., flat 3, Shanti Nagar Colony, Phase 2, Jaipur 302019.")]
    [InlineData("Quote for deep cleaning the Hendersons' house, 18 Ashgrove Lane, Didsbury — three bedrooms, end of tenancy. Please make it sound professional.")]
    [InlineData("Rewrite this builder's estimate: Re: loft conversion at the Okafors' home, 73 Wexford Avenue, Hull HU9 3NL. Materials £14,200.")]
    [InlineData("Estate agent blurb: viewing arranged at the Maddisons' property, 5 Orchard Close, Bishop's Stortford, Saturday 11am.")]
    [InlineData("Note for the new neighbours: welcome to the street! If you need anything we're at 3 Maes y Llan, Rhayader LD6 5AB. Love, the Prices")]
    [InlineData("Can you make this less grumpy: \"To whoever lives at 15 Pendle View, Clitheroe BB7 1QT — your hedge is blocking our path.\"")]
    [InlineData("Shipping label please: Kavitha Srinivasan, 88/2 11th Cross, Wilson Garden, Bengaluru 560027")]
    [InlineData("Gift for my cousin Anjali Verma, House 42, Sector 15, Gurugram 122001 — write the address neatly for the courier form.")]
    [InlineData("Write a cover note for the plumber's invoice: repairs at the Fitzgeralds' house, 9 Chapel Row, Bath BA1 1HN.")]
    [InlineData("Window cleaning quote for the Patel family home, 27 Ridgeway Drive, Luton LU3 2EJ — fortnightly, front and back.")]
    public void Addresses_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What's the history of Baker Street and why is 221B famous among Sherlock fans?")]
    [InlineData("Write a short story where Paddington Bear gets lost on his way home to 32 Windsor Gardens.")]
    [InlineData("In Harry Potter, why do the Dursleys at 4 Privet Drive hate magic so much?")]
    [InlineData("Best cafes near 4th Cross, Malleswaram for a tourist visiting Bengaluru next week?")]
    [InlineData("How do Indian PIN codes work — what does the first digit of 560003 stand for?")]
    [InlineData("Is HSR Layout or Jayanagar a better area to rent in Bangalore for a young couple?")]
    [InlineData("How do UK postcodes like CF37 work and which town do they belong to?")]
    [InlineData("Estate agent advice: how should I stage a three-bedroom semi for viewings in Didsbury?")]
    [InlineData("Write a generic letter template to a neighbour about a fence, with [Name] and [Address] placeholders.")]
    [InlineData("What is the postcode for Rhayader town centre?")]
    [InlineData("Describe the Simpsons' house, 742 Evergreen Terrace, for a fan quiz.")]
    [InlineData("Quote for deep cleaning an office, 18 Ashgrove Lane, Didsbury — three rooms, weekly.")]
    [InlineData("Top restaurants in Koramangala 5th Block, Bangalore 560095 for a birthday dinner?")]
    [InlineData("The PIN code for HSR Layout in Bangalore is 560102, right?")]
    [InlineData("Our office is at 3rd Floor, 12 Main Road, Indiranagar, Bengaluru 560038 — update the website footer.")]
    [InlineData("Write to Paddington at 32 Windsor Gardens, London W9 a thank-you card from a child.")]
    [InlineData("Draft a letter to Harry Potter, The Cupboard under the Stairs, 4 Privet Drive, Little Whinging, Surrey.")]
    [InlineData("Which area is best for families, Whitefield or Sector 62 Noida 201309?")]
    [InlineData("What is the history of the Wordsworths' house at Grasmere?")]
    public void Addresses_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Care home handover: Mrs Whitcombe is 91 and prefers tea before her tablets; please rephrase for the night staff.")]
    [InlineData("Summarise: Derek Albright, 67, retired welder, came in asking about the allotment waiting list.")]
    [InlineData("Email to the club secretary: Mr Osei is 78 and would like to join the Tuesday bowls team.")]
    [InlineData("Baby book caption for our daughter Imogen, born December 2021, first steps at the park.")]
    [InlineData("Nursery registration: Theo Ramsay, DOB: Mar 2019, allergies none — rewrite politely.")]
    [InlineData("What does my friend Carys's horoscope say? She was born 14 August 1993 at 6am in Cardiff.")]
    [InlineData("Do a numerology reading for Rashid Anwar, date of birth 02/11/1988, life path number please.")]
    [InlineData("Zodiac compatibility: my boyfriend Tomasz was born on 3 April 1996, I'm a Scorpio — are we a match?")]
    [InlineData("Update the parish newsletter: Mrs Agnes Doolan is 93 this week and still does the flowers.")]
    [InlineData("Memo: Colm Brennan, 71, has asked to move his allotment to plot 4.")]
    [InlineData("Registration form for Oisin Keane, DOB: Jan 2020, starting in the toddler room.")]
    [InlineData("Write a birth announcement: our son Ruairi, born November 2023, 3.4 kg.")]
    [InlineData("Can you do a birth chart for my sister Ffion? Born 9 February 1999, 11:40pm, Swansea.")]
    public void AgesAndBirthDates_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What is the life path number for someone born on 02/11/1988 in general numerology?")]
    [InlineData("Mick Jagger is 80 and still touring — how does he stay so fit?")]
    [InlineData("What traits do people born in December usually have according to astrology?")]
    [InlineData("Write a birthday card message for a colleague turning 40, no names.")]
    [InlineData("The game was released in March 2019; how old is the franchise now?")]
    [InlineData("Is a man of 67 still allowed to work as a welder in the UK?")]
    [InlineData("What star sign are people born in February?")]
    [InlineData("My mate asked: what star sign is someone born on 3 April?")]
    public void AgesAndBirthDates_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("School nurse note: Freya Mulligan (Year 4) has type 1 diabetes, carries an insulin pen and glucose tablets, please share with the PE teacher.")]
    [InlineData("Care plan update for Jonah Kettering: epilepsy, tonic-clonic seizures, rescue buccal midazolam in the office.")]
    [InlineData("Please rewrite the asthma plan for Ellie Brannigan: blue reliever inhaler before games, call parents if wheezing persists.")]
    [InlineData("Medication list for Rosalind Achebe: metformin 500 mg twice daily, ramipril 5 mg, atorvastatin 20 mg at night.")]
    [InlineData("Grandad Walter: amlodipine 10mg, bisoprolol 2.5mg, warfarin as per INR — can you make a fridge chart?")]
    [InlineData("Reminder letter to Mr Daniel Fairweather: your six-month dental recall is due, we'll review the periodontitis treatment.")]
    [InlineData("Summarise: patient Leonie Baptiste needs a root canal on the lower left molar and a crown fitting next month.")]
    [InlineData("GoFundMe text: my cousin Niamh was diagnosed with acute leukemia in June and the family needs help with travel to the hospital.")]
    [InlineData("Help me write a fundraiser for my brother-in-law Kwame, who is fighting stage 3 bowel cancer.")]
    [InlineData("Team update: Callum Reid tore his hamstring on Saturday and will miss six weeks.")]
    [InlineData("Match report for parents: our striker Ayo Bankole has an ACL tear and is booked for surgery.")]
    [InlineData("Incident log: warehouse picker Dorota Nowak reports carpal tunnel in her right wrist, referred to occupational health.")]
    [InlineData("HR note: Sam Whitley off sick with RSI in both forearms, needs an ergonomic assessment.")]
    [InlineData("Email the coach: Priya Das fractured her wrist at the gym and can't train until March.")]
    [InlineData("Teacher handout: Mateo Ruiz in 5B has epilepsy; if he has a seizure, time it and call the office.")]
    [InlineData("Pharmacy label summary for Gwendolyn Price: sertraline 50 mg mornings, omeprazole 20 mg, simvastatin 40 mg at night.")]
    [InlineData("Dental practice letter: Mr Idris Vaughan, you are overdue for your hygienist visit to treat gingivitis.")]
    [InlineData("Crowdfunding blurb: my uncle Teodor was diagnosed with pancreatic cancer and can't work any more.")]
    [InlineData("Coach's note: Lena Hoffmann strained her hamstring at training and is on rest for three weeks.")]
    [InlineData("Injury at work form: Tomasz Zielinski developed RSI in his right hand from the scanner gun.")]
    public void Health_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What is periodontitis and how is it treated?")]
    [InlineData("How long does recovery from an ACL tear usually take for amateur footballers?")]
    [InlineData("What are the side effects of metformin 500 mg?")]
    [InlineData("Write a generic asthma action plan template for schools.")]
    [InlineData("Did Harry Kane's hamstring injury affect England's Euro campaign?")]
    [InlineData("How do I set up a fundraiser page for a local animal shelter?")]
    [InlineData("Explain carpal tunnel syndrome and RSI prevention for office workers.")]
    [InlineData("Write a leaflet about type 1 diabetes for primary school teachers.")]
    [InlineData("Is gingivitis reversible with better brushing?")]
    [InlineData("Dr Emily Stone, occupational health consultant, will present at the HR conference.")]
    [InlineData("What is carpal tunnel syndrome and how is RSI different?")]
    [InlineData("Write a leaflet on periodontitis for a dental practice waiting room.")]
    [InlineData("Ask my friend Siri what the weather will be tomorrow.")]
    public void Health_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("My mate Declan just got offered 62k at a fintech in Leeds, should he take it or hold out?")]
    [InlineData("Leaver summary: Mereana Tane, final salary NZ$94,000, notice period ends Friday.")]
    [InlineData("New hire confirmation: Liam Chua joins on S$7,200 a month from 1 February.")]
    [InlineData("Offer letter for Thandi Mokoena: R540,000 per annum, start date 1 March.")]
    [InlineData("Rewrite: Arjun Mehta's CTC is ₹18 lakh, joining bonus ₹1.5 lakh.")]
    [InlineData("Hire note: Jessie Tran starts on A$105k, Melbourne office.")]
    [InlineData("Invoice wording for our freelancer Oskar Lind at £450 per day, 12 days in January.")]
    [InlineData("Timesheet: Maria Gonzalez, cleaner, $24/hour, 30 hours this week — work out her pay.")]
    [InlineData("Our nanny Becca charges £14.50 an hour, help me calculate the holiday pay.")]
    [InlineData("My flatmate Joel got offered 55k by a bank in Glasgow — help him write a counter-offer.")]
    [InlineData("Farewell card for Siobhan Reilly, leaving on C$88,000 for a role in Toronto.")]
    [InlineData("New starter pack: Anil Kapoor joins with a CTC of ₹24 lakh per annum.")]
    [InlineData("Dog walker Erin Mackie charges £15 per walk, £60 per week for five days.")]
    [InlineData("Contract summary: freelance editor Priyanka Nair at £320 a day for the March issue.")]
    public void Pay_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Is 62k a good salary for a data analyst in Leeds?")]
    [InlineData("What is a typical day rate for a freelance designer in London?")]
    [InlineData("Convert ₹18 lakh per annum to pounds.")]
    [InlineData("Job ad: Senior Engineer, A$120k–140k plus super, hybrid.")]
    [InlineData("What's the minimum wage per hour in New Zealand in 2026?")]
    [InlineData("Payslip layout: Employee name, Employee number, Tax code, Salary, NI number, Net pay — which order is best?")]
    [InlineData("Design a blank payroll form with fields: Name, Department, Gross salary, Deductions, Signature.")]
    [InlineData("What is the average CTC for a software engineer in Bengaluru?")]
    [InlineData("Declan Rice was offered a new contract package by Arsenal last summer — was it worth it?")]
    [InlineData("Sarah Lee offered me a lift at 5 to the station, how do I thank her?")]
    [InlineData("Is 62k a fair offer for a junior developer in Manchester? I got offered 62k yesterday.")]
    [InlineData("Our app passed 62k users after the Product Hunt launch, write a post.")]
    [InlineData("Convert A$105k to US dollars at today's rate.")]
    [InlineData("What does CTC mean in an Indian salary slip, and how is 18 lakh split?")]
    public void Pay_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Customer complaint from Brenda Tolliver: the replacement kettle arrived broken again, she wants a refund.")]
    [InlineData("Rewrite kindly: complaint raised by user Marek Kowalczyk, locked out of his account for three days.")]
    [InlineData("Student record note: Ibrahim Sesay missed four deadlines this term; draft a letter to his guardian.")]
    [InlineData("Contractor Gary Pemberton didn't finish the tiling — write a formal notice of breach.")]
    [InlineData("Intern evaluation: Sophie Lindqvist, marketing intern, strong on social media, weak on deadlines.")]
    [InlineData("Volunteer rota: volunteer Agnes Moffat asked to drop her Thursday shift; update the message.")]
    [InlineData("Membership note: member Duncan Farrow is three months behind on gym fees, draft a reminder.")]
    [InlineData("Residents' meeting minutes: resident Joyce Adeyemi of flat 8 complained about the lift.")]
    [InlineData("Trial participant Ruben Castellanos withdrew consent on day 12; summarise for the study file.")]
    [InlineData("Complaint from Graham Sewell about the late bus service, please draft a reply.")]
    [InlineData("Student Hamza Qureshi has asked to resit the exam; write a note to the exam board.")]
    [InlineData("Intern Chloe Marchetti's timesheet is missing two days — draft a reminder.")]
    [InlineData("Volunteer Bernard Oduya missed three shifts at the food bank; write a gentle check-in.")]
    [InlineData("Membership log: member Priti Shah cancelled her direct debit.")]
    [InlineData("User Lorenzo Bianchi reports he was charged twice — draft a support ticket reply.")]
    public void RecordRoles_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("What makes a good customer complaint letter?")]
    [InlineData("How should a student write a personal statement?")]
    [InlineData("Tips for managing volunteers at a charity shop.")]
    [InlineData("Write a template complaint from [Customer Name] about a late delivery.")]
    [InlineData("Barack Obama was a community organiser before becoming a senator; summarise his early career.")]
    [InlineData("How do clinical trials protect participants' privacy?")]
    [InlineData("How do student unions represent students in complaints?")]
    [InlineData("Member of Parliament Jane Hartley's report on housing was published today; summarise it.")]
    [InlineData("Student Council President Maya Patel will give the welcome speech; write an intro note.")]
    [InlineData("As a user, I want to reset my password — write three user stories for the login page.")]
    [InlineData("Draft a participant information sheet template for a survey study.")]
    [InlineData("Board member Warren Buffett's annual letter to shareholders: summarise the key points.")]
    [InlineData("How do I file a complaint against a contractor who didn't finish the job?")]
    [InlineData("Volunteer firefighters in rural Oregon: write a news feature about their shift patterns.")]
    public void RecordRoles_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Check this census return: Household head Mireille Gagnon, 2215 Commercial Drive, Vancouver BC V5N 4B6, two adults.")]
    [InlineData("Census form to tidy: Household head Yusuf Demir, 3310 Fraserway, Burnaby BC V5J 5G4.")]
    [InlineData("Email the swim coach that Tom Hardy (no relation to the actor — he's my nephew) has a perforated eardrum and can't swim this month.")]
    [InlineData("Note for Emma Watson's teacher, not the actress, my daughter: she has tonsillitis and will be off until Monday.")]
    [InlineData("Formal complaint raised by Anika Johansson: the landlord has not fixed the boiler in six weeks.")]
    public void PostcodesDisclaimersAndComplaints_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Tom Hardy broke his nose filming a scene; how long did it take to heal?")]
    [InlineData("What does the postal code V5N 2S6 cover in Vancouver?")]
    [InlineData("The Kingsway in Vancouver is a long road — which bus runs along it?")]
    [InlineData("Museum of Anthropology, 6393 NW Marine Drive, Vancouver BC V6T 1Z2 — opening hours?")]
    [InlineData("Summarise the complaint from Maria de la Cruz.")]
    public void PostcodesDisclaimersAndComplaints_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));
}
