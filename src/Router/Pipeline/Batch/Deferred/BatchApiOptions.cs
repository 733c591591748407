using System.ComponentModel.DataAnnotations;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Bound from section "BatchApi": the Azure OpenAI Global Batch deployments that take queue messages with a completion
/// window, and when collected requests are sent. No deployment: every message is answered at once, as before.
/// </summary>
public sealed class BatchApiOptions
{
    public const string SectionName = "BatchApi";

    /// <summary>One Global Batch deployment per catalogue model; each needs a <c>GlobalBatch</c> price under Router:DeploymentPrices.</summary>
    public List<BatchDeploymentOptions> Deployments { get; set; } = [];

    /// <summary>A tenant's collected requests for one deployment are sent once this many are waiting (Azure allows 100,000 per file).</summary>
    [Range(1, 100_000)]
    public int MaxRequestsPerBatch { get; set; } = 5_000;

    /// <summary>... or once the oldest of them has waited this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Table of the collected requests (one row each) and of the batches (file id, batch id, step).</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string ItemsTable { get; set; } = "batchitems";

    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string JobsTable { get; set; } = "batchjobs";

    /// <summary>Without the Functions host (scripts/run.sh), how often the app itself runs the poll the timer runs in Azure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LocalPollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a poll run's claim on a batch lasts after its last stored step: another run leaves the batch alone until
    /// then, and a run that died holds it that long. Longer than the slowest step (ingesting a full batch).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public bool IsEnabled => Deployments.Count > 0;
}

public sealed class BatchDeploymentOptions
{
    /// <summary>Resource endpoint, e.g. https://my-resource.openai.azure.com/.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>The Global Batch deployment's name (the JSONL lines' "model").</summary>
    public string Deployment { get; set; } = "";

    /// <summary>The catalogue model it serves: closed-route requests for this model are collected for it.</summary>
    public string Model { get; set; } = "";
}
