using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Router.Caching;

internal static class CachingServiceCollectionExtensions
{
    public static IServiceCollection AddCaching(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
