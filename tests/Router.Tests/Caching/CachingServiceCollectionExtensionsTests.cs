using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting;
using Router.Accounting.Budget;
using Router.Caching;
using Router.Caching.Memory;
using Router.Caching.Redis;

namespace Router.Tests.Caching;

public sealed class CachingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCaching_NoRedis_InMemoryCacheAndBudgets()
    {
        using var services = Build(new Dictionary<string, string?>());

        Assert.IsType<InMemoryCompletionCache>(services.GetRequiredService<ICompletionCache>());
        Assert.IsType<InMemoryBudgetGuard>(services.GetRequiredService<IBudgetGuard>());
        Assert.StartsWith("cache: in-memory", services.GetRequiredService<CacheDescription>().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCaching_RedisConfigured_RedisCacheAndBudgetsShareConnection()
    {
        using var services = Build(new Dictionary<string, string?> { ["Cache:Redis:ConnectionString"] = "127.0.0.1:6379", ["Cache:TtlSeconds"] = "120" });

        Assert.IsType<RedisCompletionCache>(services.GetRequiredService<ICompletionCache>());
        Assert.IsType<RedisBudgetGuard>(services.GetRequiredService<IBudgetGuard>());
        Assert.Equal("cache: Redis at 127.0.0.1:6379, ttl 120s", services.GetRequiredService<CacheDescription>().Text);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddCaching(configuration);
        services.AddBudget(configuration);
        return services.BuildServiceProvider();
    }
}
