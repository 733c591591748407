using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Router.Backends;

internal static class BackendsServiceCollectionExtensions
{
    public static IServiceCollection AddBackends(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
