using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Redis;

namespace Router.Accounting.Budget;

internal static class BudgetServiceCollectionExtensions
{
    /// <summary>Redis budgets when <c>Cache:Redis:ConnectionString</c> is set, in-process budgets otherwise.</summary>
    public static IServiceCollection AddBudget(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BudgetOptions>().Bind(configuration.GetSection(BudgetOptions.SectionName));
        services.AddSingleton<BudgetLimits>();
        if (RedisServiceCollectionExtensions.IsRedisConfigured(configuration))
        {
            services.AddRedisConnection(configuration);
            services.TryAddSingleton<IDaySpendSource, LedgerDaySpend>();
            services.AddSingleton<IBudgetGuard, RedisBudgetGuard>();
        }
        else
        {
            services.AddSingleton<IBudgetGuard, InMemoryBudgetGuard>();
        }

        return services;
    }
}
