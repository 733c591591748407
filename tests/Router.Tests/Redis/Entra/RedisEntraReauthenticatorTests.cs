using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Router.Redis;
using Router.Redis.Entra;
using StackExchange.Redis;

namespace Router.Tests.Redis.Entra;

/// <summary>Entra sign-in and token refresh against a real redis-server whose ACL stands in for Azure's access policy.</summary>
public sealed class RedisEntraReauthenticatorTests : IAsyncLifetime
{
    private const string User = "identity-object-id";
    private readonly string _tokenA = "tokenA-" + Guid.NewGuid().ToString("N");
    private readonly string _tokenB = "tokenB-" + Guid.NewGuid().ToString("N");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-23T12:00:00Z"));
    private readonly FakeLogger<RedisConnection> _logger = new();
    private readonly List<RedisConnection> _connections = [];
    private PrivateAclRedis _redis = null!;

    [Fact]
    public async Task RefreshAsync_TokenRotated_ReauthsEveryConnectionAndSurvivesOldTokenRemoval()
    {
        var credential = new FakeEntraCredential(_time, _tokenA, _tokenB);
        var connection = Connect(credential);
        var database = await RequireDatabaseAsync(connection);
        await database.StringSetAsync("k", "v1");
        var connections = await _redis.ConnectionsOfAsync(User);
        var before = await _redis.AuthStatsAsync();
        Assert.Equal(1, connections); // no pub/sub connection: the one interactive connection is all there is to re-AUTH

        // Azure would accept both tokens for a while; then the old one stops working.
        await _redis.SetPasswordsAsync(User, ">" + _tokenB);
        _time.Advance(FakeEntraCredential.Lifetime * 0.75);
        await Wait.UntilAsync(async () => (await _redis.AuthStatsAsync()).Calls >= before.Calls + connections, "every connection to re-authenticate");
        await _redis.SetPasswordsAsync(User, "<" + _tokenA);

        var after = await _redis.AuthStatsAsync();
        Assert.Equal(2, credential.Calls);
        Assert.Equal(before.Failed, after.Failed);
        Assert.Equal("v1", (string?)await database.StringGetAsync("k"));
        // Logged once the AUTH replies are in, a moment after Redis counted them.
        await Wait.UntilAsync(() => _logger.Collector.GetSnapshot().Any(e => e.Message.Contains("re-authenticated", StringComparison.Ordinal)),
            "the re-authentication to be logged");
    }

    [Fact]
    public async Task Reconnect_AfterRefresh_UsesTheFreshToken()
    {
        var credential = new FakeEntraCredential(_time, _tokenA, _tokenB);
        var connection = Connect(credential);
        var database = await RequireDatabaseAsync(connection);
        await _redis.SetPasswordsAsync(User, ">" + _tokenB);
        _time.Advance(FakeEntraCredential.Lifetime * 0.75);
        await Wait.UntilAsync(() => _logger.Collector.GetSnapshot().Any(e => e.Message.Contains("re-authenticated", StringComparison.Ordinal)), "the re-authentication to be logged");
        await _redis.SetPasswordsAsync(User, "<" + _tokenA);

        await _redis.Server.ExecuteAsync("CLIENT", "KILL", "USER", User);

        // StackExchange.Redis reconnects on its own; it can only get in with token B from the options.
        await Wait.UntilAsync(async () =>
        {
            try
            {
                await database.StringSetAsync("after-reconnect", "ok");
                return true;
            }
            catch (RedisException)
            {
                return false;
            }
        }, "a write after the reconnect");
        Assert.Equal("ok", (string?)await database.StringGetAsync("after-reconnect"));
        Assert.Equal(0, (await _redis.AuthStatsAsync()).Failed);
    }

    [Fact]
    public async Task Reconnect_TokenRevokedBeforeTimer_DropFetchesFreshTokenAndRecovers()
    {
        var credential = new FakeEntraCredential(_time, _tokenA, _tokenB);
        var connection = Connect(credential);
        var database = await RequireDatabaseAsync(connection);

        // Token A stops working before the timer is due (no time advanced): a reconnect with A would be refused.
        await _redis.SetPasswordsAsync(User, "resetpass", ">" + _tokenB);
        await _redis.Server.ExecuteAsync("CLIENT", "KILL", "USER", User);

        await Wait.UntilAsync(async () =>
        {
            try
            {
                await database.StringSetAsync("recovered", "ok");
                return true;
            }
            catch (RedisException)
            {
                return false;
            }
        }, "a write after the recovery");
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task TryGetDatabaseAsync_TokenIsJwt_UsesOidClaimAsUserAndDefaultScope()
    {
        var jwt = FakeJwt.WithObjectId(User);
        await _redis.SetPasswordsAsync(User, ">" + jwt);
        var credential = new FakeEntraCredential(_time, jwt);
        var connection = Connect(credential, objectId: "");

        var database = await RequireDatabaseAsync(connection);

        Assert.Equal(User, (string?)await database.ExecuteAsync("ACL", "WHOAMI"));
        Assert.Equal(["https://redis.azure.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task Logs_RejectedTokens_NeverContainTheToken()
    {
        var rejected = "rejected-" + Guid.NewGuid().ToString("N");
        var credential = new FakeEntraCredential(_time, _tokenA, rejected);
        var connection = Connect(credential);
        await RequireDatabaseAsync(connection);

        _time.Advance(FakeEntraCredential.Lifetime * 0.75);
        await Wait.UntilAsync(() => _logger.Collector.GetSnapshot().Any(e => e.Level == LogLevel.Warning), "the failed refresh to be logged");
        var bad = Connect(new FakeEntraCredential(_time, rejected));
        Assert.Null(await bad.TryGetDatabaseAsync());

        Assert.Contains(_logger.Collector.GetSnapshot(), e => e.Message.Contains("refresh failed", StringComparison.Ordinal));
        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), e => e.Message.Contains(_tokenA, StringComparison.Ordinal) || e.Message.Contains(rejected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TryGetDatabaseAsync_CredentialFails_ReturnsNullAndRetriesAfterBackoff()
    {
        var credential = new FakeEntraCredential(_time, _tokenA) { Failure = new InvalidOperationException("no managed identity") };
        var connection = Connect(credential);

        Assert.Null(await connection.TryGetDatabaseAsync());
        Assert.Null(await connection.TryGetDatabaseAsync());
        Assert.Equal(1, credential.Calls);

        credential.Failure = null;
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.NotNull(await connection.TryGetDatabaseAsync());
        Assert.Single(_logger.Collector.GetSnapshot(), e => e.Level == LogLevel.Warning);
    }

    public async Task InitializeAsync() => _redis = await PrivateAclRedis.StartAsync(User, _tokenA);

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        await _redis.DisposeAsync();
    }

    private RedisConnection Connect(FakeEntraCredential credential, string objectId = User)
    {
        var options = Options.Create(new RedisOptions { ConnectionString = $"127.0.0.1:{_redis.Port}", UseEntraId = true, EntraObjectId = objectId });
        var connection = new RedisConnection(options, new RedisEntraTokenSource(credential, options), _time, _logger);
        _connections.Add(connection);
        return connection;
    }

    private static async Task<IDatabase> RequireDatabaseAsync(RedisConnection connection) =>
        await connection.TryGetDatabaseAsync() ?? throw new Xunit.Sdk.XunitException("not connected with the Entra token");
}
