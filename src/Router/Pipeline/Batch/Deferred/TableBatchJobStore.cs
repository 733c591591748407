using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Batch state in Azure Table Storage: items (PartitionKey = tenant, RowKey = request id, escaped as the ledger's keys
/// are) and jobs (PartitionKey "job", RowKey = job id). Long texts are split over several properties (<see cref="LongText"/>).
/// Versions are ETags: an item is given to a batch, and a job is saved, only if unchanged since it was read.
/// </summary>
internal sealed class TableBatchJobStore(TableClient items, TableClient jobs) : IBatchJobStore
{
    private const string JobPartition = "job";
    private int _created;

    public string Description => $"Table Storage tables '{items.Name}' and '{jobs.Name}'";

    public async ValueTask<bool> TryAddItemAsync(BatchItem item, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await items.AddEntityAsync(ToEntity(item), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public ValueTask<IReadOnlyList<BatchItem>> UnassignedItemsAsync(CancellationToken cancellationToken = default) =>
        QueryItemsAsync("JobId eq ''", cancellationToken);

    public ValueTask<IReadOnlyList<BatchItem>> ItemsOfJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        QueryItemsAsync(TableClient.CreateQueryFilter($"JobId eq {jobId}"), cancellationToken);

    public async ValueTask<IReadOnlyList<BatchItem>> AssignAsync(string jobId, IReadOnlyList<BatchItem> assigned, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var given = new List<BatchItem>();
        foreach (var partition in assigned.GroupBy(i => Key(i.TenantId)))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                // Each merge only if the item is as read (unassigned), in one transaction per chunk: when another poller
                // took any of them first, none of the chunk is given here (those left go to a later flush).
                var actions = chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                    new TableEntity(partition.Key, Key(i.RequestId)) { ["JobId"] = jobId }, i.Version is { } v ? new ETag(v) : ETag.All));
                try
                {
                    await items.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                    given.AddRange(chunk.Select(i => i with { JobId = jobId }));
                }
                catch (RequestFailedException e) when (e.Status is 412 or 404)
                {
                    // Taken by another poller.
                }
            }
        }

        return given;
    }

    public async ValueTask<BatchJob> SaveJobAsync(BatchJob job, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(JobPartition, job.JobId)
        {
            ["TenantId"] = job.TenantId,
            ["Deployment"] = job.Deployment,
            ["Step"] = job.Step.ToString(),
            ["RequestCount"] = job.RequestCount,
            ["FileId"] = job.FileId,
            ["BatchId"] = job.BatchId,
            ["BatchStatus"] = job.BatchStatus,
            ["OutputFileId"] = job.OutputFileId,
            ["ErrorFileId"] = job.ErrorFileId,
            ["CreatedAt"] = job.CreatedAt,
            ["UpdatedAt"] = job.UpdatedAt,
            ["ClaimedBy"] = job.ClaimedBy,
            ["ClaimedUntil"] = job.ClaimedUntil,
        };
        try
        {
            var response = job.Version is { } version
                ? await jobs.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)
                : await jobs.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            return job with { Version = response.Headers.ETag?.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            throw new BatchJobConflictException($"Batch job {job.JobId} changed since it was read.", e);
        }
    }

    public async ValueTask<IReadOnlyList<BatchJob>> OpenJobsAsync(CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<BatchJob>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {JobPartition} and Step ne {nameof(BatchJobStep.Done)}");
        await foreach (var e in jobs.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(ToJob(e));
        }

        return [.. found.OrderBy(j => j.CreatedAt)];
    }

    public async ValueTask<BatchJob?> GetJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var found = await jobs.GetEntityIfExistsAsync<TableEntity>(JobPartition, jobId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? ToJob(found.Value!) : null;
    }

    private async ValueTask<IReadOnlyList<BatchItem>> QueryItemsAsync(string filter, CancellationToken cancellationToken)
    {
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var found = new List<BatchItem>();
        await foreach (var e in items.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            found.Add(ToItem(e));
        }

        return [.. found.OrderBy(i => i.CollectedAt).ThenBy(i => i.RequestId, StringComparer.Ordinal)];
    }

    private static TableEntity ToEntity(BatchItem item)
    {
        var entity = new TableEntity(Key(item.TenantId), Key(item.RequestId))
        {
            ["TenantId"] = item.TenantId,
            ["RequestId"] = item.RequestId,
            ["Deployment"] = item.Deployment,
            ["ReservedUsd"] = item.ReservedUsd.ToString(CultureInfo.InvariantCulture),
            ["CollectedAt"] = item.CollectedAt,
            ["Fingerprint"] = item.Fingerprint,
            ["JobId"] = item.JobId,
        };
        LongText.Write(entity, "Request", item.Request);
        LongText.Write(entity, "Ledger", item.LedgerTemplate);
        return entity;
    }

    private static BatchItem ToItem(TableEntity e) => new()
    {
        TenantId = e.GetString("TenantId"),
        RequestId = e.GetString("RequestId"),
        Deployment = e.GetString("Deployment"),
        ReservedUsd = decimal.Parse(e.GetString("ReservedUsd") ?? "0", CultureInfo.InvariantCulture),
        CollectedAt = e.GetDateTimeOffset("CollectedAt") ?? DateTimeOffset.MinValue,
        Fingerprint = e.GetString("Fingerprint"),
        JobId = e.GetString("JobId") ?? "",
        Version = e.ETag.ToString(),
        Request = LongText.Read(e, "Request"),
        LedgerTemplate = LongText.Read(e, "Ledger"),
    };

    private static BatchJob ToJob(TableEntity e) => new()
    {
        JobId = e.RowKey,
        TenantId = e.GetString("TenantId"),
        Deployment = e.GetString("Deployment"),
        Step = Enum.Parse<BatchJobStep>(e.GetString("Step")),
        RequestCount = e.GetInt32("RequestCount") ?? 0,
        FileId = e.GetString("FileId"),
        BatchId = e.GetString("BatchId"),
        BatchStatus = e.GetString("BatchStatus"),
        OutputFileId = e.GetString("OutputFileId"),
        ErrorFileId = e.GetString("ErrorFileId"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
        ClaimedBy = e.GetString("ClaimedBy"),
        ClaimedUntil = e.GetDateTimeOffset("ClaimedUntil"),
        Version = e.ETag.ToString(),
    };

    private static string Key(string value) => Accounting.Ledger.Tables.LedgerKeys.Escape(value, escapeSeparator: false);

    private async ValueTask EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        foreach (var table in new[] { items, jobs })
        {
            try
            {
                await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                // Another instance created it first.
            }
        }

        Volatile.Write(ref _created, 1);
    }
}
