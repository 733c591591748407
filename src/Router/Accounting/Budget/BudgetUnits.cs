namespace Router.Accounting.Budget;

/// <summary>
/// Redis keeps money as integer nano-dollars (Lua numbers are doubles, exact to 2^53 ≈ 9 million USD a day per
/// tenant). Amounts round up, so rounding can only make the guard stricter, never let spend past the limit.
/// </summary>
internal static class BudgetUnits
{
    private const decimal PerUsd = 1_000_000_000m;

    public static long FromUsd(decimal usd) => (long)decimal.Ceiling(usd * PerUsd);

    public static long FloorFromUsd(decimal usd) => (long)decimal.Floor(usd * PerUsd);

    public static decimal ToUsd(long units) => units / PerUsd;
}
