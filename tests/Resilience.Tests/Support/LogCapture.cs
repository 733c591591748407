using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Router.Resilience.Tests.Support;

/// <summary>Keeps every log record the app writes, so tests can count warnings.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyList<LogRecord> Records => _records.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _records);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                records.Enqueue(new LogRecord(category, logLevel, eventId.Id, formatter(state, exception), exception));
            }
        }
    }
}

internal sealed record LogRecord(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
