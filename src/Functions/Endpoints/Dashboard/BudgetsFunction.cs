using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Functions.Native;

namespace Router.Functions.Endpoints.Dashboard;

/// <summary>
/// GET /api/costs/budgets?tenant: today's (UTC) spend against each visible tenant's daily limit, for the budget-burn
/// chart. Spend comes from the ledger through <see cref="ISpendReporter"/>, not from <see cref="IBudgetGuard"/>: the
/// guard's "remaining" also holds in-flight worst-case reservations and, in embedded mode, lives in one process's
/// memory (lost on restart, not shared when scaled out); the ledger holds what was actually charged, everywhere.
/// Route and model filters do not apply: a budget covers the tenant's whole day.
/// </summary>
internal sealed class BudgetsFunction(CostQueryGate costQueries, ISpendReporter reporter, IOptionsMonitor<RouterOptions> options)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await costQueries.PassAsync(context) is not { } query)
        {
            return;
        }

        var today = costQueries.Today;
        var report = await reporter.GetAsync(new SpendReportQuery(today, today, query.TenantId), context.RequestAborted);
        var spent = report.ByTenant.ToDictionary(g => g.Key, g => g.Totals.CostUsd, StringComparer.Ordinal);
        var tenants = options.CurrentValue.Tenants;
        var visible = query.TenantId is { } one ? [one] : tenants.Keys.Union(spent.Keys, StringComparer.Ordinal);
        var rows = visible.Order(StringComparer.Ordinal)
            .Select(t => new TenantBudget(t, TenantPolicies.Resolve(options.CurrentValue, t).DailyBudgetUsd, spent.GetValueOrDefault(t)))
            .ToArray();
        await Results.Json(rows, NativeWire.Json).ExecuteAsync(context);
    }
}

/// <summary>One tenant's day: <see cref="DailyBudgetUsd"/> is null when the tenant has no limit.</summary>
internal sealed record TenantBudget(string Tenant, decimal? DailyBudgetUsd, decimal SpentTodayUsd);
