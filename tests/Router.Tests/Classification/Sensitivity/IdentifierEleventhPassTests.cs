using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the eleventh pass (issue 15, session 19): a Hong Kong mobile after 手提/手機/流動電話, a six-digit local
/// number right after a call verb, a driver's licence with its state or province after the number, as a YAML or JSON value,
/// or Tasmanian (two capitals, four digits), a Twilio auth token beside its Account SID, an SSN after a "social:" field or on
/// the lines below its label, an SSN glued to words on both sides, an IBAN with its country code spaced off, a lower-case
/// MRZ, a spaced passport number, a passport number messages after its label; private addresses in a networking question
/// are no identifier. Every value is written for these tests.
/// </summary>
public sealed class IdentifierEleventhPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(params string[] texts) => [.. Classifier.Classify(texts, SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("有事搵我，手提 6123 4578")]
    [InlineData("我嘅手提：91234567")]
    [InlineData("流動電話 +852 5987 6543")]
    [InlineData("手提電話：(852) 6234-5678")]
    [InlineData("阿May手提 5123 9876，佢下晝得閒。")]
    [InlineData("流動電話：72345678（辦公時間）")]
    public void HongKongMobile_AfterItsWord_Found(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("這部手提電腦售價 6999 港元")]
    [InlineData("手提行李限重 7 公斤，訂單編號 51234567")]
    public void HongKongMobileWord_BeforeANoun_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("ring me on 482 913 this evening")]
    [InlineData("Call me on 739251 when you land.")]
    [InlineData("you can phone me at 61 84 27 after lunch")]
    [InlineData("give me a call on 452-118 after 5")]
    [InlineData("just ring 583021 and ask for Tom")]
    public void SixDigitLocal_AfterACallVerb_Found(string text) =>
        Assert.Contains("phone", Types(text));

    [Theory]
    [InlineData("We closed ticket 481920 after the call.")]
    [InlineData("the call stack was 654321 frames deep")]
    [InlineData("call the function 250000 times in a loop")]
    [InlineData("Ring size 6, order number 123456")]
    [InlineData("Call me on 14.06.26 to confirm the booking")]
    [InlineData("call me at 10.30.45 please")]
    public void SixDigits_NoCallVerbOrADate_NotAPhone(string text) =>
        Assert.DoesNotContain("phone", Types(text));

    [Theory]
    [InlineData("My licence no. is 4829 1057 (QLD).")]
    [InlineData("driver's licence: 073 918 442, issued in Victoria")]
    [InlineData("licence number 98765432 NSW")]
    [InlineData("My license is M4821-55031-70912 (Ontario).")]
    [InlineData("licence 61824097, Queensland")]
    [InlineData("driver:\n  name: Dana Whitfield\n  licence_no: 81924530\n  state: VIC")]
    [InlineData("{\"driver_license_number\": \"D4821-77310-20931\", \"state\": \"CA\"}")]
    [InlineData("licence_number: 06193842\nlicence_state: NSW")]
    [InlineData("drivers_licence: 4471 2290 8")]
    [InlineData("Tasmanian driver licence AB4821")]
    [InlineData("TAS licence: D47291")]
    [InlineData("my Tasmania licence number is PT3851")]
    public void Licence_StateAfterYamlOrTasmanian_Found(string text) =>
        Assert.Contains("driver_license", Types(text));

    [Theory]
    [InlineData("Apache License 2.0 applies; see the license number field 20240101 in the header")]
    [InlineData("software licence no. 48213907 for Windows Server 2022")]
    [InlineData("license_key: 8F3K-29XQ-77LM")]
    [InlineData("liquor licence 448812 (NSW) for the pub on George St")]
    public void OtherLicences_NotADriverLicence(string text) =>
        Assert.DoesNotContain("driver_license", Types(text));

    [Theory]
    [InlineData("TWILIO_ACCOUNT_SID=AC3f9b2c7d1e4a8b6c5d0e9f1a2b3c4d5e\nTWILIO_AUTH_TOKEN=9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b")]
    [InlineData("sid AC3f9b2c7d1e4a8b6c5d0e9f1a2b3c4d5e token 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b")]
    [InlineData("our twilio creds: AC3f9b2c7d1e4a8b6c5d0e9f1a2b3c4d5e / 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b")]
    [InlineData("client = Client(\"AC3f9b2c7d1e4a8b6c5d0e9f1a2b3c4d5e\", \"9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b\")")]
    public void TwilioAuthToken_BesideItsSid_Found(string text) =>
        Assert.Contains("api_token", Types(text));

    [Theory]
    [InlineData("The SID format is AC followed by 32 hex characters, e.g. ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("commit 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b fixed the AC adapter driver")]
    public void TwilioLookAlikes_NothingFound(string text) =>
        Assert.DoesNotContain("api_token", Types(text));

    [Theory]
    [InlineData("social:\n521\n37\n8846")]
    [InlineData("my social is\n 623 \n 41 \n 7720")]
    [InlineData("social security:\n418\n62\n0395")]
    [InlineData("myssnis512448021thanks")]
    [InlineData("hereismyssn512-44-8021ok")]
    [InlineData("ssn:512448021please")]
    public void Ssn_OnLinesBelowASocialFieldOrGlued_Found(string text) =>
        Assert.Contains("us_ssn", Types(text));

    [Theory]
    [InlineData("social: 12 posts\n45 likes\n6789 views")]
    [InlineData("social media: 512 44 9021 followers? no that's fake")]
    public void SocialWord_WithoutAnSsn_NothingFound(string text) =>
        Assert.DoesNotContain("us_ssn", Types(text));

    [Theory]
    [InlineData("IBAN DE 89 3704 0044 0532 0130 00")]
    [InlineData("pay to iban GB 82 WEST 1234 5698 7654 32 please")]
    public void Iban_CountryCodeSpacedOff_Found(string text) =>
        Assert.Contains("iban", Types(text));

    [Fact]
    public void Iban_CountryCodeSpacedOffWrongCheck_NothingFound() =>
        Assert.DoesNotContain("iban", Types("IBAN DE 88 3704 0044 0532 0130 00"));

    [Theory]
    [InlineData("p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\nl898902c36uto7408122f1204159ze184226b<<<<<10")]
    [InlineData("passport no. K 4820 3917")]
    [InlineData("P48120395 is my passport number, can you fill the visa form?")]
    public void Passport_LowerCaseZoneSpacedOrLabelAfter_Found(string text) =>
        Assert.Contains("passport_number", Types(text));

    [Fact]
    public void Passport_MessagesAfterItsLabel_Found() =>
        Assert.Contains("passport_number", Types("my passport number is", "hang on let me find it", "K48203917"));

    [Fact]
    public void Passport_MessagesAfterItsLabel_AnotherNumberBetween_NotAPassport() =>
        Assert.DoesNotContain("passport_number", Types("my passport number is", "wait, my booking ref is first", "K48203917"));

    [Theory]
    [InlineData("my home router 192.168.1.1 can't reach the NAS at 10.0.0.5, what's wrong with the subnet mask 255.255.255.0?")]
    [InlineData("Why can 172.16.4.20 ping 192.168.0.12 but not the other way round?")]
    [InlineData("DNS lookups for 10.0.0.2 fail on my laptop — how do I fix resolv.conf?")]
    public void PrivateAddresses_InANetworkingQuestion_NotSensitive(string text) =>
        Assert.False(Classifier.Classify([text], SensitivityScope.WithTerms([])).IsSensitive);

    [Fact]
    public void PrivateAddress_InAStatement_StillFound() =>
        Assert.Contains("ip_address", Types("服务器地址 192.168.1.20，端口 8080"));
}
