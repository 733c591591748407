using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Caching;
using Router.Caching.Keys;
using Router.Caching.Redis;
using Router.Redis;
using Router.Requests;
using Router.Tests.Caching;
using StackExchange.Redis;

namespace Router.Tests.Caching.Redis;

public sealed class RedisCompletionCacheTests : IAsyncLifetime
{
    private static readonly CachedCompletion Completion = new("hi there", "gpt-4o", "stop", new TokenUsage(10, 3, Estimated: true), 0.000125m);
    private static readonly ChatMessage[] Messages = [new("user", "hello")];
    private readonly List<RedisConnection> _connections = [];

    [Fact]
    public async Task GetAsync_AfterSet_HitWithSameValue()
    {
        var cache = NewCache(TestEnvironment.Redis, ttlSeconds: 60);
        var key = CacheKey.For(TestEnvironment.UniqueId("t"), "gpt-4o", new SamplingParameters(), Messages);

        Assert.Null(await cache.GetAsync(key));
        await cache.SetAsync(key, Completion);

        Assert.Equal(Completion, await cache.GetAsync(key));
    }

    [Fact]
    public async Task SetAsync_Ttl_EntryExpires()
    {
        // Long enough that a slow connect on a loaded machine still finds the key alive.
        var cache = NewCache(TestEnvironment.Redis, ttlSeconds: 3);
        var key = CacheKey.For(TestEnvironment.UniqueId("t"), "gpt-4o", new SamplingParameters(), Messages);
        await cache.SetAsync(key, Completion);

        await using (var direct = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis))
        {
            var ttl = await direct.GetDatabase().KeyTimeToLiveAsync(key);
            Assert.InRange(ttl!.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(3));
        }

        await Wait.UntilAsync(async () => await cache.GetAsync(key) is null, "the entry to expire");
        Assert.Null(await cache.GetAsync(key));
    }

    [Fact]
    public async Task GetAsync_OtherTenantSameRequest_Miss()
    {
        var cache = NewCache(TestEnvironment.Redis, ttlSeconds: 60);
        var owner = TestEnvironment.UniqueId("t");
        await cache.SetAsync(CacheKey.For(owner, "gpt-4o", new SamplingParameters(), Messages), Completion);

        Assert.NotNull(await cache.GetAsync(CacheKey.For(owner, "gpt-4o", new SamplingParameters(), Messages)));
        Assert.Null(await cache.GetAsync(CacheKey.For(owner + "x", "gpt-4o", new SamplingParameters(), Messages)));
    }

    [Fact]
    public async Task GetAsync_ParameterChanged_Miss()
    {
        var cache = NewCache(TestEnvironment.Redis, ttlSeconds: 60);
        var tenant = TestEnvironment.UniqueId("t");
        await cache.SetAsync(CacheKey.For(tenant, "gpt-4o", new SamplingParameters { Temperature = 0.1f }, Messages), Completion);

        Assert.Null(await cache.GetAsync(CacheKey.For(tenant, "gpt-4o", new SamplingParameters { Temperature = 0.2f }, Messages)));
        Assert.Null(await cache.GetAsync(CacheKey.For(tenant, "gpt-4o", new SamplingParameters { Temperature = 0.1f, Seed = 1 }, Messages)));
    }

    [Fact]
    public async Task GetAndSet_RedisUnreachable_MissNoExceptionLoggedOnce()
    {
        var logger = new FakeLogger<RedisCompletionCache>();
        var cache = NewCache($"127.0.0.1:{TestEnvironment.ClosedPort()}", ttlSeconds: 60, logger);

        for (var i = 0; i < 5; i++)
        {
            await cache.SetAsync("rc:t:k", Completion);
            Assert.Null(await cache.GetAsync("rc:t:k"));
        }

        Assert.Single(logger.Collector.GetSnapshot(), e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task GetAsync_RedisGoesAwayAndReturns_MissDuringOutageThenRecoversLoggingOnceEach()
    {
        await using var proxy = new LoopbackProxy(int.Parse(TestEnvironment.Redis.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture));
        proxy.Start();
        var logger = new FakeLogger<RedisCompletionCache>();
        var cache = NewCache($"127.0.0.1:{proxy.Port}", ttlSeconds: 60, logger);
        var key = CacheKey.For(TestEnvironment.UniqueId("t"), "gpt-4o", new SamplingParameters(), Messages);
        await cache.SetAsync(key, Completion);
        Assert.NotNull(await cache.GetAsync(key));

        proxy.Stop();
        var outage = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            Assert.Null(await cache.GetAsync(key));
        }

        Assert.True(outage.Elapsed < TimeSpan.FromSeconds(5), $"ten calls during the outage took {outage.Elapsed}");
        proxy.Start();
        var recovered = await Wait.ForAsync(async () => await cache.GetAsync(key), r => r is not null, "a hit once Redis is back");
        Assert.Equal(Completion, recovered);
        Assert.Equal([LogLevel.Warning, LogLevel.Information], logger.Collector.GetSnapshot().Select(e => e.Level));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private RedisCompletionCache NewCache(string redis, int ttlSeconds, ILogger<RedisCompletionCache>? logger = null)
    {
        // A generous operation timeout: on a loaded CI machine the default 500 ms can pass, and the cache then
        // (rightly) misses, which these tests would read as a wrong answer. Outages here are closed connections.
        var options = Options.Create(new CacheOptions { TtlSeconds = ttlSeconds, Redis = new RedisOptions { ConnectionString = redis, OperationTimeoutMs = 5_000 } });
        var connection = new RedisConnection(Options.Create(options.Value.Redis));
        _connections.Add(connection);
        return new RedisCompletionCache(connection, options, logger ?? new FakeLogger<RedisCompletionCache>());
    }
}
