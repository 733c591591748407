using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the twelfth pass (issue 15, session 20): SSNs after short or misspelt labels, after the bare word "social",
/// and split over two messages with words between; IBANs cut inside a group or marked with an ellipsis across two messages;
/// US licences after a state's code; cards read out in pairs. False positives removed: fictional numbers (555, UK drama
/// ranges) shown as examples, draws and score lists, placeholder GitHub tokens, documentation IP ranges and IPv6 prefixes.
/// Every value and sentence is written for these tests.
/// </summary>
public sealed class IdentifierTwelfthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(params string[] texts) => [.. Classifier.Classify(texts, SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("socsec 423 71 5586 is what HR has")]
    [InlineData("S.S.N. 423 71 5586")]
    [InlineData("Soc: 423.71.5586")]
    [InlineData("socail security 423 71 5586, please double check")]
    [InlineData("social secuirty number 423-71-5586")]
    [InlineData("soical: 423715586")]
    [InlineData("社安號：423 71 5586")]
    [InlineData("his social 423.715.586 is on the W-2")]
    [InlineData("Social 423 715 586")]
    [InlineData("ssn 4237 15586")]
    [InlineData("social security no. 423 71 ||| 5586")]
    public void Ssn_AfterShortOrMisspeltLabel_Found(string text) =>
        Assert.Contains("us_ssn", Types(text.Split(" ||| ")));

    [Theory]
    [InlineData("SSN is 423-71", "and then 5586")]
    [InlineData("my social security number begins 423 71", "ends with 5586")]
    public void Ssn_SplitOverTwoMessagesWithWords_Found(string first, string second) =>
        Assert.Contains("us_ssn", Types(first, second));

    [Theory]
    [InlineData("social reach this quarter 423.715.586 impressions")]
    [InlineData("The social budget was 423 715 586 won last year.")]
    [InlineData("society 423 715 586 members strong")]
    [InlineData("soccer: 423 715 586 viewers worldwide")]
    [InlineData("Social 423 715 586 followers across channels")]
    public void SocialWords_BeforeACount_NotAnSsn(string text) =>
        Assert.DoesNotContain("us_ssn", Types(text));

    [Fact]
    public void Ssn_LastFourBeforeAnOrder_NotJoined() =>
        Assert.DoesNotContain("us_ssn", Types("my ssn ends 5586", "order number 42371"));

    [Theory]
    [InlineData("IBAN please: GB82 WEST 1234 56", "98 7654 32")]
    [InlineData("my iban DE75 5121 0800 1245 1261 …", "… 99")]
    [InlineData("IBAN: GB", "82 WEST 1234 5698 7654 32")]
    public void Iban_CutAcrossMessages_Found(string first, string second) =>
        Assert.Contains("iban", Types(first, second));

    [Fact]
    public void Iban_CutAcrossMessages_WrongCheck_NotFound() =>
        Assert.DoesNotContain("iban", Types("IBAN please: GB82 WEST 1234 56", "98 7654 33"));

    [Theory]
    [InlineData("NY license: 731 048 266")]
    [InlineData("TX license 40918273")]
    [InlineData("PA license # 21 408 773")]
    public void Licence_AfterUsStateCode_Found(string text) =>
        Assert.Contains("driver_license", Types(text));

    [Theory]
    [InlineData("MS license key 48213-90772")]
    [InlineData("GPL license 3 covers 482 193 775 lines of code")]
    public void Licence_OtherKinds_NotADriverLicence(string text) =>
        Assert.DoesNotContain("driver_license", Types(text));

    [Theory]
    [InlineData("card 49 17 48 20 33 61 50 91")]
    [InlineData("my mastercard: 54-21-38-77-10-92-64-04")]
    [InlineData("read out in pairs it is 45 39 20 61 77 84 10 25")]
    public void Card_InPairs_Found(string text) =>
        Assert.Contains("payment_card", Types(text));

    [Theory]
    [InlineData("lotto results 04 15 22 31 38 44 09 27")]
    [InlineData("bingo: 07 19 28 36 41 53 62 70")]
    [InlineData("quiz scores 10 15 20 25 30 35 40 45")]
    [InlineData("draw tonight: 06 13 27 35 42 48 11 19")]
    public void Pairs_DrawsAndScores_NotACardOrPhone(string text)
    {
        var types = Types(text);
        Assert.DoesNotContain("payment_card", types);
        Assert.DoesNotContain("phone", types);
    }

    [Theory]
    [InlineData("The sample form pre-fills (555) 301-7788 as an example.")]
    [InlineData("docs: dial 555-0142 to reach the demo voicemail")]
    [InlineData("UK drama numbers such as 07700 900461 are safe for scripts")]
    [InlineData("format example: +44 20 7946 0321")]
    public void FictionalNumbers_ShownAsExamples_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("text me on (555) 301-7788")]
    [InlineData("my mobile is 07700 900461, example of a good time is 6pm")]
    [InlineData("call 020 7946 0321 after lunch")]
    public void FictionalNumbers_GivenAsOwn_StillAPhone(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("CI secret: ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX (replace me)")]
    [InlineData("swap ghp_000000000000000000000000000000000000 for the real one before pushing")]
    [InlineData("github_pat_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public void GithubPlaceholders_NotATokens(string text) =>
        Assert.DoesNotContain("github_token", Types(text));

    [Fact]
    public void GithubToken_RandomBody_StillFound() =>
        Assert.Contains("github_token", Types("GH_TOKEN=ghp_Zq7Lm2Xp9Rv4Tn8Bw1Kc6Hy3Fd5Sg0Ja2EuOi"));

    [Theory]
    [InlineData("the upstream in the sample config is 198.51.100.77")]
    [InlineData("set gateway 192.0.2.254 in the lab notes")]
    [InlineData("block 203.0.113.19 in the demo ruleset")]
    [InlineData("assign 2001:db8:42::17 to the test interface")]
    [InlineData("route 2a02:c7f:4e00::/40 through the second uplink")]
    public void DocumentationRangesAndV6Prefixes_NotAnAddress(string text) =>
        Assert.DoesNotContain("ip_address", Types(text));

    [Theory]
    [InlineData("my home connection shows 86.31.205.14")]
    [InlineData("logged in from 2a02:c7f:4e21:9a00::31 yesterday")]
    [InlineData("the interface is 2a02:c7f:4e21::5/64")]
    public void RealAddresses_StillFound(string text) =>
        Assert.Contains("ip_address", Types(text));
}
