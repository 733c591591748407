using System.Diagnostics;

namespace GpuWorker.Hosting;

/// <summary>
/// What Azure bills this replica for, measured from inside it: seconds since the process started, split into
/// cold start (until the model is loaded), busy (at least one sequence running) and idle (loaded, nothing running).
/// All four only grow, and uptime = cold start + busy + idle at every instant, so a collector can subtract two
/// samples of the same <see cref="InstanceId"/> to get an interval. A restarted process has a new instance id.
/// </summary>
/// <remarks>Hooks: <see cref="SequencesRunning"/> wherever the running-sequence count changes, <see cref="ModelLoaded"/> once.</remarks>
internal sealed class BillableTimeMeter
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly long _startTimestamp;
    private long? _readyTimestamp;
    private long? _busySinceTimestamp;
    private long? _lastBusyEndTimestamp;
    private long _busyTicks;

    /// <param name="upBeforeMeter">Time the process ran before this meter was built (runtime start, configuration).</param>
    public BillableTimeMeter(TimeProvider time, string instanceId, TimeSpan upBeforeMeter, string model, string modelFile)
    {
        _time = time;
        InstanceId = instanceId;
        Model = model;
        ModelFile = modelFile;
        StartedAt = time.GetUtcNow() - upBeforeMeter;
        _startTimestamp = time.GetTimestamp() - (long)(upBeforeMeter.TotalSeconds * time.TimestampFrequency);
    }

    /// <summary>Production meter: counts from the real process start; the id is the replica name plus a per-process suffix.</summary>
    public static BillableTimeMeter ForThisProcess(TimeProvider time, WorkerOptions options)
    {
        using var process = Process.GetCurrentProcess();
        var up = DateTime.Now - process.StartTime;
        var replica = Environment.GetEnvironmentVariable("CONTAINER_APP_REPLICA_NAME") ?? Environment.MachineName;
        return new BillableTimeMeter(time, $"{replica}-{Guid.NewGuid().ToString("N")[..8]}", up > TimeSpan.Zero ? up : TimeSpan.Zero,
            options.EffectiveModelId, Path.GetFileName(options.ModelPath));
    }

    public string InstanceId { get; }

    public DateTimeOffset StartedAt { get; }

    /// <summary>The id the worker answers with (what the router's ledger stores as the served model).</summary>
    public string Model { get; }

    /// <summary>The GGUF file it loads.</summary>
    public string ModelFile { get; }

    /// <summary>The GGUF's own name for the model (general.name), known once it is loaded.</summary>
    public string? ModelName { get; private set; }

    public void ModelLoaded(string? modelName = null)
    {
        lock (_lock)
        {
            ModelName ??= modelName;
            _readyTimestamp ??= _time.GetTimestamp();
        }
    }

    public void SequencesRunning(int count)
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            if (count > 0 && _busySinceTimestamp is null)
            {
                _busySinceTimestamp = now;
            }
            else if (count == 0 && _busySinceTimestamp is { } since)
            {
                _busyTicks += Elapsed(since, now).Ticks;
                _busySinceTimestamp = null;
                _lastBusyEndTimestamp = now;
            }
        }
    }

    public BillableTime Read()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            var uptime = Elapsed(_startTimestamp, now);
            var coldStart = _readyTimestamp is { } ready ? Elapsed(_startTimestamp, ready) : uptime;
            var busy = TimeSpan.FromTicks(_busyTicks + (_busySinceTimestamp is { } since ? Elapsed(since, now).Ticks : 0));
            var idle = uptime - coldStart - busy;
            // How long nothing has run: Container Apps scales an idle replica down a cooldown after its last request.
            var idleSince = _busySinceTimestamp is not null ? now : _lastBusyEndTimestamp ?? _readyTimestamp ?? now;
            return new BillableTime(InstanceId, Model, ModelFile, ModelName, StartedAt, _time.GetUtcNow(), _readyTimestamp is not null,
                uptime.TotalSeconds, coldStart.TotalSeconds, busy.TotalSeconds, Math.Max(0, idle.TotalSeconds), Elapsed(idleSince, now).TotalSeconds);
        }
    }

    private TimeSpan Elapsed(long from, long to) => _time.GetElapsedTime(from, to);
}

/// <summary>One sample of <see cref="BillableTimeMeter"/>: the JSON of GET /billing.</summary>
internal sealed record BillableTime(
    string InstanceId, string Model, string ModelFile, string? ModelName, DateTimeOffset ProcessStartedAt, DateTimeOffset SampledAt, bool Ready,
    double UptimeSeconds, double ColdStartSeconds, double BusySeconds, double IdleSeconds, double IdleForSeconds);
