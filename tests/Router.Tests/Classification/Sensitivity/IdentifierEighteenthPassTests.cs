using Router.Classification;

namespace Router.Tests.Classification.Sensitivity;

/// <summary>
/// Identifiers of the eighteenth pass (issue 15, session 26), from the fifteenth author's classes. Found: HubSpot private-app
/// tokens (pat-region-UUID); hex secrets pasted bare after an OAuth 1 / webhook label (token secret, consumer key, signing
/// secret, webhook secret); a vendor key with no prefix pasted bare after "API key"; professional licence numbers after a
/// profession's licence word. Not identifiers: git SHAs and file or image digests, placeholder keys, prose after the labels,
/// software and liquor licences, air waybill numbers that read as a Chinese mobile. Every value and sentence is written for
/// these tests.
/// </summary>
public sealed class IdentifierEighteenthPassTests
{
    private static readonly ISensitivityClassifier Classifier = SensitivityClassifierFactory.Create();

    private static List<string> Types(string text) =>
        [.. Classifier.Classify([text], SensitivityScope.WithTerms([])).Entities.Select(e => e.Type)];

    private static bool Sensitive(string text) => Classifier.Classify([text], SensitivityScope.WithTerms([])).IsSensitive;

    [Theory]
    [InlineData("Our Zapier step fails: HubSpot token pat-na1-4c9b2e71-0d3a-4b6f-8e21-7a5c9d0b3f18 gives 403 on contacts")]
    [InlineData("pat-ap1-91e0c4d7-5b2a-4e83-a6f1-2c8d7e9b0a45 is the private app token for the staging portal")]
    [InlineData("HUBSPOT_TOKEN=pat-eu1-0f6d2c8a-71b3-4e59-9ad4-3c2e8b7f1a60 in the .env, why is the sync empty?")]
    public void HubSpotPrivateAppToken_IsAnApiToken(string text) =>
        Assert.Contains("api_token", Types(text));

    [Theory]
    [InlineData("HubSpot private app tokens look like pat-na1-00000000-0000-0000-0000-000000000000; where do I create one?")]
    [InlineData("HubSpot private app tokens look like pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx; where do I create one?")]
    [InlineData("The compat-na1 flag in our build matrix broke after the upgrade")]
    public void HubSpotPlaceholderOrWord_IsNoToken(string text) =>
        Assert.DoesNotContain("api_token", Types(text));

    [Theory]
    [InlineData("Xero OAuth1 legacy: consumer secret 5e1c9a7d3b2f4e6a8c0d1b3f5a7c9e2d4b6f8a0c1e3d5f7a9b2c4d6e8f0a1b3c please rotate it")]
    [InlineData("Magento integration consumer key 8a4f2c6e0b1d3f5a7c9e1b3d5f7a9c2e for the shop, keep it safe")]
    [InlineData("Slack app signing secret 7b2e9f1c4a6d8e0b3c5f7a9d1e4b6c8f — the verification keeps failing")]
    [InlineData("GitHub webhook secret 3d9f1b7e5c2a4f6d8b0e2c4a6f8d1b3e5c7a9f0d in the repo settings, please check the HMAC code")]
    [InlineData("OAuth 1.0a for the ERP: token secret 0c7e3a9f5b1d8e2c6a4f0b9d3e7c1a5f8b2d6e0a4c9f3b7d1e5a8c2f6b0d4e9a, realm 4417")]
    public void LabelledHexSecret_PastedBare_IsASecret(string text) =>
        Assert.True(Sensitive(text));

    [Theory]
    [InlineData("git show 9b3e7d1c0a5f4e2b8c6d9a1f3e5b7c0d2a4f6e8b — which commit introduced the token secret handling?")]
    [InlineData("sha256sum of the installer: 3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e, matches the vendor page")]
    [InlineData("docker pull nginx@sha256:9b3e7d1c0a5f4e2b8c6d9a1f3e5b7c0d2a4f6e8b1c3d5e7f9a0b2c4d6e8f0a1b works but the webhook secret rotation doesn't")]
    [InlineData("Where do I find the consumer key and token secret in NetSuite? The docs say to copy them after creating the integration")]
    [InlineData("The signing secret verification step fails with a timestamp error, how do I debug it?")]
    public void HexDigestOrSecretLabelInProse_IsNotASecret(string text) =>
        Assert.False(Sensitive(text));

