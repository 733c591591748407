using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Router.Tests.Caching;

/// <summary>The real services CI starts (scripts/test.sh). Missing variables fail the test: no silent skips.</summary>
internal static class TestEnvironment
{
    public static string Redis => Require("ROUTER_TEST_REDIS");

    public static string Storage => Require("ROUTER_TEST_STORAGE");

    /// <summary>A loopback port nothing listens on: bound, read, released.</summary>
    public static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>The port of one endpoint (e.g. "TableEndpoint") of <see cref="Storage"/>, for a proxy in front of it.</summary>
    public static int StoragePort(string endpoint) =>
        new Uri(Storage.Split(';').Single(p => p.StartsWith(endpoint + "=", StringComparison.Ordinal))[(endpoint.Length + 1)..]).Port;

    public static string UniqueId(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 12)];

    private static string Require(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run `eval \"$(scripts/services.sh env)\"` or scripts/test.sh.");
}

/// <summary>Collects log levels and messages so tests can count how often something was logged.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message)> _entries = [];
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];

    public IReadOnlyList<(LogLevel Level, string Message)> Entries
    {
        get { lock (_entries) { return [.. _entries]; } }
    }

    /// <summary>Completes with the first message (logged already, or later) that matches: a signal, not a poll.</summary>
    public Task<string> LoggedAsync(Func<string, bool> match)
    {
        lock (_entries)
        {
            foreach (var entry in _entries)
            {
                if (match(entry.Message))
                {
                    return Task.FromResult(entry.Message);
                }
            }

            var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, seen));
            return seen.Task;
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            var message = formatter(state, exception);
            _entries.Add((logLevel, message));
            _waiters.RemoveAll(w => w.Match(message) && w.Seen.TrySetResult(message));
        }
    }
}
