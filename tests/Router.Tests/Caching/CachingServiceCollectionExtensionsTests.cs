using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Budget;
using Router.Caching;
using Router.Caching.Memory;
using Router.Caching.Redis;
using Router.Redis;
using Router.Redis.Entra;
using Router.Tests.Redis.Entra;

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

    [Fact]
    public void AddCaching_EntraIdWithInjectedCredential_ConnectionSignsInWithEntra()
    {
        var credential = new FakeEntraCredential(TimeProvider.System, "token");
        using var services = Build(new Dictionary<string, string?>
        {
            ["Cache:Redis:ConnectionString"] = "cache.example:10000,ssl=True",
            ["Cache:Redis:UseEntraId"] = "true",
        }, s => s.AddSingleton<TokenCredential>(credential));

        Assert.Same(credential, services.GetRequiredService<RedisEntraTokenSource>().Credential);
        Assert.Equal("cache: Redis at Unspecified/cache.example:10000 (Entra ID, host credential), ttl 3600s", services.GetRequiredService<CacheDescription>().Text);
    }

    [Fact]
    public void AddCaching_EntraIdWithoutCredential_FallsBackToManagedIdentity()
    {
        const string clientId = "00000000-0000-0000-0000-000000000001";
        using var services = Build(new Dictionary<string, string?>
        {
            ["Cache:Redis:ConnectionString"] = "cache.example:10000,ssl=True",
            ["Cache:Redis:UseEntraId"] = "true",
            ["Cache:Redis:EntraClientId"] = clientId,
        });

        Assert.Equal("DefaultAzureCredential", services.GetRequiredService<RedisEntraTokenSource>().Credential.GetType().Name);
        // The configured client id is the one the credential is built with, and the startup report names it.
        Assert.Equal($"managed identity {clientId}", services.GetRequiredService<RedisEntraTokenSource>().Identity);
        Assert.Equal($"cache: Redis at Unspecified/cache.example:10000 (Entra ID, managed identity {clientId}), ttl 3600s",
            services.GetRequiredService<CacheDescription>().Text);
        Assert.Equal(clientId, RedisServiceCollectionExtensions.CredentialOptions(clientId).ManagedIdentityClientId);
    }

    [Fact]
    public void AddCaching_EntraIdWithPassword_FailsOptionsValidation()
    {
        using var services = Build(new Dictionary<string, string?>
        {
            ["Cache:Redis:ConnectionString"] = "cache.example:10000,ssl=True,password=secret",
            ["Cache:Redis:UseEntraId"] = "true",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RedisOptions>>().Value);
        Assert.Contains("must carry no user or password", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cache:Redis:OperationTimeoutMs", "0")]
    [InlineData("Cache:Redis:ConnectTimeoutMs", "99")]
    [InlineData("Cache:TtlSeconds", "0")]
    public void AddCaching_OutOfRangeSetting_FailsOptionsValidationNamingIt(string key, string value)
    {
        using var services = Build(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CacheOptions>>().Value);
        Assert.Contains(key.Split(':')[^1], error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        configure?.Invoke(services);
        services.AddSingleton<Router.Accounting.ISpendLedger>(new Router.Tests.Pipeline.Fakes.FakeLedger()); // budgets rebuild a day from it
        services.AddCaching(configuration);
        services.AddBudget(configuration);
        return services.BuildServiceProvider();
    }
}
