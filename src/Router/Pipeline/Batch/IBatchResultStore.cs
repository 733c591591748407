namespace Router.Pipeline.Batch;

/// <summary>Results of batch requests by (tenant, request id). Saving the same id again overwrites.</summary>
public interface IBatchResultStore
{
    /// <summary>Where results are kept, for the startup report.</summary>
    string Description { get; }

    ValueTask<BatchResult?> GetAsync(string tenantId, string requestId, CancellationToken cancellationToken = default);

    ValueTask SaveAsync(BatchResult result, CancellationToken cancellationToken = default);
}
