using System.Globalization;
using Azure.Data.Tables;
using Router.Accounting.Ledger.Tables;

namespace Router.Accounting.Reporting.Tables;

/// <summary>
/// Roll-ups in table RouterDailyRollup: PartitionKey = yyyyMMdd (a range of days is one PartitionKey range scan;
/// a day has tenants × routes × models rows), RowKey = {tenant}_{route}_{model} escaped. The row
/// <see cref="DayMarker"/> says the day is complete; it is removed first and written last when a day is replaced.
/// </summary>
internal sealed class TableRollupStore(LedgerTables tables) : IRollupStore
{
    // '%' followed by non-hex text can never come out of LedgerKeys' escaping, so no real row has this key.
    private const string DayMarker = "%rolled-up";

    public async Task ReplaceDayAsync(DateOnly day, IReadOnlyList<DailyRollup> rows, CancellationToken cancellationToken = default)
    {
        var table = await tables.RollupAsync(cancellationToken).ConfigureAwait(false);
        var partition = LedgerKeys.DayKey(day);
        await table.DeleteEntityAsync(partition, DayMarker, cancellationToken: cancellationToken).ConfigureAwait(false);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var entity = RollupEntityMapper.ToEntity(row);
            keep.Add(entity.RowKey);
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }

        var existing = table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken);
        await foreach (var stale in existing.ConfigureAwait(false))
        {
            if (!keep.Contains(stale.RowKey))
            {
                await table.DeleteEntityAsync(partition, stale.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }

        await table.UpsertEntityAsync(new TableEntity(partition, DayMarker), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DailyRollup>> QueryAsync(DateOnly from, DateOnly to, string? tenantId, CancellationToken cancellationToken = default)
    {
        var table = await tables.RollupAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {LedgerKeys.DayKey(from)} and PartitionKey le {LedgerKeys.DayKey(to)} and RowKey ne {DayMarker}");
        if (tenantId is not null)
        {
            filter += " and " + TableClient.CreateQueryFilter($"TenantId eq {tenantId}");
        }

        var rows = new List<DailyRollup>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(RollupEntityMapper.FromEntity(entity));
        }

        return rows;
    }

    public async Task<IReadOnlySet<DateOnly>> RolledUpDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var table = await tables.RollupAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey ge {LedgerKeys.DayKey(from)} and PartitionKey le {LedgerKeys.DayKey(to)} and RowKey eq {DayMarker}");
        var days = new HashSet<DateOnly>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            days.Add(DateOnly.ParseExact(entity.PartitionKey, "yyyyMMdd", CultureInfo.InvariantCulture));
        }

        return days;
    }
}
