using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class UrlCredentialsDetectorTests
{
    private readonly UrlCredentialsDetector _detector = new();

    [Theory]
    [InlineData("DATABASE_URL=postgres://app:Zq8vN2pL9xR4@db.internal:5432/prod", "Zq8vN2pL9xR4")]
    [InlineData("git clone https://x-access-token:ghs_Ab12Cd34Ef56@github.com/org/repo.git", "ghs_Ab12Cd34Ef56")]
    [InlineData("代理设置 http://zhang:Mima%40123@10.0.0.8:3128 不生效", "Mima%40123")]
    [InlineData("redis://:s3cretPa55@[2001:db8::1]:6379/0", "s3cretPa55")]
    public void Detect_PasswordInUrl_FindsThePassword(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("postgres://app:${DB_PASSWORD}@db:5432/prod")]
    [InlineData("mysql://user:<password>@host:3306/db")]
    [InlineData("mongodb://admin:password@localhost:27017")]
    [InlineData("ssh://git@github.com:22/org/repo.git")]
    [InlineData("http://[::1]:8080/health and http://localhost:5000/api")]
    [InlineData("mail me at user:me@example.com")]
    public void Detect_LookAlike_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
