using Microsoft.Extensions.Logging;

namespace Router.Redis;

/// <summary>Logs a Redis outage once when it starts and once when it ends, however many calls fail in between.</summary>
internal sealed partial class RedisOutageMonitor(string component, ILogger logger)
{
    private int _down;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    public void ReportFailure(string errorType)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogOutage(logger, component, errorType);
        }
    }

    public void ReportSuccess()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogRecovered(logger, component);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Redis unavailable for {Component} ({ErrorType}); continuing without it until it returns")]
    private static partial void LogOutage(ILogger logger, string component, string errorType);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Redis available again for {Component}")]
    private static partial void LogRecovered(ILogger logger, string component);
}
