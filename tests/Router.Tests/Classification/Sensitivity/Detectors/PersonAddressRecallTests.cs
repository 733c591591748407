using Router.Classification.Sensitivity;
using Router.Classification.Sensitivity.Detectors;
using Router.Classification.Sensitivity.Support;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>The address shapes and ownership rules added for recall on text the detectors were not tuned on (issue 15).</summary>
public sealed class PersonAddressRecallTests
{
    [Theory]
    [InlineData("Please post it to Deák Ferenc utca 14. by Friday.", "Deák Ferenc utca 14.")]
    [InlineData("She moved to Petőfi tér 3. last year.", "Petőfi tér 3.")]
    [InlineData("Our flat: 8 Rue des Acacias, Lyon", "8 Rue des Acacias")]
    [InlineData("The parcel went to 15 calle Mayor instead.", "15 calle Mayor")]
    [InlineData("We live on the corner of 5th Street and Hollis Avenue now.", "corner of 5th Street and Hollis Avenue")]
    [InlineData("ship to unit 4521 box 8830 dpo ae 09012 please", "unit 4521")]
    [InlineData("ship to unit 4521 box 8830 dpo ae 09012 please", "dpo ae 09012")]
    [InlineData("her new place is 17 willow court, ashby", "17 willow court")]
    public void Find_MoreStreetShapes_FindsAddress(string text, string expected)
    {
        var found = new List<TextSpan>();
        StreetAddress.Find(text, ScanInput.CountDigits(text), found);

        Assert.Contains(found, f => text[f.Start..f.End] == expected);
    }

    [Theory]
    [InlineData("Find me 3 good places to visit in Lyon")]
    [InlineData("I sent 3 via email and 2 by post")]
    [InlineData("Is the corner shop open on Sundays?")]
    [InlineData("Send 2 copies via courier 3 days before.")]
    public void Find_NumbersInProse_FindsNoAddress(string text)
    {
        var found = new List<TextSpan>();
        StreetAddress.Find(text, ScanInput.CountDigits(text), found);

        Assert.Empty(found);
    }

    [Theory]
    // A name later in the same sentence, tied to the address by a word such as "for" or "where".
    [InlineData("Can you confirm that 41 Orchard Road, Kingsbridge is still correct for Tobias Wren?", "41 Orchard Road")]
    [InlineData("The nurse drove to 6 Quarry Lane, where Agnes Thorley lives.", "6 Quarry Lane")]
    // A name before the address, set apart by a bracket or a dash.
    [InlineData("Ingrid Sørlie (22 Harbour Road) asked for a refund.", "22 Harbour Road")]
    // People named by relation, dwellings and record roles make an address someone's.
    [InlineData("My grandmother stays at 9 Heather Close now.", "9 Heather Close")]
    [InlineData("My brother lives at 7 Kaptein Linges 41, Bergen.", "7 Kaptein Linges 41, B")]
    [InlineData("Applicant's registered address: 27 Mill Lane, Ashford.", "27 Mill Lane")]
    [InlineData("Please return the signed copy to 31 Thornbury Road today.", "31 Thornbury Road")]
    public void Detect_AddressOfAPerson_FindsAddress(string text, string expected) =>
        DetectorAssert.FindsExactly(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text, expected);

    [Theory]
    // Town and country lines after an address are not its owner.
    [InlineData("41 Orchard Road\nKingsbridge Devon")]
    // A venue word anywhere in the sentence: a place, not a home.
    [InlineData("Is 85 Harbour Street in a good neighbourhood for tourists?")]
    [InlineData("Let's meet at 40 Canal Street after work.")]
    [InlineData("The workshop will be held at 12 Foundry Lane, second floor.")]
    // A ship's name above its fleet post office is an address line, not a person's name line.
    [InlineData("USNS Harvey Milk\nFPO AP 96601")]
    public void Detect_PlaceWithoutPerson_FindsNothing(string text) =>
        DetectorAssert.FindsNothing(SensitivityClassifierFactory.Detector<PersonAddressDetector>(), text);
}
