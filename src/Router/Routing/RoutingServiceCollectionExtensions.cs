using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Router.Routing;

internal static class RoutingServiceCollectionExtensions
{
    public static IServiceCollection AddRouting(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
