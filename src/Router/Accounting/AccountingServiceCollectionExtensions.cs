using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Router.Accounting.Budget;
using Router.Accounting.GpuTime;
using Router.Accounting.Ledger;
using Router.Accounting.Pricing;
using Router.Accounting.Reporting;
using Router.Accounting.Tokens;

namespace Router.Accounting;

internal static class AccountingServiceCollectionExtensions
{
    public static IServiceCollection AddAccounting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPricing(configuration);
        services.AddLedger(configuration);
        services.AddGpuUsage(configuration);
        services.AddBudget(configuration);
        services.AddReporting(configuration);
        return services;
    }

    /// <summary>Price catalogue (validated at startup), cost calculator and token estimator.</summary>
    public static IServiceCollection AddPricing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PricingOptions>()
            .Bind(configuration.GetSection(RouterOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PricingOptions>, PricingOptionsValidator>());
        services.TryAddSingleton<IPriceCatalog, PriceCatalog>();
        services.TryAddSingleton<ICostCalculator, CostCalculator>();
        services.TryAddSingleton<ITokenCounter, O200kTokenCounter>();
        return services;
    }
}
