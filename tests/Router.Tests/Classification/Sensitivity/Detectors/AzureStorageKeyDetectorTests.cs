using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class AzureStorageKeyDetectorTests
{
    private const string Key = "RCCCPP3m8cJrMPkOx90B5Ih1NKIPCw0Ew27YDnHg/XewdnDrlAvVM1+XParYYZuR/8kR9XzO1Fi7vyzgN1PJvQ==";

    private readonly AzureStorageKeyDetector _detector = new();

    [Fact]
    public void Detect_AccountKey_FindsExactSpan() =>
        DetectorAssert.FindsExactly(_detector, $"config: AccountKey={Key} end", $"AccountKey={Key}");

    [Fact]
    public void Detect_ChineseContext_FindsExactSpan() =>
        DetectorAssert.FindsExactly(_detector, $"存储密钥 accountkey = {Key}，怎么轮换", $"accountkey = {Key}");

    [Theory]
    [InlineData("AccountKey=<your-key>")]
    [InlineData("AccountKey=abc123==")]
    [InlineData("What is an AccountKey in Azure?")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
