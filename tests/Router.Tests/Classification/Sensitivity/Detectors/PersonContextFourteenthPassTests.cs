using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// English classes of the fourteenth pass (issue 15, s22-ctxen): tables as records (markdown, pipe, tab, semicolon and CSV tables
/// whose header names people, with role, birth-date, pay or condition columns), a service provider's own records (hotel guests,
/// passengers, buyers and sellers, witnesses, the deceased, a wedding's couple, our clients, awards given for need), infections
/// a parent tells a teacher, fertility results, and salaries in other languages and currencies. Hard negatives beside each class:
/// tables of products, items, suppliers, candidates for election and historical people, template tables, talk-show and
/// conference guests, public prizes and scholarships, fiction, general questions, payslip layouts and hospice fundraising.
/// All examples are written for these tests.
/// </summary>
public sealed class PersonContextFourteenthPassTests
{
    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("| Tenant | Unit | Rent due |\n|---|---|---|\n| Olumide Adeyemi | 4B | 1 March |\n| Grace Whitfield | 7A | 1 March |\nPlease draft polite reminder letters.")]
    [InlineData("Employee,Department,Start date\nKatarzyna Nowak,Logistics,2021-04-01\nDiego Ramírez,Finance,2019-11-15\nConvert this to JSON please.")]
    [InlineData("Guest\tRoom\tNights\nHiroshi Tanaka\t312\t3\nElena Petrova\t215\t2\nMake a check-out list sorted by room.")]
    [InlineData("| Patient | DOB | Ward |\n|---|---|---|\n| Margaret Oyelaran | 12/03/1948 | C2 |\n| Desmond Quayle | 30/07/1952 | C4 |")]
    [InlineData("Name | Salary\nLiam O'Connor | €48,000\nSofia Bianchi | €52,500\nWho is under the band median?")]
    [InlineData("Student, Allergy, Notes\nAmara Okafor, peanuts, EpiPen in bag\nNoah Fischer, asthma, inhaler\nFormat this for the trip leader.")]
    [InlineData("| Member | Plan | Arrears |\n| --- | --- | --- |\n| Tomás Herrera | Gold | $45 |\n| Wanjiru Kamau | Basic | $120 |\nWrite the overdue notice.")]
    [InlineData("Client\tMatter\tHearing\nBeatriz Santos\tcustody\t14 May\nPieter van Dijk\tlease dispute\t21 May")]
    [InlineData("| Employee | Monthly salary |\n|---|---|\n| Ana Lúcia Prado | R$ 7.200 |\n| Jorge Benítez | R$ 6.450 |")]
    [InlineData("Name\tDate of birth\tClass\nOliver Grant\t03/05/2017\t2B\nAmelia Stone\t21/11/2016\t2B")]
    [InlineData("Guest, Dietary/medical\nFrancesca Russo, coeliac\nDavid Mensah, nut allergy")]
    [InlineData("Participant;Session;Attendance\nYuki Sato;Tuesday;present\nLars Nilsson;Tuesday;absent")]
    public void Tables_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("| Name | DOB | Salary |\n|---|---|---|\n| [Full name] | [DD/MM/YYYY] | [amount] |\n| | | |\nFill this template for new hires.")]
    [InlineData("| Product | Price | Stock |\n|---|---|---|\n| Oak Desk | £240 | 12 |\n| Walnut Shelf | £95 | 30 |")]
    [InlineData("| Item | Qty | Price |\n| Oak Desk | 2 | £240 |\n| Walnut Shelf | 1 | £95 |")]
    [InlineData("City, Country, Population\nLagos, Nigeria, 15 million\nLima, Peru, 10 million\nSão Paulo, Brazil, 12 million")]
    [InlineData("| Author | Novel | Year |\n|---|---|---|\n| Jane Austen | Emma | 1815 |\n| Charles Dickens | Bleak House | 1853 |")]
    [InlineData("| Company | Sector | Market cap |\n|---|---|---|\n| Rolls Royce Holdings | Aerospace | £40bn |\n| Marks and Spencer | Retail | £7bn |")]
    [InlineData("| Candidate | Party | Votes |\n|---|---|---|\n| Keir Starmer | Labour | 18,884 |\n| Rishi Sunak | Conservative | 26,000 |")]
    [InlineData("| Name | Born | Known for |\n|---|---|---|\n| Marie Curie | 1867 | radioactivity |\n| Ada Lovelace | 1815 | computing |")]
    [InlineData("Tenant,Unit,Rent due\n[Tenant name],[Unit],[Date]\n,,\nFill in one row per tenant.")]
    [InlineData("Name,Type,Calories\nGranny Smith,apple,52\nGolden Delicious,apple,57")]
    [InlineData("| Supplier | Contact | Terms |\n|---|---|---|\n| Acme Tools Ltd | sales desk | 30 days |\n| Brightline Paper | orders team | 14 days |")]
    [InlineData("Column headings for my spreadsheet: Name, Email, Phone, Date of birth — which order is best?")]
    public void Tables_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Planner notes: the couple, Aisha Rahman and Tom Becker, want the ceremony at 4pm; deposit due Friday.")]
    [InlineData("Scholarship 2026 awarded to Mihail Popescu (first-year, Engineering) — please draft the award letter.")]
    [InlineData("Grant recipient: Fatou Diallo, community garden project, first tranche released.")]
    [InlineData("Bride: Priya Raman; Groom: Daniel Osei. Venue walk-through Saturday, florist confirmed.")]
    [InlineData("Event brief for our clients Valentina Greco and Marco Ferri: 120 guests, vegetarian menu, band until midnight.")]
    [InlineData("Bursary awarded: Thandeka Zulu will receive the 2026 hardship bursary; email her the conditions.")]
    [InlineData("Front desk log: guest Mr. Anand Krishnan (room 412) complained about noise twice overnight.")]
    [InlineData("The seller on this eBay case is Tomasz Wójcik; he shipped an empty box, what evidence do I need?")]
    [InlineData("Funeral arrangements — deceased: Mrs. Olive Mwangi; family contact: her son Peter. Viewing Thursday.")]
    [InlineData("Our clients Hamid Karimi and Leila Sadeghi have approved the floor plan; schedule the builders.")]
    [InlineData("Hardship fund decision: the grant goes to Chidi Okeke for rent arrears; send the letter today.")]
    [InlineData("Bursary recipients 2026: Lerato Mokoena, Sipho Dube.")]
    public void ServiceRoles_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Our guest speaker Dr. Helen Marsh will talk about soil science at the conference on Friday.")]
    [InlineData("Tonight's special guest Ed Sheeran performs live in the studio.")]
    [InlineData("The witness for the prosecution is a classic Agatha Christie play; is it worth seeing?")]
    [InlineData("The Nobel Prize in Physics 2023 was awarded to Anne L'Huillier for attosecond pulses.")]
    [InlineData("How many passengers can a Boeing 737 carry, and who was the first passenger on a commercial flight?")]
    [InlineData("In the novel the bride, Elizabeth Bennet, finally marries Mr Darcy.")]
    [InlineData("What scholarships are there for nursing students in Kenya, and how do I write a bursary application?")]
    [InlineData("The buyer is responsible for shipping costs unless the listing says otherwise.")]
    [InlineData("As a guest on the podcast, Maria Ressa spoke about press freedom.")]
    public void ServiceRoles_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));

    [Theory]
    [InlineData("Dear Ms Carter, Ethan Moyo will be off school this week, the doctor confirmed typhoid. Regards, Rudo Moyo")]
    [InlineData("Hi Mr Evans, just so you know Zara Hussain has measles, she won't be in till the doctor clears her.")]
    [InlineData("Note for class 3B: Yusuf Adebayo has been diagnosed with scarlet fever; please alert parents.")]
    [InlineData("Clinic message from Joanna Kowalczyk: my beta hCG was 112 on day 12 after the embryo transfer, is that normal?")]
    [InlineData("Das Gehalt von Lukas Becker beträgt 4.100 € brutto.")]
    [InlineData("El sueldo de Andrés Castillo es de 28.000 MXN mensuales.")]
    [InlineData("Please move the room charges (AED 2,150) to Rashid Al Mazrouei's personal folio.")]
    public void HealthAndPay_Fire(string text) =>
        Assert.True(IsSensitive(text));

    [Theory]
    [InlineData("Typhoid fever is spread by contaminated water — which vaccines exist?")]
    [InlineData("Sarah Kim's pledge to run 10 km for the hospice raised money for the new wing.")]
    [InlineData("Payslip layout: Employee Name | Employee ID | Basic Pay | Deductions | Net Pay — design the template in HTML.")]
    [InlineData("Qual é o salário mínimo no Brasil em 2026?")]
    [InlineData("Trivia: on what date was Audrey Hepburn born, and in which city?")]
    [InlineData("In the novel, Matilda Wormwood is five and has already read Dickens.")]
    public void HealthAndPay_HardNegatives_DoNotFire(string text) =>
        Assert.False(IsSensitive(text));
}
