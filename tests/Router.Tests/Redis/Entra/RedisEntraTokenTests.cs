using Router.Redis.Entra;

namespace Router.Tests.Redis.Entra;

public sealed class RedisEntraTokenTests
{
    [Fact]
    public void ReadObjectId_Jwt_ReturnsOidClaim() =>
        Assert.Equal("0000-oid", RedisEntraToken.ReadObjectId(FakeJwt.WithObjectId("0000-oid")));

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.!!!.c")]
    [InlineData("e30.e30.c2ln")] // {} payload: no oid
    public void ReadObjectId_NoOid_ReturnsNull(string token) => Assert.Null(RedisEntraToken.ReadObjectId(token));

    [Fact]
    public void ToString_Always_LeavesTheTokenOut()
    {
        var token = new RedisEntraToken("user", "very-secret-token", DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain("very-secret-token", token.ToString(), StringComparison.Ordinal);
        Assert.Contains("user", token.ToString(), StringComparison.Ordinal);
    }
}
