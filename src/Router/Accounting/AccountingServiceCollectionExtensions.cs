using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting.Budget;
using Router.Accounting.Ledger;
using Router.Accounting.Reporting;

namespace Router.Accounting;

internal static class AccountingServiceCollectionExtensions
{
    public static IServiceCollection AddAccounting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLedger(configuration);
        services.AddBudget(configuration);
        services.AddReporting(configuration);
        return services;
    }
}
