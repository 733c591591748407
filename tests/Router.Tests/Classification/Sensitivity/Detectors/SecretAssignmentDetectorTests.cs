using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class SecretAssignmentDetectorTests
{
    private readonly SecretAssignmentDetector _detector = new();

    [Theory]
    [InlineData("DB_PASSWORD=Xk9#mP2$vL", "Xk9#mP2$vL")]
    [InlineData("my password is Summer2024!, can you check it", "Summer2024!")]
    [InlineData("{\"client_secret\": \"9f86d081884c7d659a2feaa0c55ad015\"}", "9f86d081884c7d659a2feaa0c55ad015")]
    [InlineData("redis:\n  password: 'hunter22x'\n", "hunter22x")]
    [InlineData("我的密码是 Abc@2024，别告诉别人", "Abc@2024")]
    [InlineData("口令：880714", "880714")]
    [InlineData("apiKey := \"a8Fk2LmQ9zX\"", "a8Fk2LmQ9zX")]
    [InlineData("密码：Ｘｋ９＃ｍＰ２", "Ｘｋ９＃ｍＰ２")]
    public void Detect_SecretValue_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("how do I reset my password?")]
    [InlineData("密码是什么？忘记密码怎么办")]
    [InlineData("password=changeme")]
    [InlineData("password=<your-password> and api_key=***")]
    [InlineData("token: xxx, secret: ${SECRET}")]
    [InlineData("The password is case-sensitive")]
    [InlineData("The password is Forgotten")]
    [InlineData("max_tokens: 128000")]
    [InlineData("the token is expired")]
    [InlineData("bypass=enabled2")]
    [InlineData("pwd=/home/alice")]
    [InlineData("password must be at least 12 characters")]
    public void Detect_NoSecretValue_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
