using Microsoft.Extensions.Logging;

namespace Router.Accounting.Budget;

internal static partial class BudgetLog
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Information,
        Message = "Budget of tenant {TenantId} for {Day} rebuilt from the ledger (Redis did not know the day)")]
    public static partial void DayRebuilt(ILogger logger, string tenantId, DateOnly day);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning,
        Message = "Budget of tenant {TenantId} for {Day}: the ledger could not be read to rebuild the day; held to the spend this instance saw until it can")]
    public static partial void LedgerUnreadable(ILogger logger, string tenantId, DateOnly day, Exception exception);
}
