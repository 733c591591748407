namespace GpuWorker.Inference;

/// <summary>Process-wide counters; written by the decode loop and endpoints, read by /metrics.</summary>
internal sealed class WorkerMetrics(GpuWorker.Hosting.BillableTimeMeter? billable = null)
{
    private long _requests;
    private long _rejected;
    private long _failed;
    private long _cancelled;
    private long _promptTokens;
    private long _completionTokens;
    private long _decodeTicks;
    private int _active;

    public long Requests => Interlocked.Read(ref _requests);
    public long Rejected => Interlocked.Read(ref _rejected);
    public long Failed => Interlocked.Read(ref _failed);
    public long Cancelled => Interlocked.Read(ref _cancelled);
    public long PromptTokens => Interlocked.Read(ref _promptTokens);
    public long CompletionTokens => Interlocked.Read(ref _completionTokens);
    public double GpuSeconds => TimeSpan.FromTicks(Interlocked.Read(ref _decodeTicks)).TotalSeconds;
    public int ActiveSequences => Volatile.Read(ref _active);

    /// <summary>Completion tokens per second of decode time (the accelerator's throughput).</summary>
    public double TokensPerSecond => GpuSeconds > 0 ? CompletionTokens / GpuSeconds : 0;

    public void RequestAccepted() => Interlocked.Increment(ref _requests);
    public void RequestRejected() => Interlocked.Increment(ref _rejected);
    public void RequestFailed() => Interlocked.Increment(ref _failed);
    public void RequestCancelled() => Interlocked.Increment(ref _cancelled);
    public void SetActive(int count)
    {
        Volatile.Write(ref _active, count);
        billable?.SequencesRunning(count);
    }

    public void Decoded(TimeSpan elapsed, int promptTokens, int completionTokens)
    {
        Interlocked.Add(ref _decodeTicks, elapsed.Ticks);
        Interlocked.Add(ref _promptTokens, promptTokens);
        Interlocked.Add(ref _completionTokens, completionTokens);
    }
}
