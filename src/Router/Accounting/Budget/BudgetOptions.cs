namespace Router.Accounting.Budget;

/// <summary>Bound from configuration section "Budget". Limits themselves are per tenant: Router:Tenants:{id}:DailyBudgetUsd.</summary>
public sealed class BudgetOptions
{
    public const string SectionName = "Budget";

    /// <summary>A reservation neither settled nor released by then (a crashed call) stops holding budget.</summary>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromMinutes(10);
}
