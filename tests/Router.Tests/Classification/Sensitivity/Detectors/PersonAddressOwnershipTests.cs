using Router.Classification;
using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Whose address it is (issue 15, second recall pass): organisation, shop and venue addresses stay out, names the
/// capitalised-word finder cannot see (lower case, month words) and possessives come in.
/// </summary>
public sealed class PersonAddressOwnershipTests
{
    [Theory]
    // Words an organisation uses as much as a person need a person nearby (I, my, she, their, who…).
    [InlineData("Brightwell Analytics moved to 220 Kingsway Road, Leeds last spring.")]
    [InlineData("Harlow is registered at 8 Tanner Street, Bristol.")]
    // Business and venue words near the address: an organisation's, even after "send … to" or a name-like run.
    [InlineData("Send applications to Corvid Systems, 41 Dock Road, Hull.")]
    [InlineData("Contact Pelham Travel at 9 Arkwright Road for more information.")]
    [InlineData("Our team moved to the new Ferris building at 91 Harbour Road.")]
    [InlineData("The Ashcombe clinic at 5 Mill Lane offers flu shots to residents.")]
    // "managed by" and "shared with" tie an address to organisations more often than to people.
    [InlineData("Parking at 17 Orchard Road is managed by Kestrel Homes.")]
    // A shop's block: a name-like line above, opening hours below.
    [InlineData("Marlowe Books\n23 Quay Street\nOpening hours: Mon-Sat 9-6")]
    // Block lines above an address that hold an organisation's, event's or heading's words, or an event's day and time
    // below it (issue 15, third pass).
    [InlineData("Book Club\n23 Quay Street\nYork")]
    [InlineData("harlow web services\n23 quay street\nyork")]
    [InlineData("Pottery Evening\n23 Quay Street\nEvery Thursday 7 pm")]
    [InlineData("The Ghent Marathon starts at 4 Quay Road this year.")]
    public void Detect_OrganisationAddress_FindsNothing(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text);

    [Theory]
    // Two or three words opening the line, then the address after a comma or bracket: a name in lower case.
    [InlineData("ruth okafor, 12 alder road, york", "12 alder road")]
    [InlineData("owen pryce (44 mill road) rang about the refund.", "44 mill road")]
    // An envelope whose street line starts with a number the pattern leaves out.
    [InlineData("tomas lindqvist\n03 2211 Birch Lane\nUppsala", "2211 Birch Lane")]
    // Possessives: someone's place.
    [InlineData("Drop the books at Timothy's place, 8 Fern Road, Ely.", "8 Fern Road")]
    [InlineData("Could you drop it off at Nadia's: 8 Fern Road?", "8 Fern Road")]
    // A venue word inside the street's own name is not a venue.
    [InlineData("My mum lives at 12 Station Road, Crewe.", "12 Station Road")]
    // Weak words still count when a person is spoken of.
    [InlineData("She moved to 14 Larch Road in the spring.", "14 Larch Road")]
    // A signature block: name, job and company lines above the address.
    [InlineData("Helen Marsh\nSenior buyer\nDavis Ltd.\n37 Wharf Road\nLeeds", "37 Wharf Road")]
    // A name line above a one-word company line or an organisation's line (issue 15, third pass).
    [InlineData("lena ortiz\nquantiflow\n37 wharf road\nleeds", "37 wharf road")]
    [InlineData("Lena Ortiz\nOffice of Student Services\n37 Wharf Road\nLeeds", "37 Wharf Road")]
    [InlineData("June Fairley\n37 Wharf Road\nLeeds", "37 Wharf Road")]
    public void Detect_PersonsAddress_FindsAddress(string text, string expected) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text, expected);

    [Theory]
    // Third pass: a label before a lower-case name, street words the pattern left out after the separator or in front of a
    // unit on an envelope's street line, a lower-case name after a title, presidio's "<given name> and <street> <n>" streets,
    // and an address the text calls someone's wrong or correct one.
    [InlineData("customer: april janeb, 12 alder road, york")]
    [InlineData("oskar lind, norra 12 kyrk street\numeå")]
    [InlineData("maja berg\n22 calle mayor 46 suite 385, madrid")]
    [InlineData("please ring mr. tony hussar at 4 elm road tonight")]
    [InlineData("Please deliver to Ada Brandt, Marta and Kirkevej 7.")]
    [InlineData("the form for ida holm has the wrong address, it should be 7 mill road")]
    public void Classify_PersonsAddressInAShapeFoundInTheThirdPass_IsPersonAddress(string text) =>
        Assert.Contains("person_address", SensitivityClassifierFactory.Create().Classify([text], []).EntityTypeCounts.Keys);

    [Theory]
    [InlineData("Tom and Jerry 2 is on tonight at 8.")]
    [InlineData("venue: town hall, 12 mill road, york")]
    [InlineData("what's the correct address for the Louvre?")]
    public void Classify_NoPersonsAddress_IsNotPersonAddress(string text) =>
        Assert.DoesNotContain("person_address", SensitivityClassifierFactory.Create().Classify([text], []).EntityTypeCounts.Keys);

    [Theory]
    [InlineData("please call mr. tony hussar tomorrow", "tony hussar")]
    [InlineData("Dr. Ines Duarte will see you now.", "Ines Duarte")]
    public void PersonNames_AfterATitle_FindsTheNameInAnyCase(string text, string expected) =>
        Assert.Equal([expected], PersonNames.Find(text).Select(n => text[n.Start..n.End]));

    [Fact]
    public void Find_AfterMovedToAnArticle_DoesNotTakeThePhraseAsTheAddress()
    {
        const string text = "we moved to the new Ferris building at 91 Harbour Road";
        var found = new List<TextSpan>();
        StreetAddress.Find(text, ScanInput.CountDigits(text), found);

        Assert.DoesNotContain(found, f => text[f.Start..f.End].StartsWith("the ", StringComparison.Ordinal));
        Assert.Contains(found, f => text[f.Start..f.End] == "91 Harbour Road");
    }

    [Theory]
    [InlineData("April Fenwick lives next door.", "April Fenwick")]
    [InlineData("Please ask June Hartley to sign.", "June Hartley")]
    [InlineData("Send it to May Thornton today.", "May Thornton")]
    public void Find_MonthWordAsGivenName_FindsName(string text, string expected)
    {
        var names = PersonNames.Find(text);

        Assert.Contains(names, n => text[n.Start..n.End] == expected);
    }

    [Theory]
    [InlineData("The report is due in May Thornton said.")]
    [InlineData("June 2024 was warm.")]
    [InlineData("We met in April and again since June Hartley left.")]
    [InlineData("May I ask a question?")]
    public void Find_MonthWordAsDate_FindsNoMonthName(string text)
    {
        var names = PersonNames.Find(text);

        Assert.DoesNotContain(names, n => text[n.Start..n.End].Split(' ')[0] is "May" or "June" or "April");
    }
}
