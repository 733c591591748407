using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class JwtDetectorTests
{
    private const string Token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    private readonly JwtDetector _detector = new();

    [Fact]
    public void Detect_BearerToken_FindsExactSpan() =>
        DetectorAssert.FindsExactly(_detector, $"Authorization: Bearer {Token}", Token);

    [Fact]
    public void Detect_ChineseContext_FindsExactSpan() =>
        DetectorAssert.FindsExactly(_detector, $"请帮我解码{Token}，谢谢", Token);

    [Theory]
    // Header {"typ":"JWT"} has no alg.
    [InlineData("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9 without other parts")]
    [InlineData("eyJ!!notbase64!!.abc.def")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
