using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the nineteenth pass (issue 15, session 27, s27-addrids), from the sixteenth author's classes. Found: security,
/// door-supervisor and other person-by-person trade licences, permits and badges (an SIA badge's 16 digits, grouped or not), a
/// licence or permit after a possessive; a local number given as someone's new or changed number. Not identifiers: software,
/// liquor, premises and parking licences, licence questions without a number, a "new number" in arithmetic. Every value and
/// sentence is written for these tests.
/// </summary>
public sealed class IdentifierNineteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) =>
        [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    private static bool Sensitive(string text) => Classifier.Classify([text], SensitivityScope.WithTerms([])).IsSensitive;

    [Theory]
    [InlineData("Private security licence no. PS-48120937 expires in June — draft the renewal reminder.")]
    [InlineData("SIA door supervisor licence 1013204412349876 — add him to Saturday's rota.")]
    [InlineData("Security Industry Authority badge licence 1013204412349876 — add to the door rota.")]
    [InlineData("Security officer permit 7702194463 needs renewing before the event — write the reminder.")]
    [InlineData("Security-guard licence no. SG-48120937 expires in June — draft the renewal reminder.")]
    [InlineData("Door supervisor badge 2290 4471 8830 1164 — check it before Friday's shift.")]
    [InlineData("Crowd controller licence 40981234 for the festival gate crew, add it to the sign-in sheet.")]
    [InlineData("Private investigator licence PI-7724519 is on the agency's roster; draft the renewal letter to him.")]
    [InlineData("Locksmith licence number LK-559301 for our new hire — write the induction email.")]
    [InlineData("Her work permit no. WP-4471882 expires in May — remind her to renew.")]
    public void TradeOrPersonalLicencePermitOrBadge_IsALicence(string text) =>
        Assert.Contains("driver_license", Types(text));

    [Theory]
    [InlineData("Our security software licence SEC-4471882 expires next week — renew the subscription.")]
    [InlineData("Premises licence number PL-4471882 for the bar: attach it to the application.")]
    [InlineData("Her liquor licence no. LL-551203 covers the beer garden too.")]
    [InlineData("My parking permit 4471882 expired yesterday, can I appeal the fine?")]
    [InlineData("How long does an SIA door supervisor licence take to arrive after the course?")]
    [InlineData("Security badge numbers look like 000000; what format does the access system use?")]
    public void ProductPremisesOrNoNumber_IsNoLicence(string text) =>
        Assert.DoesNotContain("driver_license", Types(text));

    [Theory]
    [InlineData("My new number is 463920185 — update the choir parent list.")]
    [InlineData("My new number is 284596210 — update the ski school parent list.")]
    [InlineData("Her new number is 71234567, save it in the team sheet please.")]
    [InlineData("I changed my number to 58392014, tell the carpool group.")]
    public void NewOrChangedNumber_IsAPhone(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("Reverse the digits: the new number is 284596210 — check my maths.")]
    [InlineData("My new number is 7 on the football team, can you design a shirt?")]
    [InlineData("Our new number of subscribers is 28459 this month, write a thank-you post.")]
    public void NewNumberInSumsOrCounts_IsNoPhone(string text) =>
        Assert.False(Sensitive(text));
}
