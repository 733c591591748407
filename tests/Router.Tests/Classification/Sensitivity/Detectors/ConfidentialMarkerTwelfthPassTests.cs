using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Confidential markers of the twelfth pass (issue 15, policy item 4), by class: a document title holding its marker, given as
/// the document this text carries (attached, enclosed, forwarded, a file name, a subject line, a quoted title after a task's
/// colon with its text running on), and the without-prejudice legends of settlement letters; the hard negatives beside them
/// (a title asked about or drafted from scratch, any such document, a saving clause "without prejudice to", a dismissal
/// without prejudice, questions about the rule). Every sentence is written for these tests.
/// </summary>
public sealed class ConfidentialMarkerTwelfthPassTests
{
    private static bool Marked(string text) =>
        SensitivityClassifierFactory.Create().Classify([text], SensitivityScope.WithTerms([])).Entities.Any(e => e.Type == "confidential_document");

    [Theory]
    [InlineData("Attaching the Highly Confidential Supplier Pricing Review for Thursday; flag anything odd.")]
    [InlineData("please find enclosed the Confidential Offering Memorandum for Harbour Mills Ltd")]
    [InlineData("Subject: Strictly Confidential Disciplinary Investigation Report – case 88\nKeep this between the two of us.")]
    [InlineData("Strictly Confidential Board Minutes 4 June.pdf – turn these into action points")]
    [InlineData("Could you proofread the attached \"Confidential Separation Agreement and Release\" before Friday?")]
    [InlineData("I'm forwarding the Confidential Term Sheet – Series A Extension so you can check the vesting terms.")]
    [InlineData("Proofread: \"Privileged & Confidential – Advice on Lease Termination\" Our view is that the landlord served notice too late.")]
    [InlineData("here's the Confidential Due Diligence Findings on Kestrel Foods; list the red flags")]
    public void CarriedTitleWithMarker_Counts(string text) =>
        Assert.True(Marked(text));

    [Theory]
    [InlineData("How long is a typical Confidential Offering Memorandum for a mid-size acquisition?")]
    [InlineData("Write a Confidential Separation Agreement for a junior employee leaving on good terms.")]
    [InlineData("Give me an outline for a Confidential Term Sheet for a seed round.")]
    [InlineData("The film Confidential Report came out in 1955.")]
    [InlineData("Download the Confidential Computing Overview from the vendor's website.")]
    [InlineData("Please review the confidentiality agreement template our lawyer sent.")]
    [InlineData("Attached is the agenda for the offsite; nothing sensitive in it.")]
    public void TitleAskedAboutOrGeneric_NotMarked(string text) =>
        Assert.False(Marked(text));

    [Theory]
    [InlineData("WITHOUT PREJUDICE SAVE AS TO COSTS\nDear Madam,\nOur client proposes to settle the arrears as set out below.")]
    [InlineData("Without prejudice save as to costs: we will accept £9,200 in full settlement of the invoice dispute.")]
    [InlineData("Without Prejudice & Subject to Contract – Heads of Terms, Unit 12 Riverside Park")]
    [InlineData("This proposal is made without prejudice and is open for acceptance until 30 June.")]
    [InlineData("Re: fence boundary dispute (without prejudice)\nWe suggest splitting the survey costs.")]
    public void WithoutPrejudiceLegend_Counts(string text) =>
        Assert.True(Marked(text));

    [Theory]
    [InlineData("This Agreement is without prejudice to any rights either party has already acquired.")]
    [InlineData("The claim was dismissed without prejudice, so it can be brought again.")]
    [InlineData("Can a without prejudice letter be shown to the judge?")]
    [InlineData("Explain the without prejudice rule in settlement negotiations.")]
    [InlineData("The termination is without prejudice to accrued rights.")]
    public void WithoutPrejudice_SavingClauseOrQuestion_NotMarked(string text) =>
        Assert.False(Marked(text));
}