    [Theory]
    [InlineData("Zendesk API key Qm7TrW2xKp9LbN4vZs6J keeps returning 401 from the sandbox")]
    [InlineData("the Pipedrive API key 4b8e1f9c2a7d3e6b0c5f8a1d4e7b2c9f6a3d0e81 stopped working today")]
    [InlineData("Mailjet apikey Hk3Rw9TzQ1mV7bXc5NpL2d on the staging box, can you check the quota?")]
    public void BareKeyAfterApiKeyLabel_IsASecret(string text) =>
        Assert.Contains("secret_assignment", Types(text));

    [Theory]
    [InlineData("Where is the API key management page in Freshdesk? I need to rotate my API key soon")]
    [InlineData("Set the API key YOUR_FRESHDESK_API_KEY in the header, as the docs show")]
    [InlineData("Our code reads the API key getFreshdeskApiKey2024 from the vault, is that a good pattern?")]
    [InlineData("The API key AbCdEfGhIjKlMnOpQrSt is the sample from the README, not a real one")]
    [InlineData("API key authentication vs OAuth: which is better for a small integration?")]
    public void ProseOrPlaceholderAfterApiKeyLabel_IsNoSecret(string text) =>
        Assert.DoesNotContain("secret_assignment", Types(text));

    [Theory]
    [InlineData("Pharmacist's licence PL-552817 expires in June, remind the locum")]
    [InlineData("the skipper's licence no. SKL-3390472 must be on the vessel paperwork")]
    [InlineData("Add the contractor licence # CL 7719304 to the invoice footer for Dave")]
    [InlineData("Her nursing registration number is 2219087, please put it on the rota")]
    [InlineData("Midwife registration (practising licence) MW-604318 for the bank midwife, add it to the handover")]
    public void ProfessionalLicenceNumber_IsALicence(string text) =>
        Assert.Contains("driver_license", Types(text));

    [Theory]
    [InlineData("How do I renew a practising licence? The NMC form reference is NMC-10442 and I'm confused")]
    [InlineData("Our software licence key LIC-9918273 expires, renew the subscription")]
    [InlineData("Pharmacy licence numbers look like PL-000000; explain the format")]
    [InlineData("The liquor licence LL-448192 for the bar is up for renewal")]
    [InlineData("Nursing licence exams in 2025 had 123456 candidates nationwide")]
    public void OtherLicenceOrNoNumber_IsNoLicence(string text) =>
        Assert.DoesNotContain("driver_license", Types(text));

    [Theory]
    [InlineData("AWB 618-73925512 arrived in Frankfurt, what customs forms do I need?")]
    [InlineData("Air waybill no. 180-55129034, two pallets, please draft the arrival notice")]
    [InlineData("The consignment 176-53310498 cleared customs this morning; write the update for the client")]
    [InlineData("MAWB 157-66792643 and HAWB 2231, explain how the two relate")]
    public void AirWaybillNumber_IsNoMobile(string text) =>
        Assert.DoesNotContain("cn_mobile", Types(text));

    // The exemption's cue words with the writer's own mobile: a phone word nearer the number keeps it a phone.
    [Theory]
    [InlineData("The air waybill is in the email; my mobile is 176-4821-3957, call me when it lands")]
    [InlineData("Waybill attached. Call me on 139 2231 8874 when the truck arrives")]
    [InlineData("AWB paperwork done, my cell 176 4821 3957 for the courier")]
    [InlineData("托运单已经填好，收件人手机 13922318874，帮我写个提醒")]
    public void WriterMobile_NearFreightWords_IsStillAPhone(string text) =>
        Assert.True(Sensitive(text));
}
