using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class ApiTokenDetectorTests
{
    private readonly ApiTokenDetector _detector = new();

    [Theory]
    [InlineData("stripe secret sk_live_51HxYz2AbCdEfGhIjKlMnOpQrStUvWx please rotate", "sk_live_51HxYz2AbCdEfGhIjKlMnOpQrStUvWx")]
    [InlineData("restricted key rk_test_4eC39HqLyjWDarjtT1zdp7dc in CI", "rk_test_4eC39HqLyjWDarjtT1zdp7dc")]
    [InlineData("maps key AIzaSyD3k4J9xQ2mZ7vB8nP1rT5wY6uE0iO9aSd please debug", "AIzaSyD3k4J9xQ2mZ7vB8nP1rT5wY6uE0iO9aSd")]
    [InlineData("机器人令牌xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx失效了", "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx")]
    [InlineData("post to https://hooks.slack.com/services/T0ABCDEF1/B0GHIJKL2/aB3dE6gH9jK2mN5pQ8sT1vW4 fails", "hooks.slack.com/services/T0ABCDEF1/B0GHIJKL2/aB3dE6gH9jK2mN5pQ8sT1vW4")]
    [InlineData("CI_TOKEN glpat-x7Yq2KfLm9PzR4tWv8Nb is denied", "glpat-x7Yq2KfLm9PzR4tWv8Nb")]
    [InlineData("//registry.npmjs.org/:_authToken=npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8")]
    [InlineData("用 hf_QwErTyUiOpAsDfGhJkLzXcVbNm1234567890 下载模型", "hf_QwErTyUiOpAsDfGhJkLzXcVbNm1234567890")]
    [InlineData("SENDGRID_KEY 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 end", "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")]
    public void Detect_Token_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("What is the difference between sk_live_ and sk_test_ keys?")]
    [InlineData("sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is a placeholder")]
    [InlineData("the hf_hub_download function and npm_config_cache variable")]
    [InlineData("hf_transfer_enabled_for_large_model_files_in_the_hub")]
    [InlineData("Slack's xoxb- tokens belong to bots; how do I rotate one?")]
    [InlineData("AIza is the prefix of Google API keys")]
    [InlineData("SG.Singapore is not a key")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
