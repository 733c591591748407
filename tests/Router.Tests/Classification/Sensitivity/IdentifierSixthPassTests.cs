using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Phones of the sixth pass (issue 15): "I'm on …" and "get me on …" as phone context; a count after the number ("1234567
/// times") and a lottery draw before it are no phone. All examples are written for these tests.
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
}
