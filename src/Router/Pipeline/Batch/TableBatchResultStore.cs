using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;

namespace Router.Pipeline.Batch;

/// <summary>Results in Azure Table Storage: PartitionKey = tenant, RowKey = request id (both escaped as the ledger's
/// keys are, so no caller's text can form an invalid key), the result as JSON.</summary>
internal sealed class TableBatchResultStore(TableClient table) : IBatchResultStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private int _created;

    public string Description => $"Table Storage table '{table.Name}'";

    public async ValueTask<BatchResult?> GetAsync(string tenantId, string requestId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Key(tenantId), Key(requestId), ["Result"], cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value!.GetString("Result") is { } json
            ? JsonSerializer.Deserialize<BatchResult>(json, Json)
            : null;
    }

    public async ValueTask SaveAsync(BatchResult result, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await table.UpsertEntityAsync(Entity(result), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> TryAddAsync(BatchResult result, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddEntityAsync(Entity(result), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async ValueTask RemoveRunningAsync(string tenantId, string requestId, CancellationToken cancellationToken = default)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(Key(tenantId), Key(requestId), ["Status"], cancellationToken).ConfigureAwait(false);
        if (!found.HasValue || found.Value!.GetString("Status") != BatchResult.Running)
        {
            return;
        }

        try
        {
            // Only the entity read: a result saved meanwhile changes the ETag and is kept.
            await table.DeleteEntityAsync(Key(tenantId), Key(requestId), found.Value.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Already gone, or a result replaced the claim.
        }
    }

    private static TableEntity Entity(BatchResult result) => new(Key(result.TenantId), Key(result.RequestId))
    {
        ["Status"] = result.Status,
        ["Result"] = JsonSerializer.Serialize(result, Json),
    };

    private static string Key(string value) => Accounting.Ledger.Tables.LedgerKeys.Escape(value, escapeSeparator: false);

    private async ValueTask EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 1)
        {
            return;
        }

        try
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Another instance created it first.
        }

        Volatile.Write(ref _created, 1);
    }
}
