using System.ComponentModel.DataAnnotations;

namespace Router.Functions.Batch;

/// <summary>Bound from configuration section "Queue": the local batch queue (Azure Storage Queues on Azurite).</summary>
public sealed class QueueOptions
{
    public const string SectionName = "Queue";

    /// <summary>Empty: no local consumer (in Azure, Service Bus reaches the handler through the Functions host).</summary>
    public string ConnectionString { get; set; } = "";

    [Required, RegularExpression("^[a-z0-9](?:[a-z0-9-]{1,53}[a-z0-9])$", ErrorMessage = "Queue:Name must be a valid Storage queue name (3-55 chars, leaving room for '-poison').")]
    public string Name { get; set; } = "router-batch";

    /// <summary>
    /// Deliveries of a failing message: locally, then it goes to the poison queue; in Azure, the last one is stored as
    /// dead-lettered. One value with the Service Bus queue's maxDeliveryCount (Service Bus's own default, 10): the
    /// infrastructure sets this from the queue it creates, and a test keeps the defaults equal.
    /// </summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = DefaultMaxDequeueCount;

    /// <summary>Equal to infra/modules/serviceBus.bicep's maxDeliveryCount default (checked by a test).</summary>
    public const int DefaultMaxDequeueCount = 10;

    /// <summary>Messages processed at once (the Service Bus trigger's maxConcurrentCalls in host.json is 16 too).</summary>
    [Range(1, 256)]
    public int MaxConcurrentCalls { get; set; } = 16;

    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a received message stays hidden; extended every third of it while the message is worked on (as
    /// Service Bus renews its lock), so a crashed consumer's messages are back within this time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:03", "00:10:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before a transiently failed message is tried again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString);

    public string PoisonName => $"{Name}-poison";
}
