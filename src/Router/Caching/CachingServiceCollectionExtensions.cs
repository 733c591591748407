using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Router.Caching.Memory;
using Router.Caching.Redis;
using Router.Redis;

namespace Router.Caching;

internal static class CachingServiceCollectionExtensions
{
    public static IServiceCollection AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CacheOptions>()
            .Bind(configuration.GetSection(CacheOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Redis is chosen once, from configuration; the budget guard shares the same connection.
        if (RedisServiceCollectionExtensions.IsRedisConfigured(configuration))
        {
            services.AddRedisConnection(configuration);
            services.AddSingleton<ICompletionCache, RedisCompletionCache>();
        }
        else
        {
            services.AddSingleton<ICompletionCache, InMemoryCompletionCache>();
        }

        services.AddSingleton(sp => new CacheDescription(sp.GetRequiredService<ICompletionCache>() is RedisCompletionCache
            ? $"cache: Redis at {sp.GetRequiredService<RedisConnection>().Description}, ttl {sp.GetRequiredService<IOptions<CacheOptions>>().Value.TtlSeconds}s"
            : $"cache: in-memory (max {sp.GetRequiredService<IOptions<CacheOptions>>().Value.InMemoryMaxEntries} entries)"));
        return services;
    }
}

/// <summary>One line the host prints at startup saying which cache it uses.</summary>
public sealed record CacheDescription(string Text);
