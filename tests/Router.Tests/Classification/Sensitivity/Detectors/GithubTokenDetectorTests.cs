using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class GithubTokenDetectorTests
{
    private readonly GithubTokenDetector _detector = new();

    [Theory]
    [InlineData("token ghp_1234567890abcdefghijABCDEFGHIJ123456 fails", "ghp_1234567890abcdefghijABCDEFGHIJ123456")]
    [InlineData("令牌gho_16C7e42F292c6912E7710c838347Ae178B4a已泄露", "gho_16C7e42F292c6912E7710c838347Ae178B4a")]
    [InlineData("github_pat_11ABCDEFG0123456789abc_defghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "github_pat_11ABCDEFG0123456789abc_defghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")]
    public void Detect_Token_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("ghp_short123")]
    [InlineData("the ghx_1234567890abcdefghijABCDEFGHIJ123456 prefix is unknown")]
    [InlineData("How do I create a ghp_ token?")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
