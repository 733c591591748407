using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class AzureSasTokenDetectorTests
{
    private const string Signature = "Zx8%2Bq0Yk3hQ5l7v9a1B2c3D4e5F6g7H8i9J0k1L2m3N%3D";
    private readonly AzureSasTokenDetector _detector = new();

    [Theory]
    [InlineData("GET https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&spr=https&sig=" + Signature + " returns 403")]
    [InlineData("上传地址?sp=racw&st=2026-01-01&se=2026-02-01&sv=2022-11-02&sr=c&sig=" + Signature + "，为什么过期")]
    [InlineData("BlobEndpoint=https://a.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&sig=" + Signature)]
    [InlineData("\"sasToken\": \"sv=2022-11-02&sr=b&sp=r&sig=" + Signature + "\"")]
    public void Detect_SignedQuery_FindsTheSignature(string text) =>
        DetectorAssert.FindsExactly(_detector, text, Signature);

    [Theory]
    [InlineData("What does the sig= parameter of a SAS URL mean?")]
    [InlineData("https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&sp=r without a signature")]
    [InlineData("https://example.com/page?sig=Zx8q0Yk3hQ5l7v9a1B2c3D4e5F6g7H8i9J0k1L2m3N")] // no SAS field: not Azure
    [InlineData("?sv=2022-11-02&sig=abc")] // too short to be an HMAC
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
