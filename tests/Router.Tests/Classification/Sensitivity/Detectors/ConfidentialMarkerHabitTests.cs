using Router.Classification;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// The lead's end read of the nineteenth pass: a restriction quoted "at the top of emails" describes a habit across many
/// documents (what people keep writing), not a marking on the text at hand. The marking of one document must still count.
/// The lead's own sentences.
/// </summary>
public sealed class ConfidentialMarkerHabitTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) => [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("Our managers keep writing \"do not distribute\" at the top of emails. Nobody follows it. Draft a friendly note about it for the team.")]
    [InlineData("Half the office puts \"internal only, do not forward\" at the top of memos. I think it is theatre; give me three arguments either way.")]
    [InlineData("Colleagues always type \"NDA, do not leak\" at the top of their messages. Write a gentle reminder that it adds nothing legally.")]
    [InlineData("People routinely stamp \"confidential to the board\" across the top of slides. Summarise the research on whether labels change behaviour.")]
    public void ARestrictionWrittenOutOfHabit_OnManyDocuments_IsNotAMarking(string text) =>
        Assert.DoesNotContain("confidential_document", Types(text));

    [Theory]
    [InlineData("The memo has \"do not forward, board only\" at the top of it. Summarise: the merger closes in May at 41 pence a share.")]
    [InlineData("\"Not for release, confidential to trustees\" at the top of these minutes: the shortfall is £2m. Draft the chair's remarks.")]
    [InlineData("Reformat this email; \"do not forward outside finance\" is at the top: the Q3 bonus pool is $2.1m.")]
    [InlineData("She pasted the cable with \"eyes only, ambassador\" at the top of the first page: the minister will resign on Friday. Summarise.")]
    public void ARestrictionOnTheDocumentAtHand_IsStillAMarking(string text) =>
        Assert.Contains("confidential_document", Types(text));
}
