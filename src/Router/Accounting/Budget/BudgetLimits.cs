using Microsoft.Extensions.Options;

namespace Router.Accounting.Budget;

/// <summary>Reads each tenant's daily limit from live router options, so a changed limit applies without a restart.</summary>
internal sealed class BudgetLimits(IOptionsMonitor<RouterOptions> options)
{
    /// <summary>The tenant's limit in USD; null when unlimited or when the tenant has no options.</summary>
    public decimal? DailyLimit(string tenantId) =>
        options.CurrentValue.Tenants.TryGetValue(tenantId, out var tenant) ? tenant.DailyBudgetUsd : null;

    /// <summary>Budgets reset at midnight UTC.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
