using Microsoft.Extensions.Options;

namespace Router.Accounting.Budget;

/// <summary>Reads each tenant's daily limit from live router options, so a changed limit applies without a restart.</summary>
internal sealed class BudgetLimits(IOptionsMonitor<RouterOptions> options)
{
    /// <summary>The tenant's limit in USD (its own, else the default tenant's); null when unlimited.</summary>
    public decimal? DailyLimit(string tenantId) =>
        TenantPolicies.Resolve(options.CurrentValue, tenantId).DailyBudgetUsd;

    /// <summary>Budgets reset at midnight UTC.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
