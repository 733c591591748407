using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class SecretAssignmentDetectorTests
{
    private readonly SecretAssignmentDetector _detector = new();

    [Theory]
    [InlineData("DB_PASSWORD=Xk9#mP2$vL", "Xk9#mP2$vL")]
    [InlineData("export AWS_SECRET_ACCESS_KEY=q8Rv2LtNw5/YhK3PzX7mBc9D/fJ4sGa6TeU1oWiE", "q8Rv2LtNw5/YhK3PzX7mBc9D/fJ4sGa6TeU1oWiE")]
    [InlineData("my password is Summer2024!, can you check it", "Summer2024!")]
    [InlineData("{\"client_secret\": \"9f86d081884c7d659a2feaa0c55ad015\"}", "9f86d081884c7d659a2feaa0c55ad015")]
    [InlineData("redis:\n  password: 'hunter22x'\n", "hunter22x")]
    [InlineData("我的密码是 Abc@2024，别告诉别人", "Abc@2024")]
    [InlineData("口令：880714", "880714")]
    [InlineData("apiKey := \"a8Fk2LmQ9zX\"", "a8Fk2LmQ9zX")]
    [InlineData("密码：Ｘｋ９＃ｍＰ２", "Ｘｋ９＃ｍＰ２")]
    [InlineData("账号admin 密码Abc12345 登录失败", "Abc12345")]
    [InlineData("my API key is 3f9a8c7d6e5b4a3f2e1d.", "3f9a8c7d6e5b4a3f2e1d")]
    [InlineData("Authorization: Bearer 8f2a9c1b7d3e4f5a6b7c8d9e0f1a2b3c", "8f2a9c1b7d3e4f5a6b7c8d9e0f1a2b3c")]
    [InlineData("the password for my gmail is Xk9#mPq2 please remember it", "Xk9#mPq2")]
    [InlineData("Password of the prod server: Tr0ub4dor&3", "Tr0ub4dor&3")]
    [InlineData("I set the wifi password to sunshine2024 yesterday", "sunshine2024")]
    [InlineData("login with username admin and password Summer2024! then open settings", "Summer2024!")]
    [InlineData("wifi密码改成了sunshine2024，记一下", "sunshine2024")]
    public void Detect_SecretValue_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("how do I reset my password?")]
    [InlineData("密码是什么？忘记密码怎么办")]
    [InlineData("password=changeme")]
    [InlineData("password=<your-password> and api_key=***")]
    [InlineData("token: xxx, secret: ${SECRET}")]
    [InlineData("api_key=sk-example-1234567890abcdef")]
    [InlineData("client_secret: my-example-client-secret-value")]
    [InlineData("The password is case-sensitive")]
    [InlineData("The password is Forgotten")]
    [InlineData("max_tokens: 128000")]
    [InlineData("the token is expired")]
    [InlineData("bypass=enabled2")]
    [InlineData("pwd=/home/alice")]
    [InlineData("password must be at least 12 characters")]
    [InlineData("密码错误怎么办")]
    [InlineData("Bearer tokens expire after an hour")]
    [InlineData("Change the password to something stronger")]
    [InlineData("What should I set the password to?")]
    [InlineData("The password for the admin account is required")]
    [InlineData("the password for my account is too weak")]
    [InlineData("password hashing with bcrypt2b is slow")]
    [InlineData("Password policy: minimum 12 characters")]
    [InlineData("password123 is weak, right?")]
    [InlineData("pass token to the function a8Fk2LmQ9zX")]
    [InlineData("密码改成什么比较好？")]
    public void Detect_NoSecretValue_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
