using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Testing;

namespace Router.TestSupport;

/// <summary>
/// <see cref="FakeLogger{T}"/>s and <see cref="FakeLoggerProvider"/>s whose records can also be awaited: a test
/// that must act once something is logged waits on a signal, not on a poll or a sleep.
/// </summary>
public static class TestLogs
{
    private static readonly ConditionalWeakTable<FakeLogCollector, Signals> SignalsOf = new();

    /// <summary>A fake logger that records every level; <see cref="LoggedAsync(FakeLogger, Func{string, bool})"/> works on it.</summary>
    public static FakeLogger<T> Logger<T>() => new(Collector());

    /// <summary>A provider for a whole app's logging; its <see cref="FakeLoggerProvider.Collector"/> can be awaited.</summary>
    public static FakeLoggerProvider Provider() => new(Collector());

    public static FakeLogCollector Collector()
    {
        var signals = new Signals();
        // The collector hands every record to the formatter right after storing it; that is the signal.
        var collector = FakeLogCollector.Create(new FakeLogCollectorOptions
        {
            OutputFormatter = record =>
            {
                signals.Seen(record);
                return string.Empty;
            },
            OutputSink = _ => { },
        });
        signals.Collector = collector;
        SignalsOf.Add(collector, signals);
        return collector;
    }

    /// <summary>Completes with the first record (logged already, or later) whose message matches.</summary>
    public static Task<FakeLogRecord> LoggedAsync(this FakeLogger logger, Func<string, bool> message) =>
        logger.Collector.LoggedAsync(r => message(r.Message));

    /// <summary>Completes with the first record (logged already, or later) that matches.</summary>
    public static Task<FakeLogRecord> LoggedAsync(this FakeLogCollector collector, Func<FakeLogRecord, bool> match) =>
        SignalsOf.TryGetValue(collector, out var signals)
            ? signals.WaitFor(match)
            : throw new InvalidOperationException("Only a collector made by TestLogs can be awaited: use TestLogs.Logger<T>() or TestLogs.Provider().");

    private sealed class Signals
    {
        private readonly List<(Func<FakeLogRecord, bool> Match, TaskCompletionSource<FakeLogRecord> Seen)> _waiters = [];

        public FakeLogCollector Collector { get; set; } = null!;

        public Task<FakeLogRecord> WaitFor(Func<FakeLogRecord, bool> match)
        {
            lock (_waiters)
            {
                // A record stored but not yet signalled is found here; one stored after this lock is signalled.
                if (Collector.GetSnapshot().FirstOrDefault(match) is { } logged)
                {
                    return Task.FromResult(logged);
                }

                var seen = new TaskCompletionSource<FakeLogRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((match, seen));
                return seen.Task;
            }
        }

        public void Seen(FakeLogRecord record)
        {
            lock (_waiters)
            {
                _waiters.RemoveAll(w => w.Match(record) && w.Seen.TrySetResult(record));
            }
        }
    }
}
