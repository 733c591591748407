using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Budget;
using Router.Caching;
using Router.Caching.Redis;
using Router.Tests.Caching;

namespace Router.Tests.Accounting.Budget;

public sealed class RedisBudgetGuardTests : BudgetGuardContractTests, IAsyncLifetime
{
    private readonly List<RedisConnection> _connections = [];
    private readonly RecordingLogger<RedisBudgetGuard> _logger = new();
    private string _redis = TestEnvironment.Redis;

    [Fact]
    public async Task TryReserveAsync_RedisUnreachable_FallsBackInProcessAndLogsOnce()
    {
        _redis = $"127.0.0.1:{TestEnvironment.ClosedPort()}";
        var guard = NewGuard(10m);

        var first = await guard.TryReserveAsync(Tenant, 6m);
        var second = await guard.TryReserveAsync(Tenant, 6m);
        await first!.SettleAsync(5m);

        Assert.Null(second);
        Assert.Equal(5m, await guard.RemainingAsync(Tenant));
        Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task TryReserveAsync_TwoInstancesSameRedis_ShareOneBudget()
    {
        var first = NewGuard(10m);
        var second = NewGuard(10m);

        Assert.NotNull(await first.TryReserveAsync(Tenant, 7m));
        Assert.Null(await second.TryReserveAsync(Tenant, 7m));
        Assert.Equal(3m, await second.RemainingAsync(Tenant));
    }

    private protected override IBudgetGuard CreateGuard(BudgetLimits limits, IOptions<BudgetOptions> options)
    {
        var connection = new RedisConnection(Options.Create(new CacheOptions { Redis = new RedisCacheOptions { ConnectionString = _redis } }));
        _connections.Add(connection);
        return new RedisBudgetGuard(connection, limits, options, Time, _logger);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
