using Microsoft.Extensions.Logging;

namespace Router.Redis;

/// <summary>Logs a Redis outage once when it starts and once when it ends, however many calls fail in between.
/// Only a call that began during the outage can end it: one sent before Redis went away and answered late says
/// nothing about now (on a loaded machine that late answer once logged a recovery and then a second outage).</summary>
internal sealed partial class RedisOutageMonitor(string component, ILogger logger)
{
    private int _down;
    private long _outages;

    /// <summary>Taken when a call starts and handed to <see cref="ReportSuccess"/>.</summary>
    public long OutagesSoFar => Interlocked.Read(ref _outages);

    public bool IsDown => Volatile.Read(ref _down) == 1;

    public void ReportFailure(string errorType)
    {
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            Interlocked.Increment(ref _outages);
            LogOutage(logger, component, errorType);
        }
    }

    public void ReportSuccess(long outagesWhenStarted)
    {
        if (outagesWhenStarted != OutagesSoFar)
        {
            return;
        }

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
