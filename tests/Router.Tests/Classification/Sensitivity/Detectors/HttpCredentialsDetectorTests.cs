using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class HttpCredentialsDetectorTests
{
    private readonly HttpCredentialsDetector _detector = new();

    [Theory]
    [InlineData("Why 401? Authorization: Basic cm9vdDpUMHBTM2NyZXQh", "cm9vdDpUMHBTM2NyZXQh")]
    [InlineData("curl -H \"Authorization: Bearer 8f3kQ2xLm9Zt7VbR4nWp1YcD\" https://api.internal/v1", "8f3kQ2xLm9Zt7VbR4nWp1YcD")]
    [InlineData("headers = {'authorization': 'token Zx81bQ7pLk2mW9vR3tYc'}", "Zx81bQ7pLk2mW9vR3tYc")]
    [InlineData("Proxy-Authorization: Basic c3ZjLXByb3h5OnE5eiFMbTJ3", "c3ZjLXByb3h5OnE5eiFMbTJ3")]
    [InlineData("curl -u deploy:Wq7!mZ2pX https://ci.example.org/api", "Wq7!mZ2pX")]
    [InlineData("用 curl --user admin:Sh0uldN0tLeak 调接口返回403", "Sh0uldN0tLeak")]
    public void Detect_CredentialInRequest_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("Set Authorization: Bearer <token> on every call")]
    [InlineData("Authorization: Basic followed by base64 of user:password, how does it work?")]
    [InlineData("Authorization: Basic dXNlcm5hbWU6cGFzc3dvcmQ=")] // username:password, the textbook placeholder
    [InlineData("Authorization: Bearer $ACCESS_TOKEN")]
    [InlineData("curl -u $USER:$PASS https://api.example.org")]
    [InlineData("docker run -u 1000:1000 image, and curl the health endpoint")]
    [InlineData("git push -u origin main:main after curl installs")]
    [InlineData("The authorization bearer tokens expire after an hour")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
