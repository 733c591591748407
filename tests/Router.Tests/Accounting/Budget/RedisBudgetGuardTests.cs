using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Budget;
using Router.Caching;
using Router.Redis;
using Router.Tests.Caching;
using StackExchange.Redis;

namespace Router.Tests.Accounting.Budget;

public sealed class RedisBudgetGuardTests : BudgetGuardContractTests, IAsyncLifetime
{
    private readonly List<RedisConnection> _connections = [];
    private readonly FakeLogger<RedisBudgetGuard> _logger = new();
    private string _redis = TestEnvironment.Redis;
    private readonly FakeDaySpend _ledger = new();

    [Fact]
    public async Task TryReserveAsync_RedisLostItsKeys_NewInstanceRebuildsDayFromLedger()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var before = NewGuard(0.05m);
        await (await before.TryReserveAsync(Tenant, 0.04935m))!.SettleAsync(0.04935m);
        _ledger.Spent = 0.04935m; // the ledger holds the row of that call

        await ForgetDayAsync(redis); // as `redis-cli shutdown nosave` and a restart would
        var after = NewGuard(0.05m);

        Assert.Null(await after.TryReserveAsync(Tenant, 0.04935m));
        Assert.Equal(0.00065m, await after.RemainingAsync(Tenant));
        Assert.Equal(2, _ledger.Reads); // once when the day began, once after Redis forgot it
    }

    [Fact]
    public async Task TryReserveAsync_RedisLostItsKeysLedgerUnreadable_HeldToTheSpendThisInstanceSaw()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var guard = NewGuard(0.05m);
        await (await guard.TryReserveAsync(Tenant, 0.04935m))!.SettleAsync(0.04935m);
        _ledger.Fail = true;

        await ForgetDayAsync(redis);

        Assert.Null(await guard.TryReserveAsync(Tenant, 0.04935m));
        Assert.NotNull(await guard.TryReserveAsync(Tenant, 0.0006m));
        Assert.Equal(BudgetUnits.FromUsd(0.04935m), (long)await redis.GetDatabase().StringGetAsync(SpentKey()));
    }

    [Fact]
    public async Task TryReserveAsync_RedisLostKeysAfterNewSpend_RebuildKeepsTheLarger()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        _ledger.Spent = 3m; // spent before a restart; Redis since counted 1 (a settle that landed after it)
        var guard = NewGuard(10m);
        await redis.GetDatabase().StringSetAsync(SpentKey(), BudgetUnits.FromUsd(1m));

        Assert.Equal(7m, await guard.RemainingAsync(Tenant));
    }

    private async Task ForgetDayAsync(ConnectionMultiplexer redis)
    {
        var prefix = SpentKey().ToString()[..^":spent".Length];
        await redis.GetDatabase().KeyDeleteAsync([$"{prefix}:spent", $"{prefix}:reserved", $"{prefix}:expiry", $"{prefix}:seeded"]);
    }

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
        Assert.Single(_logger.Collector.GetSnapshot(), e => e.Level == LogLevel.Warning);
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

    [Fact]
    public async Task TryReserveAsync_RedisFlapsTwice_FallbackSpendReachesRedisAndLimitHolds()
    {
        await using var proxy = new LoopbackProxy(int.Parse(TestEnvironment.Redis.Split(':')[1], CultureInfo.InvariantCulture));
        proxy.Start();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        var direct = NewGuard(10m); // another instance that never loses Redis
        _redis = $"127.0.0.1:{proxy.Port}";
        var flapping = NewGuard(10m);
        await (await flapping.TryReserveAsync(Tenant, 2m))!.SettleAsync(2m);
        var midCall = await flapping.TryReserveAsync(Tenant, 1m);

        // Outage 1: one Redis reservation settles after Redis went away, one call runs wholly in the fallback.
        proxy.Stop();
        await midCall!.SettleAsync(1m);
        await (await flapping.TryReserveAsync(Tenant, 3m))!.SettleAsync(3m);
        proxy.Start();
        Time.Advance(ReservationTimeout + TimeSpan.FromSeconds(1)); // the orphaned Redis reservation expires there
        await WaitForSpentAsync(redis, flapping, 6m);

        Assert.Equal(4m, await direct.RemainingAsync(Tenant));
        await (await direct.TryReserveAsync(Tenant, 3m))!.SettleAsync(3m);
        Assert.Equal(1m, await flapping.RemainingAsync(Tenant));

        // Outage 2: the fallback starts from Redis's total, which now holds outage 1's spend.
        proxy.Stop();
        Assert.Null(await flapping.TryReserveAsync(Tenant, 2m));
        await (await flapping.TryReserveAsync(Tenant, 1m))!.SettleAsync(1m);
        proxy.Start();
        await WaitForSpentAsync(redis, flapping, 10m);

        Assert.Equal(0m, await direct.RemainingAsync(Tenant));
    }

    [Fact]
    public async Task TryReserveAsync_RedisBackWhileFallbackReservationOpen_RedisCountsIt()
    {
        await using var proxy = new LoopbackProxy(int.Parse(TestEnvironment.Redis.Split(':')[1], CultureInfo.InvariantCulture));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        _redis = $"127.0.0.1:{proxy.Port}";
        var guard = NewGuard(10m);
        await using var heldInFallback = await guard.TryReserveAsync(Tenant, 6m); // Redis away: reserved in process

        proxy.Start();
        await WaitUntilRedisAnswersAsync(redis, guard);

        // Redis alone has nothing for the day; the call still open in the fallback must count there too.
        Assert.Equal(4m, await guard.RemainingAsync(Tenant));
        Assert.Null(await guard.TryReserveAsync(Tenant, 6m));
        Assert.NotNull(await guard.TryReserveAsync(Tenant, 4m));
        Assert.NotNull(heldInFallback);
    }

    private async Task WaitUntilRedisAnswersAsync(ConnectionMultiplexer redis, IBudgetGuard guard)
    {
        // The guard's first script against Redis rebuilds the day and sets its marker.
        var seeded = SpentKey().ToString()[..^":spent".Length] + ":seeded";
        await Wait.UntilAsync(async () =>
        {
            if (await redis.GetDatabase().KeyExistsAsync(seeded))
            {
                return true;
            }

            await guard.RemainingAsync(Tenant);
            return false;
        }, "the guard to reach Redis again");
    }

    [Fact]
    public async Task SettleAsync_ConcurrentInFallback_EachPushedToRedisExactlyOnce()
    {
        await using var proxy = new LoopbackProxy(int.Parse(TestEnvironment.Redis.Split(':')[1], CultureInfo.InvariantCulture));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
        _redis = $"127.0.0.1:{proxy.Port}";
        var guard = NewGuard(10_000m); // proxy not started: every call runs in the fallback

        await Task.WhenAll(Enumerable.Range(1, 100).Select(i => Task.Run(async () =>
            await (await guard.TryReserveAsync(Tenant, i))!.SettleAsync(i))));
        proxy.Start();
        await WaitForSpentAsync(redis, guard, 5_050m, concurrentCallers: 8);

        Assert.Equal(BudgetUnits.FromUsd(5_050m), (long)await redis.GetDatabase().StringGetAsync(SpentKey()));
        Assert.Equal(4_950m, await guard.RemainingAsync(Tenant));
    }

    private async Task WaitForSpentAsync(ConnectionMultiplexer redis, IBudgetGuard guard, decimal expectedUsd, int concurrentCallers = 1)
    {
        var spent = await Wait.ForAsync(async () =>
        {
            // Any script for the tenant-day pushes the unsynced spend first; concurrent callers must not push it twice.
            await Task.WhenAll(Enumerable.Range(0, concurrentCallers).Select(_ => guard.RemainingAsync(Tenant).AsTask()));
            return (long)await redis.GetDatabase().StringGetAsync(SpentKey());
        }, s => s == BudgetUnits.FromUsd(expectedUsd), $"the spend in Redis to reach {expectedUsd} USD");

        Assert.Equal(BudgetUnits.FromUsd(expectedUsd), spent);
    }

    private RedisKey SpentKey() => $"rb:{{{Tenant}:{BudgetLimits.Today(Time).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}}}:spent";

    private protected override IBudgetGuard CreateGuard(BudgetLimits limits, IOptions<BudgetOptions> options)
    {
        // Generous: a script timing out on a loaded machine sends the call to the fallback, which some tests here would
        // misread; the outages these tests make are closed connections, which fail at once.
        var connection = new RedisConnection(Options.Create(new RedisOptions { ConnectionString = _redis, OperationTimeoutMs = 5_000 }));
        _connections.Add(connection);
        return new RedisBudgetGuard(connection, limits, options, Time, _logger, _ledger);
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

/// <summary>The ledger's total for the day, as the guard reads it to rebuild a day Redis forgot.</summary>
internal sealed class FakeDaySpend : IDaySpendSource
{
    public decimal Spent { get; set; }

    public bool Fail { get; set; }

    public int Reads { get; private set; }

    public Task<decimal> SpentAsync(string tenantId, DateOnly day, CancellationToken cancellationToken)
    {
        Reads++;
        return Fail ? Task.FromException<decimal>(new InvalidOperationException("ledger unavailable")) : Task.FromResult(Spent);
    }
}
