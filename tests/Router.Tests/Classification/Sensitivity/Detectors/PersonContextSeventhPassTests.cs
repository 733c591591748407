using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// English and other Latin-script classes of the seventh pass (issue 15, i15-ctx3en): public figures and public offices own the
/// attribute or the residence their sentence speaks of; an organisation's document giving "their address" is the
/// organisation's; a client's standing and a school pupil are record roles; a banner in spaced capitals labels a document.
/// Every rule has cases that must fire and cases that must not; all examples are written for these tests.
/// </summary>
public sealed class PersonContextSeventhPassTests
{
    private static List<(string Type, string Value)> Entities(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Select(e => (e.Type, text[e.Start..e.End]))];

    private static bool IsSensitive(string text) => SensitivityClassifierFactory.Create().Classify([text], []).IsSensitive;

    [Theory]
    [InlineData("Jeff Bezos turned 60 in 2024 and bought another house in Indian Creek.")]
    [InlineData("Taylor Swift was born in 1989 and grew up on a farm near Wyomissing.")]
    [InlineData("Prime Minister Rishi Sunak lives at 10 Downing Street with his family.")]
    [InlineData("The President lives at 1600 Pennsylvania Avenue NW, Washington; who lived there before?")]
    [InlineData("The King resides at Buckingham Palace, London SW1A 1AA, for most of the year.")]
    public void PublicFigureOrOffice_OwnsTheAttributeOrResidence_DoesNotFire(string text) =>
        Assert.False(IsSensitive(text), string.Join(", ", Entities(text)));

    [Theory]
    [InlineData("Jeff Bezos's cleaner, Marta Kowalski, turned 60 in March and wants to retire.", "person_birth_date")]
    [InlineData("After the Obama speech, Daniel Whitlock was diagnosed with pneumonia at St Mary's.", "person_health")]
    [InlineData("Our tenant Leonie Brandt lives at 14 Kestrel Way, Harrogate HG2 7PQ, near the President's old school.", "person_address")]
    [InlineData("My neighbour Rosa Quintero lives at 9 Fairfield Road; the mayor visited her street.", "person_address")]
    public void PrivatePersonNearerThanThePublicFigure_StillFires(string text, string type) =>
        Assert.Contains(Entities(text), e => e.Type == type);

    [Theory]
    [InlineData("The invoice from Harper & Finch lists their address as 45 King Street, Manchester M2 4LQ.")]
    [InlineData("Our supplier Brightwell Joinery gives their address as Unit 4, 18 Mill Road, Ely CB7 4DN on every quote.")]
    [InlineData("The receipt from Okafor Plumbing shows its address as 22 Canal Street, Leeds LS1 4BB.")]
    public void OrganisationsDocumentGivesTheirAddress_IsTheOrganisations_DoesNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("Please update Mr. Ravi Menon's record: their address is now 31 Elmwood Drive, Cardiff CF14 2RG.")]
    [InlineData("The invoice was paid. Grace Adeyemi asked us to send the refund to their address, 6 Poplar Close, Luton LU2 9HF.")]
    public void TheirAddressOfAPerson_StillFires(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("CRM: Bartholomew Achterberg is a priority client since 2019.", "Bartholomew Achterberg")]
    [InlineData("Note for the branch: Winifred Osei is a vulnerable customer, call before any letter.", "Winifred Osei")]
    [InlineData("Please collect Lily Ashdown, pupil in 3C, at 2pm for her appointment.", "Lily Ashdown")]
    [InlineData("Pupil: Tobias Reinholt, Year 6, class teacher Mrs Hale.", "Tobias Reinholt")]
    public void ClientStandingAndSchoolPupil_AreRecordRoles(string text, string name) =>
        Assert.Contains(("person_record", name), Entities(text));

    [Theory]
    [InlineData("Keisha Morgan is a priority for the hiring panel this week.")]
    [InlineData("Daniel Ortiz keeps the key client list up to date for the sales team.")]
    [InlineData("What does the pupil of the eye do when Maya Brennan shines a torch in it?")]
    public void StandingWordsAndPupilElsewhere_DoNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_record");

    [Theory]
    [InlineData("P R I V A T E   &   C O N F I D E N T I A L\nTo the trustees\nRe: the pension transfer")]
    [InlineData("R E S T R I C T E D\nBoard minutes, 4 November")]
    [InlineData("Please tidy this OCR text: T O P  S E C R E T  project notes follow")]
    public void BannerInSpacedCapitals_LabelsTheDocument(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "confidential_document");

    [Theory]
    [InlineData("How do I spell confidential? c o n f i d e n t i a l, right?")]
    [InlineData("Letter-spacing in CSS: how do I get C O N F I D E N T with spaces between letters?")]
    public void SpacedLettersThatAreNoBanner_DoNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "confidential_document");

    [Theory]
    [InlineData("Ficha do cliente: Mariana Costa Ribeiro, Rua dos Girassóis, 318, apto 12, Campinas - SP.", "Rua dos Girassóis, 318")]
    [InlineData("Mahnung an Herrn Jonas Keller, Calle Mayor, 14, 28013 Madrid.", "Calle Mayor, 14")]
    public void StreetWordThenCommaThenNumber_NextToAName_IsThePersonsAddress(string text, string address) =>
        Assert.Contains(("person_address", address), Entities(text));

    [Theory]
    [InlineData("The museum on Rua Augusta, 24 opens at ten; is it worth a visit?")]
    [InlineData("Via Roma, 12 minutes from the station, has the best gelato shop in town.")]
    public void StreetWordThenCommaThenNumber_OfAPlace_DoesNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("Can you forward the trip form to the school office? We're at Flat 3C, 27 Rowan Court, Dundee DD1 4HN.")]
    [InlineData("Note for the nursery office: I live at Apt 12, 5 Cedar Row, Bath BA1 2QQ, so pick-up is easy.")]
    public void FirstPersonBeforeAFlatNumber_IsTheWritersHome_EvenWithOfficeWords(string text) =>
        Assert.Contains(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("We're at Suite 400, 10 Market Street, the office on the fourth floor; meeting at 3pm.")]
    [InlineData("I'm at Unit 5, 2 Dock Road, the warehouse, for the delivery audit.")]
    public void FirstPersonBeforeASuiteOrUnitAtAVenue_DoesNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_address");

    [Theory]
    [InlineData("Reminder: Oskar Lindgren (Class 2B) will be seven on 3 February, cake in the afternoon.", "Oskar Lindgren")]
    [InlineData("Maja Petrović turns 9 next Saturday and wants a pirate party.", "Maja Petrović")]
    public void ChildAgeWithATime_AfterAName_IsAnAge(string text, string name) =>
        Assert.Contains(("person_birth_date", name), Entities(text));

    [Theory]
    [InlineData("Hannah Fields will be one of the judges on Saturday.")]
    [InlineData("Daniel Okoro will be 3 minutes late to the call.")]
    [InlineData("The match between Arsenal and Chelsea will be two in the afternoon kick-off.")]
    public void SmallNumbersThatAreNoAge_DoNotFire(string text) =>
        Assert.DoesNotContain(Entities(text), e => e.Type == "person_birth_date");
}
