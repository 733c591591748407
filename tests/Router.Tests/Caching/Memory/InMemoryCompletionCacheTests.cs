using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Router.Accounting;
using Router.Caching;
using Router.Caching.Memory;

namespace Router.Tests.Caching.Memory;

public sealed class InMemoryCompletionCacheTests
{
    private static readonly CachedCompletion Completion = new("hi there", "gpt-4o", "stop", new TokenUsage(10, 3), 0.000125m);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetAsync_AfterSet_Hit()
    {
        using var cache = NewCache(ttlSeconds: 60);
        await cache.SetAsync("rc:a:1", Completion);

        Assert.Equal(Completion, await cache.GetAsync("rc:a:1"));
        Assert.Null(await cache.GetAsync("rc:a:2"));
    }

    [Fact]
    public async Task GetAsync_AfterTtl_Miss()
    {
        using var cache = NewCache(ttlSeconds: 60);
        await cache.SetAsync("rc:a:1", Completion);

        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.NotNull(await cache.GetAsync("rc:a:1"));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await cache.GetAsync("rc:a:1"));
    }

    private InMemoryCompletionCache NewCache(int ttlSeconds) =>
        new(Options.Create(new CacheOptions { TtlSeconds = ttlSeconds, InMemoryMaxEntries = 100 }), _time);
}
