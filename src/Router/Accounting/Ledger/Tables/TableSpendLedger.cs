using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Router.Accounting.Ledger.Spool;

namespace Router.Accounting.Ledger.Tables;

/// <summary>
/// Ledger in Azure Table Storage (table RouterLedger, keys in <see cref="LedgerKeys"/>), upserted with
/// <see cref="TableTransactionActionType.UpsertReplace"/> so a redelivered request replaces its row.
/// <para>Never loses a row, and keeps up under load by doing everything in batches: <see cref="RecordAsync"/>
/// completes once its row is durable in the local spool, where concurrent rows share one batch file and one fsync
/// (<see cref="SpoolWriter"/>); the batches then go to the table in entity-group transactions of up to 100 rows
/// (<see cref="TableBatchWriter"/>), and a file is deleted only once the table holds its rows. Rows left in the spool
/// (table down, process crashed) are written by <see cref="FlushSpoolAsync"/>, which <see cref="LedgerSpoolFlusher"/>
/// runs at startup and on an interval. Rows the table rejects as invalid (HTTP 400) are kept as <c>.rejected</c>.</para>
/// <para><see cref="QueryAsync"/> first waits until the rows recorded before it have been sent, unless the table is
/// down. Disposing writes every queued row to the spool and then tries the table once more.</para>
/// </summary>
internal sealed class TableSpendLedger : ISpendLedger, IAsyncDisposable, IDisposable
{
    private readonly LedgerTables _tables;
    private readonly TableBatchWriter _table;
    private readonly SpoolWriter _spool;

    public TableSpendLedger(LedgerTables tables, LedgerSpool spool, ILogger<TableSpendLedger> logger, TimeProvider? time = null)
    {
        _tables = tables;
        _table = new TableBatchWriter(spool, new TableRowSender(tables), new TableBacklog(tables.MaxBacklogRows), time ?? TimeProvider.System, logger);
        _spool = new SpoolWriter(spool, _table.Enqueue);
    }

    /// <summary>Completes once the row is durable in the spool; the table follows within milliseconds when it is up.
    /// If the table is up but has fallen <c>Ledger:Tables:MaxBacklogRows</c> behind, it then also waits for the table
    /// to catch up (<see cref="TableBacklog"/>), so sustained overload slows callers instead of filling the disk.
    /// A cancelled wait does not withdraw the row: it may still be written.</summary>
    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        LedgerEntryValidation.Validate(entry);
        // Serialised here, on the caller's thread, so a row that cannot be written fails alone and the spool's
        // single writer thread only writes bytes.
        var json = JsonSerializer.SerializeToUtf8Bytes(entry, LedgerJsonContext.Default.LedgerEntry);
        await _spool.WriteAsync(json, cancellationToken).ConfigureAwait(false);
        await _table.WaitForRoomAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes every spooled row to the table (those of earlier runs too), trying even when the table was
    /// last seen down; stops at the first sign it still is. Returns rows written.</summary>
    public Task<int> FlushSpoolAsync(CancellationToken cancellationToken = default) => _table.FlushAsync(cancellationToken);

    public async IAsyncEnumerable<LedgerEntry> QueryAsync(LedgerQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _table.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        var table = await _tables.LedgerAsync(cancellationToken).ConfigureAwait(false);
        foreach (var filter in PartitionFilters(query))
        {
            await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                yield return LedgerEntityMapper.FromEntity(entity);
            }
        }
    }

    /// <summary>All tenants: one contiguous PartitionKey range. One tenant: one partition per day.</summary>
    private static IEnumerable<string> PartitionFilters(LedgerQuery query)
    {
        if (query.TenantId is null)
        {
            yield return TableClient.CreateQueryFilter(
                $"PartitionKey ge {LedgerKeys.DayKey(query.From)} and PartitionKey lt {LedgerKeys.DayKey(query.To.AddDays(1))}");
            yield break;
        }

        for (var day = query.From; day <= query.To; day = day.AddDays(1))
        {
            yield return TableClient.CreateQueryFilter($"PartitionKey eq {LedgerKeys.PartitionKey(day, query.TenantId)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _spool.DisposeAsync().ConfigureAwait(false);
        await _table.DisposeAsync().ConfigureAwait(false);
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
