using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

/// <summary>
/// Fifth identifier pass (issue 15): licence numbers in more countries' dashed, slashed and lettered shapes and labels,
/// passports with the label further away or in groups, local phones after more idioms and the German area-code slash,
/// lower-case IBANs glued to letters, and meeting passcodes, which are no personal secret. Each rule with its look-alikes.
/// </summary>
public sealed class IdentifierFifthPassTests
{
    [Theory]
    [InlineData("Driver licence: MORGA-753116-SM9IJ", "MORGA-753116-SM9IJ")] // UK, dashed
    [InlineData("DL no. 123/456/789", "123/456/789")] // slashed
    [InlineData("驾驶执照号 440106199001011234", "440106199001011234")]
    [InlineData("permiso de conducir: 12345678-Z", "12345678-Z")] // check letter after a dash
    [InlineData("licencia de manejo A-1234-5678", "A-1234-5678")]
    [InlineData("numéro de permis de conduire 12-AB-34567", "12-AB-34567")] // a letter group inside
    [InlineData("driver's license TX 12345678", "TX 12345678")] // a state code: read with the number, as "MORGA 753116…"
    [InlineData("DL 12345678 on file", "12345678")] // the label's capitals are not the number's
    [InlineData("driver's license (Texas): 12345678", "12345678")]
    [InlineData("Carteira de motorista: 01234567890", "01234567890")]
    [InlineData("learner's permit no. L123-456-789", "L123-456-789")]
    [InlineData("CNH 01234567890 vence em 2027", "01234567890")]
    public void DriverLicence_NewShapesAndLabels_Found(string text, string expected) =>
        DetectorAssert.FindsExactly(new DriverLicenseDetector(), text, expected);

    [Theory]
    [InlineData("license key: ABCD-1234-EFGH-5678 for the software")]
    [InlineData("driving licence Renewal 12345678")] // a capitalised word outside parentheses is no state
    [InlineData("driver's license renewal form 2024/05/06")]
    [InlineData("learner's permit test: 38/50 correct, 1234567 players online")]
    public void DriverLicence_LookAlikes_NothingFound(string text) =>
        DetectorAssert.FindsNothing(new DriverLicenseDetector(), text);

    [Theory]
    [InlineData("passport number on my visa application: 533123456", "533123456")] // label 36 characters before
    [InlineData("my passport, issued in 2019, number GB1234567", "GB1234567")]
    [InlineData("UK passport no 123 456 789", "123 456 789")]
    [InlineData("passport number is 12-3456789", "12-3456789")]
    [InlineData("passport: e12345678", "e12345678")]
    public void Passport_FurtherOrGrouped_Found(string text, string expected) =>
        DetectorAssert.FindsExactly(new PassportNumberDetector(), text, expected);

    [Theory]
    [InlineData("The passport office opens at 9, call queue 12")]
    [InlineData("Passport photos cost 15 dollars; that is 123 456 789 in another currency, and nobody mentioned a passport since then")]
    [InlineData("passport renewals: 2021-2022-2023 totals")]
    public void Passport_LookAlikes_NothingFound(string text) =>
        DetectorAssert.FindsNothing(new PassportNumberDetector(), text);

    [Theory]
    [InlineData("you can get hold of me on 5551234", "5551234")]
    [InlineData("drop me a line at 8812 3456", "8812 3456")]
    [InlineData("give me a buzz on 555 1234", "555 1234")]
    [InlineData("get in touch: 7654 3210", "7654 3210")]
    [InlineData("page me at 5550199", "5550199")]
    [InlineData("my line is 98765432", "98765432")]
    [InlineData("mi cel es 55 1234 5678", "55 1234 5678")]
    [InlineData("contáctame al 912345678", "912345678")]
    [InlineData("envoie un texto au 612345678", "612345678")]
    [InlineData("meine Durchwahl ist 12345678", "12345678")]
    [InlineData("Festnetz: 030/1234567", "030/1234567")]
    [InlineData("erreichbar unter 0171 / 234 5678", "0171 / 234 5678")]
    [InlineData("有事找我 8765 4321", "8765 4321")]
    public void Phone_LocalAfterIdiom_Found(string text, string expected) =>
        DetectorAssert.FindsExactly(new PhoneDetector(), text, expected);

    [Theory]
    [InlineData("drop me a line about invoice 7654321")]
    [InlineData("the ratio 030/1234567 appears in table 4")] // a slashed shape without any phone word
    [InlineData("get in touch with the order desk: order 7654 3210")]
    [InlineData("I cancelled 5551234 rows")] // "cel" is a whole word only
    public void Phone_LookAlikes_NothingFound(string text) =>
        DetectorAssert.FindsNothing(new PhoneDetector(), text);

    [Theory]
    [InlineData("xxgb29nwbk60161331926819yy", "gb29nwbk60161331926819")]
    [InlineData("refgb29nwbk60161331926819", "gb29nwbk60161331926819")]
    [InlineData("iban:gb29nwbk60161331926819thanks", "gb29nwbk60161331926819")]
    public void Iban_LowerCaseGlued_Found(string text, string expected) =>
        DetectorAssert.FindsExactly(new IbanDetector(), text, expected);

    [Theory]
    [InlineData("xxgb29nwbk60161331926818yy")] // one digit off: mod 97 fails
    [InlineData("xxGb29nwbk60161331926819yy")] // mixed-case country code
    [InlineData("hash 3f9ade12a0b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8")]
    public void Iban_LowerCaseLookAlikes_NothingFound(string text) =>
        DetectorAssert.FindsNothing(new IbanDetector(), text);

    [Theory]
    [InlineData("Join Zoom Meeting, Meeting ID: 812 3456 7890, Passcode: 482913")]
    [InlineData("Teams meeting: Passcode: 7hZ9Qx, Conference ID: 123 456 789#")]
    [InlineData("Webinar passcode: 992211. See you there")]
    [InlineData("会议号：812 3456 7890 会议密码：482913")]
    public void Secret_MeetingPasscode_NothingFound(string text) =>
        DetectorAssert.FindsNothing(new SecretAssignmentDetector(), text);

    [Theory]
    [InlineData("Passcode: 482913 for my phone unlock", "482913")]
    [InlineData("my email password is Tr0ub4dor&3", "Tr0ub4dor&3")]
    [InlineData("密码：Xk29zPq7", "Xk29zPq7")]
    public void Secret_PasscodeOutsideAnInvite_Found(string text, string expected) =>
        DetectorAssert.FindsExactly(new SecretAssignmentDetector(), text, expected);
}
