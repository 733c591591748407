namespace Router.Accounting.GpuTime;

/// <summary>Bound from "GpuUsage": how the function app's timer collects the worker's billable time.</summary>
public sealed class GpuUsageOptions
{
    public const string SectionName = "GpuUsage";

    /// <summary>Worker base URL to read GET /billing from; when not set, Backends:GpuWorker:BaseUrl (the URL calls use).</summary>
    public string WorkerBaseUrl { get; set; } = "";

    /// <summary>Where the worker's own base URL is configured (read as a plain setting: Backends sit above Accounting).</summary>
    public const string WorkerBaseUrlFallbackKey = "Backends:GpuWorker:BaseUrl";

    /// <summary>The GPU-worker price entry whose GpuPerSecondUsd is the GPU profile's rate; empty means the PrivateSmall route's model.</summary>
    public string PriceModel { get; set; } = "";

    /// <summary>Limit of one GET /billing.</summary>
    public TimeSpan ScrapeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How far back samples are read to find an instance's previous sample.</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// Container Apps' scale-down cooldown (its default, 300 s; infra keeps the default): an idle replica stops this long after its last request.
    /// A replica that vanished between two reads is taken to have stopped then, so its idle tail is still counted.
    /// </summary>
    public TimeSpan ScaleDownAfter { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>Length of the first window when nothing was allocated before.</summary>
    public TimeSpan FirstWindow { get; set; } = TimeSpan.FromMinutes(5);
}
