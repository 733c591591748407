using Router.Accounting;
using Router.Pipeline.Batch;
using Router.Pipeline.Batch.Deferred;

namespace Router.Tests.Pipeline.Batch.Deferred;

/// <summary>Stands for the process dying at a point: the call throws, and nothing after it in that poll happens.</summary>
internal sealed class CrashException(string point) : Exception($"injected crash: {point}");

/// <summary>The Batch API client, dying once right after a call reached the API (its answer is lost).</summary>
internal sealed class CrashingApi(IBatchApiClient inner, bool afterUpload = false, bool afterCreate = false, bool duringDownload = false) : IBatchApiClient
{
    private int _crashed;

    public async Task<string> UploadAsync(string deployment, Stream jsonl, string fileName, CancellationToken cancellationToken)
    {
        var id = await inner.UploadAsync(deployment, jsonl, fileName, cancellationToken);
        return afterUpload && Once() ? throw new CrashException("after upload, before its file id was stored") : id;
    }

    public Task<string?> FindBatchAsync(string deployment, string inputFileId, CancellationToken cancellationToken) => inner.FindBatchAsync(deployment, inputFileId, cancellationToken);

    public async Task<string> CreateBatchAsync(string deployment, string inputFileId, string jobId, CancellationToken cancellationToken)
    {
        var id = await inner.CreateBatchAsync(deployment, inputFileId, jobId, cancellationToken);
        return afterCreate && Once() ? throw new CrashException("after create, before the batch id was stored") : id;
    }

    public Task<BatchApiStatus> GetBatchAsync(string deployment, string batchId, CancellationToken cancellationToken) => inner.GetBatchAsync(deployment, batchId, cancellationToken);

    public Task<BinaryData> DownloadAsync(string deployment, string fileId, CancellationToken cancellationToken) =>
        duringDownload && Once() ? throw new CrashException("during result download") : inner.DownloadAsync(deployment, fileId, cancellationToken);

    private bool Once() => Interlocked.Exchange(ref _crashed, 1) == 0;
}

/// <summary>Results, dying once after <paramref name="completedSaves"/> final results were stored (mid-ingestion).</summary>
internal sealed class CrashingResults(IBatchResultStore inner, int completedSaves) : IBatchResultStore
{
    private int _saved;

    public string Description => inner.Description;

    public ValueTask<BatchResult?> GetAsync(string tenantId, string requestId, CancellationToken cancellationToken = default) => inner.GetAsync(tenantId, requestId, cancellationToken);

    public async ValueTask SaveAsync(BatchResult result, CancellationToken cancellationToken = default)
    {
        if (result.IsFinal && Interlocked.Increment(ref _saved) > completedSaves)
        {
            throw new CrashException("mid-ingestion, after the ledger row, before the result");
        }

        await inner.SaveAsync(result, cancellationToken);
    }

    public ValueTask<bool> TryAddAsync(BatchResult result, CancellationToken cancellationToken = default) => inner.TryAddAsync(result, cancellationToken);

    public ValueTask RemoveRunningAsync(string tenantId, string requestId, CancellationToken cancellationToken = default) => inner.RemoveRunningAsync(tenantId, requestId, cancellationToken);
}

/// <summary>Counts ledger writes per request, to prove none is written for a request twice with different content.</summary>
internal static class LedgerChecks
{
    public static decimal BatchCost(int prompt, int completion) =>
        (prompt * BatchApiHarness.BatchInput + completion * BatchApiHarness.BatchOutput) / 1_000_000m;

    public static void AssertBatchRow(LedgerEntry row)
    {
        Assert.Equal("ok", row.Status);
        Assert.Equal(Router.Accounting.Pricing.DeploymentTypes.GlobalBatch, row.DeploymentType);
        Assert.Equal(BatchCost(20, 10), row.CostUsd);
        Assert.Equal((20 * 2.50m + 10 * 10m) / 1_000_000m, row.StandardCostUsd); // the model's standard price: the batch saving
        Assert.Equal(20, row.PromptTokens);
        Assert.Equal(10, row.CompletionTokens);
        Assert.StartsWith(BatchApiHarness.Deployment + "@", row.Deployment);
    }
}
