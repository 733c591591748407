using Router.Classification.Sensitivity.Detectors;

namespace Router.Tests.Classification.Sensitivity.Detectors;

public sealed class ConnectionStringDetectorTests
{
    private readonly ConnectionStringDetector _detector = new();

    [Theory]
    [InlineData("use \"Server=tcp:db.example.net,1433;Database=app;User ID=sa;Password=Pa55w0rd!x;\" here", "Server=tcp:db.example.net,1433;Database=app;User ID=sa;Password=Pa55w0rd!x;")]
    [InlineData("连接串 Host=10.0.0.5;Port=5432;Username=app;Pwd=s3cr3t-Pg 报错", "Host=10.0.0.5;Port=5432;Username=app;Pwd=s3cr3t-Pg")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=logs;AccountKey=RCCCPP3m8cJrMPkOx90B5Ih1NKIPCw0Ew27YDnHg/XewdnDrlAvVM1+XParYYZuR/8kR9XzO1Fi7vyzgN1PJvQ==;EndpointSuffix=core.windows.net", "DefaultEndpointsProtocol=https;AccountName=logs;AccountKey=RCCCPP3m8cJrMPkOx90B5Ih1NKIPCw0Ew27YDnHg/XewdnDrlAvVM1+XParYYZuR/8kR9XzO1Fi7vyzgN1PJvQ==;EndpointSuffix=core.windows.net")]
    public void Detect_CredentialInConnectionString_FindsExactSpan(string text, string expected) =>
        DetectorAssert.FindsExactly(_detector, text, expected);

    [Theory]
    [InlineData("Server=db;Database=app;Integrated Security=true;")]
    [InlineData("Server=db;Database=app;User Id=sa;Password=<your-password>;")]
    [InlineData("Server=db;Database=app;Password=${DB_PASSWORD};")]
    [InlineData("Password=hunter22 alone is not a connection string")]
    public void Detect_NoRealCredential_FindsNothing(string text) => DetectorAssert.FindsNothing(_detector, text);
}
