using Router.Redis;
using Router.Redis.Entra;

namespace Router.Tests.Redis.Entra;

public sealed class RedisEntraOptionsValidatorTests
{
    [Theory]
    [InlineData("contoso.redis.azure.net:10000,ssl=True,abortConnect=False")]
    [InlineData("127.0.0.1:6390")]
    [InlineData("localhost:6390")]
    public void Validate_EntraWithUsableConnectionString_Succeeds(string connectionString) =>
        Assert.True(Validate(connectionString, useEntraId: true).Succeeded);

    [Theory]
    [InlineData("", "ConnectionString is empty")]
    [InlineData("contoso.redis.azure.net:10000,ssl=True,password=secret", "must carry no user or password")]
    [InlineData("contoso.redis.azure.net:10000,ssl=True,user=x", "must carry no user or password")]
    [InlineData("contoso.redis.azure.net:10000", "ssl=True")]
    public void Validate_EntraWithUnusableConnectionString_FailsWithReason(string connectionString, string reason)
    {
        var result = Validate(connectionString, useEntraId: true);

        Assert.True(result.Failed);
        Assert.Contains(reason, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EntraOff_AcceptsPasswordWithoutTls() =>
        Assert.True(Validate("cache.example:6379,password=secret", useEntraId: false).Succeeded);

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string connectionString, bool useEntraId) =>
        new RedisEntraOptionsValidator().Validate(null, new RedisOptions { ConnectionString = connectionString, UseEntraId = useEntraId });
}
