using Microsoft.Extensions.Logging;

namespace Router.Accounting.Ledger;

internal static partial class LedgerLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "Ledger table unavailable ({ErrorType}); rows are kept in the spool at {SpoolDirectory} and written later")]
    public static partial void TableUnavailable(ILogger logger, string errorType, string spoolDirectory);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Ledger table available again; flushing the spool")]
    public static partial void TableRecovered(ILogger logger);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Ledger spool flushed {Count} rows")]
    public static partial void SpoolFlushed(ILogger logger, int count);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error, Message = "Unreadable ledger spool file {File} moved aside")]
    public static partial void SpoolFileCorrupt(ILogger logger, Exception exception, string file);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Error, Message = "Ledger spool flush failed")]
    public static partial void SpoolFlushFailed(ILogger logger, Exception exception);
}
