extern alias AzureIdentityPackage;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Router.Caching.Redis.Entra;
using AzureIdentity = AzureIdentityPackage::Azure.Identity;

namespace Router.Caching.Redis;

internal static class RedisServiceCollectionExtensions
{
    /// <summary>The one shared <see cref="RedisConnection"/>, plus Entra ID sign-in when <c>Cache:Redis:UseEntraId</c> is true.</summary>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CacheOptions>, RedisEntraOptionsValidator>());
        if (configuration.GetValue<bool>($"{CacheOptions.SectionName}:Redis:UseEntraId"))
        {
            // A TokenCredential registered by the host wins (tests, other hosts); otherwise the managed identity.
            services.TryAddSingleton(sp =>
            {
                var options = sp.GetRequiredService<IOptions<CacheOptions>>();
                return new RedisEntraTokenSource(sp.GetService<TokenCredential>() ?? CreateCredential(options.Value.Redis.EntraClientId), options);
            });
        }

        services.TryAddSingleton<RedisConnection>();
        return services;
    }

    private static TokenCredential CreateCredential(string clientId) => string.IsNullOrWhiteSpace(clientId)
        ? new AzureIdentity.DefaultAzureCredential()
        : new AzureIdentity.DefaultAzureCredential(new AzureIdentity.DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
}
