using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class PrivateKeyDetectorTests
{
    private const string Key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi6v9aLsR2Tg5Ph\nq4f9WCsVEhQ3o0fxP1LmN8pRfS2kq0Z7y\n-----END RSA PRIVATE KEY-----";

    private readonly PrivateKeyDetector _detector = new();

    [Fact]
    public void Detect_PemBlock_SpansHeaderToFooter() =>
        DetectorAssert.FindsExactly(_detector, $"Is this right?\n{Key}\nthanks", Key);

    [Fact]
    public void Detect_TruncatedPaste_SpansToEndOfBody() =>
        DetectorAssert.FindsExactly(_detector, "私钥如下 -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7 后面丢了",
            "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7");

    [Theory]
    [InlineData("What does -----BEGIN RSA PRIVATE KEY----- mean in a file?")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----")]
    public void Detect_NoKeyBody_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
