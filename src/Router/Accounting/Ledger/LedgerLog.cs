using Microsoft.Extensions.Logging;

namespace Router.Accounting.Ledger;

internal static partial class LedgerLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "Ledger table unavailable ({ErrorType}); rows are kept in the spool at {SpoolDirectory} and written later")]
    public static partial void TableUnavailable(ILogger logger, Exception exception, string errorType, string spoolDirectory);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Error,
        Message = "Ledger table writer failed unexpectedly ({ErrorType}); rows are kept in the spool at {SpoolDirectory} and written later")]
    public static partial void TableWriterFailed(ILogger logger, Exception exception, string errorType, string spoolDirectory);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Ledger table available again; flushing the spool")]
    public static partial void TableRecovered(ILogger logger);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Ledger spool flushed {Count} rows")]
    public static partial void SpoolFlushed(ILogger logger, int count);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Error, Message = "Ledger spool file with unreadable lines kept as {File}; its readable rows were written")]
    public static partial void SpoolFileCorrupt(ILogger logger, string file);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Error, Message = "Ledger spool flush failed")]
    public static partial void SpoolFlushFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Error, Message = "Ledger table rejected {Count} rows for good ({Reasons}); dead-lettered in {File}, not retried")]
    public static partial void RowsRejected(ILogger logger, int count, string file, string reasons);
}
