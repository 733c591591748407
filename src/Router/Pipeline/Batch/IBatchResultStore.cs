namespace Router.Pipeline.Batch;

/// <summary>Results of batch requests by (tenant, request id). Saving the same id again overwrites.</summary>
public interface IBatchResultStore
{
    /// <summary>Where results are kept, for the startup report.</summary>
    string Description { get; }

    ValueTask<BatchResult?> GetAsync(string tenantId, string requestId, CancellationToken cancellationToken = default);

    ValueTask SaveAsync(BatchResult result, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="result"/> only when nothing is stored under its tenant and id, atomically
    /// (across instances for a shared store); false when something already is.</summary>
    ValueTask<bool> TryAddAsync(BatchResult result, CancellationToken cancellationToken = default);

    /// <summary>Removes the result under the tenant and id if it is still <see cref="BatchResult.Running"/>.</summary>
    ValueTask RemoveRunningAsync(string tenantId, string requestId, CancellationToken cancellationToken = default);
}
