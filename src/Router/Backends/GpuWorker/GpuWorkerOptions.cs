namespace Router.Backends.GpuWorker;

/// <summary>Bound from <c>Backends:GpuWorker</c>; checked at startup by <see cref="GpuWorkerOptionsValidator"/>.</summary>
public sealed class GpuWorkerOptions
{
    public const string SectionName = "Backends:GpuWorker";

    /// <summary>The worker's OpenAI-compatible base URL (it serves /v1/chat/completions and /health).</summary>
    public string BaseUrl { get; set; } = "http://127.0.0.1:8088";

    /// <summary>How long a call waits for a cold, unreachable or full worker before failing Unavailable.</summary>
    public TimeSpan ColdStartWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Limit of one HTTP call (whole body when not streamed, headers when streamed).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>First pause between /health polls; doubles up to <see cref="HealthPollMaxDelay"/>.</summary>
    public TimeSpan HealthPollInitialDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan HealthPollMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Limit of one /health probe.</summary>
    public TimeSpan HealthProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);
}
