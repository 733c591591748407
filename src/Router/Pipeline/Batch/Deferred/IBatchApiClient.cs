namespace Router.Pipeline.Batch.Deferred;

/// <summary>The Azure OpenAI Files and Batches APIs, as far as deferred requests use them. A port, so the steps can be tested.</summary>
public interface IBatchApiClient
{
    /// <summary>Uploads a JSONL input file (purpose "batch"); returns its file id.</summary>
    Task<string> UploadAsync(string deployment, Stream jsonl, string fileName, CancellationToken cancellationToken);

    /// <summary>The batch already created from <paramref name="inputFileId"/>, if any (a restart after the create call went out).</summary>
    Task<string?> FindBatchAsync(string deployment, string inputFileId, CancellationToken cancellationToken);

    /// <summary>Creates the batch (endpoint /chat/completions, window 24h, metadata job = <paramref name="jobId"/>); returns its id.</summary>
    Task<string> CreateBatchAsync(string deployment, string inputFileId, string jobId, CancellationToken cancellationToken);

    Task<BatchApiStatus> GetBatchAsync(string deployment, string batchId, CancellationToken cancellationToken);

    Task<BinaryData> DownloadAsync(string deployment, string fileId, CancellationToken cancellationToken);
}

/// <summary>A batch as the API reports it.</summary>
public sealed record BatchApiStatus(string Status, string? OutputFileId, string? ErrorFileId)
{
    /// <summary>Statuses after which nothing more will come: the files are final.</summary>
    public bool IsTerminal => Status is "completed" or "failed" or "expired" or "cancelled";
}
