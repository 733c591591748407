using Router.Accounting.Budget;
using StackExchange.Redis;

namespace Router.Tests.Accounting.Budget;

public sealed class UnsyncedBudgetSpendTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private readonly string _tenant = TestEnvironment.UniqueId("unsynced-");
    private ConnectionMultiplexer? _redis;

    private RedisKey SpentKey => $"rb:{{{_tenant}:20261123}}:spent";

    [Fact]
    public async Task PushAsync_ConcurrentWithAdds_EveryUnitPushedExactlyOnce()
    {
        var unsynced = new UnsyncedBudgetSpend();
        var database = _redis!.GetDatabase();

        // Settles and pushes race: each amount must land in Redis once, none lost, none twice.
        const long total = 200 * 201 / 2;
        var adds = Enumerable.Range(1, 200).Select(i => Task.Run(async () =>
        {
            unsynced.Add(_tenant, Day, i);
            await unsynced.PushAsync(database, _tenant, Day, [SpentKey], 60);
        }));
        var pushes = Enumerable.Range(0, 200).Select(_ => Task.Run(async () => await unsynced.PushAsync(database, _tenant, Day, [SpentKey], 60)));
        await Task.WhenAll(adds.Concat(pushes));

        // Before the last push: what Redis holds plus what is still pending is the whole, and never more.
        var pending = unsynced.Pending(_tenant, Day);
        Assert.InRange(pending, 0, total);
        Assert.Equal(total, (long)await database.StringGetAsync(SpentKey) + pending);
        await unsynced.PushAsync(database, _tenant, Day, [SpentKey], 60);
        Assert.Equal(total, (long)await database.StringGetAsync(SpentKey));
        Assert.Equal(0, unsynced.Pending(_tenant, Day));
    }

    [Fact]
    public async Task PushAsync_RedisFails_AmountStaysPending()
    {
        var unsynced = new UnsyncedBudgetSpend();
        unsynced.Add(_tenant, Day, 7);
        await using var closed = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{TestEnvironment.ClosedPort()},abortConnect=false,connectTimeout=200");

        await Assert.ThrowsAnyAsync<RedisException>(async () => await unsynced.PushAsync(closed.GetDatabase(), _tenant, Day, [SpentKey], 60));

        Assert.Equal(7, unsynced.Pending(_tenant, Day));
    }

    [Fact]
    public void Add_NewDay_EarlierDaysDropped()
    {
        var unsynced = new UnsyncedBudgetSpend();
        unsynced.Add(_tenant, Day, 5);

        unsynced.Add(_tenant, Day.AddDays(1), 3);

        Assert.Equal(0, unsynced.Pending(_tenant, Day));
        Assert.Equal(3, unsynced.Pending(_tenant, Day.AddDays(1)));
    }

    public async Task InitializeAsync() => _redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.GetDatabase().KeyDeleteAsync(SpentKey);
            await _redis.DisposeAsync();
        }
    }
}
