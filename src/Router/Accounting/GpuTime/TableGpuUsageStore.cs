using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Router.Accounting.Ledger.Tables;

namespace Router.Accounting.GpuTime;

/// <summary>
/// The GpuUsage table: partition "sample-yyyyMMdd" (row key: UTC ticks of the sample, then the instance) and
/// "allocation-yyyyMMdd" (row key: ticks of the window start). The record is stored as one JSON property, which
/// keeps decimals exact; rows are small and few (one per replica per tick).
/// </summary>
internal sealed class TableGpuUsageStore(LedgerTables tables) : IGpuUsageStore
{
    public async Task AddSampleAsync(GpuUsageSample sample, CancellationToken cancellationToken = default)
    {
        var table = await tables.GpuUsageAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition("sample", sample.SampledAt), $"{sample.SampledAt.UtcTicks:D19}-{sample.InstanceId}") { ["Json"] = JsonSerializer.Serialize(sample) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<GpuUsageSample>> SamplesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        ReadAsync<GpuUsageSample>("sample", from, to, cancellationToken);

    public async Task SaveAllocationAsync(GpuAllocation allocation, CancellationToken cancellationToken = default)
    {
        var table = await tables.GpuUsageAsync(cancellationToken).ConfigureAwait(false);
        var entity = new TableEntity(Partition("allocation", allocation.WindowStart), $"{allocation.WindowStart.UtcTicks:D19}") { ["Json"] = JsonSerializer.Serialize(allocation) };
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<GpuAllocation>> AllocationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        ReadAsync<GpuAllocation>("allocation", from, to, cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var table = await tables.GpuUsageAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        for (var day = from.UtcDateTime.Date; day <= to.UtcDateTime.Date; day = day.AddDays(1))
        {
            var partition = Partition(kind, new DateTimeOffset(day, TimeSpan.Zero));
            var low = $"{from.UtcTicks:D19}";
            var high = $"{to.UtcTicks:D19}";
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {low} and RowKey lt {high}");
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                rows.Add(JsonSerializer.Deserialize<T>(entity.GetString("Json"))!);
            }
        }

        return rows;
    }

    private static string Partition(string kind, DateTimeOffset at) =>
        $"{kind}-{at.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
}
