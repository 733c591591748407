using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Accounting;
using Router.Backends;
using Router.Caching;
using Router.Classification;
using Router.Routing;

namespace Router;

/// <summary>The one place where every stage of the router is registered.</summary>
public static class RouterServiceCollectionExtensions
{
    public static IServiceCollection AddRouter(this IServiceCollection services, IConfiguration configuration)
    {
        // A clock the host registered first (a test's FakeTimeProvider) wins.
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RouterOptions>()
            .Bind(configuration.GetSection(RouterOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddClassification(configuration);
        services.AddCaching(configuration);
        services.AddRouting(configuration);
        services.AddBackends(configuration);
        services.AddAccounting(configuration);
        return services;
    }
}
