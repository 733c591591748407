using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the fourteenth pass (issue 15, session 22). Found: a Philippine LTO licence after a plain licence cue, and
/// incoming-webhook URLs that carry their secret (Discord, Teams). Not identifiers: a software key in the UK licence shape,
/// documentation webhooks, SSNs the SSA voided or a straight run shown as an example, placeholder national IDs, an SSN-shaped
/// example read as a phone, and lists of mobile number segments (号段). Every value and sentence is written for these tests.
/// </summary>
public sealed class IdentifierFourteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(params string[] texts) => [.. Classifier.Classify(texts, SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    [Theory]
    [InlineData("LTO license no. B14-22-081937, nag-expire na kahapon. Paano mag-renew?")]
    [InlineData("License No.: K07-19-550213\nExpiry: 2028-03-14\nPlease fill in the car rental form for me.")]
    [InlineData("Lisensya ko ay G02-11-334870 — ano ang restriction code 2?")]
    [InlineData("The enforcer kept my license, number T21-05-907714, at the checkpoint in Pasig.")]
    [InlineData("Driver: M. Reyes (LTO) — DL M08-16-442019, plate NBC 1234")]
    public void PhilippineLicence_AfterACue_IsALicence(string text) =>
        Assert.Contains("driver_license", Types(text));

    [Theory]
    [InlineData("Order no. B14-22-081937 shipped on Monday; where is it?")]
    [InlineData("Part B14-22-081937 fits the 2019 model, licence to resell not needed")]
    [InlineData("Our ticket B14-22-081937 is about the invoice total")]
    public void PhilippineShape_WithoutACue_NotALicence(string text) =>
        Assert.DoesNotContain("driver_license", Types(text));

    [Theory]
    [InlineData("License: BVXTR-720843-QP7MN — the installer says the product key is invalid.")]
    [InlineData("licence XZKQT-935071-HW4RD for the plugin stopped working after the update")]
    public void SoftwareKeyInUkShape_NotALicence(string text) =>
        Assert.DoesNotContain("driver_license", Types(text));

    [Theory]
    [InlineData("UK driving licence HARRI712154JT9AB, can I use it in Spain?")]
    [InlineData("licence HARRI-712154-JT9AB for the hire car")]
    public void UkLicence_StillFound(string text) =>
        Assert.Contains("driver_license", Types(text));

    [Theory]
    [InlineData("alerts go to https://discord.com/api/webhooks/1204417723098812416/Qm7vT2xL9pR4kW8zN3bY6cH1sD5fG0jA-uE2iO7yT4rX9wV3nM6lK8hJ5gF1dSa2p and the bot 404s")]
    [InlineData("TEAMS_HOOK=https://northwind.webhook.office.com/webhookb2/3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c1d@7e9f1a3b-5c7d-4e9f-8a1b-3c5d7e9f1a2b/IncomingWebhook/5d7f9b1c3e5a7c9e1f3b5d7f9a1c3e5b/2b4d6f8a-0c1e-4a3b-9d5f-7a9b1c3d5e7f")]
    [InlineData("curl -d '{\"text\":\"build ok\"}' https://hooks.slack.com/services/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")]
    public void WebhookWithItsToken_IsACredential(string text) =>
        Assert.Contains("api_token", Types(text));

    [Theory]
    [InlineData("The Slack guide shows https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX — where do I paste mine?")]
    [InlineData("A Discord webhook looks like https://discord.com/api/webhooks/{id}/{token}; how do I make one?")]
    [InlineData("Should I call https://discord.com/api/webhooks or use a bot token instead?")]
    public void DocumentationWebhooks_NotCredentials(string text) =>
        Assert.DoesNotContain("api_token", Types(text));

    [Theory]
    [InlineData("The famous wallet-insert SSN 078-05-1120 — why did thousands of people use it?")]
    [InlineData("Sample benefits leaflet SSN 219-09-9999, explain the layout")]
    [InlineData("Seed data: ssn 123-45-6789 for every mock employee; write the fixture loader")]
    [InlineData("Placeholder national ID 999-99-9999 must fail validation; write a unit test")]
    [InlineData("In the demo data use 987-65-4321 as the social security number, then run the validator")]
    public void PlaceholderSsns_NotIdentifiers(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("My SSN is 123-45-6789, please fill in the W-9")]
    [InlineData("SSN 412-73-5580 for the payroll form")]
    public void RealLookingSsns_StillFound(string text) =>
        Assert.Contains("us_ssn", Types(text));

    [Theory]
    [InlineData("电信手机号段有133、153、173、177、180、181、189，帮我做成表格")]
    [InlineData("联通号段：130、131、132、155、156、186，哪些是5G？")]
    public void MobileSegmentLists_NotIdentifiers(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("Name: Farah Siddiqui\nCNIC 61101-2874456-2\nPlease draft a tenancy agreement for her.")]
    [InlineData("Farah Siddiqui 61101-2874456-2, Islamabad — write an affidavit of residence")]
    [InlineData("NADRA wali ID: 42201-7741093-5, isko form mein kaise likhoon?")]
    [InlineData("Nama: Dewi Lestari\nNIK: 3578026304920001\nTolong buatkan surat keterangan domisili.")]
    [InlineData("Dewi Lestari 3578026304920001 Surabaya, buatkan surat rekomendasi")]
    [InlineData("KTP saya 3201011208880004, alamat sudah pindah, bagaimana cara update?")]
    [InlineData("Iqama no. 2391847762 — my renewal is stuck in Absher, what should I do?")]
    [InlineData("My NIN is 70318466201 and the bank says the BVN name does not match")]
    public void RegionalNationalIds_AreIdentifiers(string text) =>
        Assert.Contains("national_id", Types(text));

    [Theory]
    [InlineData("Tracking 61101-2874456-2 shows the parcel at the Lahore hub")]
    [InlineData("What does a CNIC look like? The format is 00000-0000000-0")]
    [InlineData("Order 3578026304920001 refunded yesterday; when will the money arrive?")]
    [InlineData("The invoice total was 3201011208880004 rupiah?? that can't be right")]
    [InlineData("I paid 2391847762 in fees last year across the whole company")]
    public void RegionalShapes_WithoutLabelOrPerson_NotIdentifiers(string text) =>
        Assert.DoesNotContain("national_id", Types(text));

    [Theory]
    [InlineData("the AWS key starts with AKIAZ7QK4M and ends with R2XW9TPL3N, the secret is in 1Password — why is it rejected?")]
    [InlineData("first half: AKIAVN3Q8Z  second half: L5MT2WQ7XR, please check which IAM user it belongs to")]
    [InlineData("token begins with ghp_T4kW9qL2mZ8xR5vN and ends with 7cB3yU1pA6sD0fG4hJ2k — is it revoked?")]
    public void KeyToldInLabelledParts_IsAKey(string text) =>
        Assert.NotEmpty(Types(text));

    [Theory]
    [InlineData("An AWS key id starts with AKIA and ends with sixteen more characters; what does ASIA mean?")]
    [InlineData("first half: 23 points, second half: 41 points — who won the match?")]
    [InlineData("The serial starts with XK4 and ends with 2021 on my printer, is it refurbished?")]
    public void PartsThatAreNoKey_NotKeys(string text) =>
        Assert.Empty(Types(text));

    [Theory]
    [InlineData("港澳通行证号 C81736402，签注下个月到期，能在广州续签吗？")]
    [InlineData("回乡证号码H20938471，过关时系统说无效")]
    public void TravelPermits_ArePassports(string text) =>
        Assert.Contains("passport_number", Types(text));

    [Theory]
    [InlineData("[iot] node=greenhouse-3 fw=1.4.2 rssi=-61 ip=10.40.2.18 uptime=88213s battery=71%")]
    [InlineData("sensor gw-12 heartbeat ok, addr 192.168.8.44, temp 21.5C")]
    public void PrivateAddressInDeviceTelemetry_NotAnIdentifier(string text) =>
        Assert.DoesNotContain("ip_address", Types(text));

    [Theory]
    [InlineData("Room 812, WiFi password 55193027, the hotel front desk gave it to us — why won't my laptop connect?")]
    [InlineData("咖啡店的WiFi密码是 latte8899，为什么手机连不上？")]
    public void VenueGuestWifiPassword_NotACredential(string text) =>
        Assert.DoesNotContain("secret_assignment", Types(text));

    [Theory]
    [InlineData("my home wifi password is Kx82!mQz7, how do I share it with my laptop?")]
    [InlineData("our wifi password is Tq9$mR44pz, make it look nice on a card for guests at the bed and breakfast")]
    [InlineData("WiFi密码是 h7#Kq2vLx9，帮我做一张贴在民宿前台的提示卡")]
    [InlineData("db password: Zq7#pL92vT for the staging cluster")]
    public void OwnPasswords_StillCredentials(string text) =>
        Assert.Contains("secret_assignment", Types(text));
}
