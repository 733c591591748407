using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Router.Accounting.Ledger.Spool;

namespace Router.Accounting.Ledger.Tables;

/// <summary>
/// Ledger in Azure Table Storage (table RouterLedger, keys in <see cref="LedgerKeys"/>), upserted with
/// <see cref="TableUpdateMode.Replace"/> so a redelivered request overwrites its row instead of adding one.
/// <para>Never loses a row: <see cref="RecordAsync"/> first writes the row to the local spool (fsync'd), then tries
/// the table and deletes the spool file only after the table accepted it. Rows left in the spool (table down,
/// process crashed) are written by <see cref="FlushSpoolAsync"/>, which <see cref="LedgerSpoolFlusher"/> runs at
/// startup and on an interval. A row the table rejects as invalid (HTTP 400) is renamed <c>*.rejected</c> and kept.</para>
/// </summary>
internal sealed class TableSpendLedger(LedgerTables tables, LedgerSpool spool, ILogger<TableSpendLedger> logger) : ISpendLedger
{
    private int _down;

    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        LedgerEntryValidation.Validate(entry);
        var path = spool.PathFor(entry);
        using (await spool.LockAsync(path, cancellationToken).ConfigureAwait(false))
        {
            await spool.WriteAsync(path, entry, cancellationToken).ConfigureAwait(false);
            // Durable from here on: table trouble or cancellation only delays the row.
            await TryWriteAsync(path, entry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes spooled rows to the table; stops at the first sign the table is still down. Returns rows written.</summary>
    public async Task<int> FlushSpoolAsync(CancellationToken cancellationToken = default)
    {
        var written = 0;
        foreach (var path in spool.PendingFiles())
        {
            using (await spool.LockAsync(path, cancellationToken).ConfigureAwait(false))
            {
                var entry = await ReadOrSetAsideAsync(path, cancellationToken).ConfigureAwait(false);
                if (entry is null)
                {
                    continue;
                }

                var outcome = await TryWriteAsync(path, entry, cancellationToken).ConfigureAwait(false);
                if (outcome == WriteOutcome.Unavailable)
                {
                    break;
                }

                written += outcome == WriteOutcome.Written ? 1 : 0;
            }
        }

        return written;
    }

    public async IAsyncEnumerable<LedgerEntry> QueryAsync(LedgerQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var table = await tables.LedgerAsync(cancellationToken).ConfigureAwait(false);
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

    private async Task<WriteOutcome> TryWriteAsync(string path, LedgerEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            var table = await tables.LedgerAsync(cancellationToken).ConfigureAwait(false);
            await table.UpsertEntityAsync(LedgerEntityMapper.ToEntity(entry), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            LedgerSpool.Delete(path);
            if (Interlocked.Exchange(ref _down, 0) == 1)
            {
                LedgerLog.TableRecovered(logger);
            }

            return WriteOutcome.Written;
        }
        catch (RequestFailedException ex) when (ex.Status == 400)
        {
            File.Move(path, path + ".rejected", overwrite: true);
            LedgerLog.SpoolFileCorrupt(logger, ex, Path.GetFileName(path));
            return WriteOutcome.Rejected;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            // Any other failure (network, auth, throttling, timeout, cancellation) leaves the row in the spool.
            if (Interlocked.Exchange(ref _down, 1) == 0)
            {
                LedgerLog.TableUnavailable(logger, ex.GetType().Name, spool.DirectoryPath);
            }

            return WriteOutcome.Unavailable;
        }
    }

    private async Task<LedgerEntry?> ReadOrSetAsideAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await spool.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            File.Move(path, path + ".corrupt", overwrite: true);
            LedgerLog.SpoolFileCorrupt(logger, ex, Path.GetFileName(path));
            return null;
        }
    }

    private enum WriteOutcome
    {
        Written,
        Unavailable,
        Rejected,
    }
}
