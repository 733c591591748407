using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Phones and IBANs of the sixth pass (issue 15): "I'm on …" and "get me on …" as phone context; a count after the number
/// ("1234567 times") and a lottery draw before it are no phone; an IBAN with dots between its groups or wrapped over lines is
/// still one IBAN. All examples are written for these tests.
/// </summary>
public sealed class IdentifierSixthPassTests
{
    private static List<string> Phones(string text)
    {
        var verdict = SensitivityClassifierFactory.Create().Classify([text], []);
        return [.. verdict.Entities.Where(e => e.Type == "phone").Select(e => text[e.Start..e.End])];
    }

    [Theory]
    [InlineData("I'm on 8765 4321 if you need me tonight.", "8765 4321")]
    [InlineData("You can get me on 555 0147 after six.", "555 0147")]
    [InlineData("i am on 9123 4567, text first", "9123 4567")]
    public void BeingOnANumber_IsAPhone(string text, string phone) =>
        Assert.Contains(phone, Phones(text));

    [Theory]
    [InlineData("The lotto numbers were 04 11 18 27 33 and 41.")]
    [InlineData("Saturday's lottery draw: 06 12 19 24 38, bonus 7.")]
    [InlineData("Call the function 1234567 times in the loop and time it.")]
    [InlineData("Reach 25000000 users with the campaign, then call 2000000 requests a day the ceiling.")]
    [InlineData("I'm on 20 mg of prednisolone and 12345678 steps behind.")]
    public void CountsAndDraws_AreNoPhone(string text) =>
        Assert.Empty(Phones(text));

    private static List<string> Ibans(string text) =>
        [.. SensitivityClassifierFactory.Create().Classify([text], []).Entities.Where(e => e.Type == "iban").Select(e => text[e.Start..e.End])];

    [Theory]
    [InlineData("IBAN: DE89.3704.0044.0532.0130.00 for the refund", "DE89.3704.0044.0532.0130.00")]
    [InlineData("IBAN\nGB29 NWBK\n6016 1331\n9268 19\nthanks", "GB29 NWBK\n6016 1331\n9268 19")]
    [InlineData("my iban is gb29.nwbk.6016.1331.9268.19", "gb29.nwbk.6016.1331.9268.19")]
    public void IbanWithDotsOrWrappedOverLines_IsFound(string text, string iban) =>
        Assert.Contains(iban, Ibans(text));

    [Theory]
    [InlineData("version AB12.3456.7890.1234 released today")]
    [InlineData("GB29 NWBK\n6016 1331\n9268 18 is off by one")]
    public void DottedOrWrappedLookAlikes_FailingMod97_AreNoIban(string text) =>
        Assert.Empty(Ibans(text));
}
