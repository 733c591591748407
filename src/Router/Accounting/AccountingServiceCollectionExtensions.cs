using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Router.Accounting;

internal static class AccountingServiceCollectionExtensions
{
    public static IServiceCollection AddAccounting(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
