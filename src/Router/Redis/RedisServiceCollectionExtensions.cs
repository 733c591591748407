extern alias AzureIdentityPackage;
using Azure.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Router.Redis.Entra;
using AzureIdentity = AzureIdentityPackage::Azure.Identity;

namespace Router.Redis;

internal static class RedisServiceCollectionExtensions
{
    /// <summary>Whether <c>Cache:Redis:ConnectionString</c> is set: Redis cache and budgets, else in-process ones.</summary>
    public static bool IsRedisConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{RedisOptions.SectionName}:ConnectionString"]);

    /// <summary>The one shared <see cref="RedisConnection"/>, plus Entra ID sign-in when <c>Cache:Redis:UseEntraId</c> is true.</summary>
    public static IServiceCollection AddRedisConnection(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RedisOptions>()
            .Bind(configuration.GetSection(RedisOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisEntraOptionsValidator>());
        if (configuration.GetValue<bool>($"{RedisOptions.SectionName}:UseEntraId"))
        {
            // A TokenCredential registered by the host wins (tests, other hosts); otherwise the managed identity.
            services.TryAddSingleton(sp =>
            {
                var options = sp.GetRequiredService<IOptions<RedisOptions>>();
                if (sp.GetService<TokenCredential>() is { } hostCredential)
                {
                    return new RedisEntraTokenSource(hostCredential, options);
                }

                var clientId = options.Value.EntraClientId;
                return new RedisEntraTokenSource(CreateCredential(clientId), options,
                    string.IsNullOrWhiteSpace(clientId) ? "DefaultAzureCredential" : $"managed identity {clientId}");
            });
        }

        services.TryAddSingleton<RedisConnection>();
        return services;
    }

    private static TokenCredential CreateCredential(string clientId) => new AzureIdentity.DefaultAzureCredential(CredentialOptions(clientId));

    /// <summary>A configured client id picks that user-assigned managed identity; empty leaves DefaultAzureCredential's own choice.</summary>
    internal static AzureIdentity.DefaultAzureCredentialOptions CredentialOptions(string clientId) =>
        string.IsNullOrWhiteSpace(clientId) ? new() : new() { ManagedIdentityClientId = clientId };
}
