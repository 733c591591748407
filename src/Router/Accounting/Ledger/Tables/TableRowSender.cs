using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;

namespace Router.Accounting.Ledger.Tables;

/// <summary>
/// Writes ledger rows to the table in entity-group transactions: one per partition and up to 100 rows
/// (Table Storage's limits), each row an <see cref="TableTransactionActionType.UpsertReplace"/> so a redelivered
/// request replaces its row. A few transactions run at once, since each is a round trip.
/// </summary>
internal sealed class TableRowSender(LedgerTables tables)
{
    internal const int MaxPerTransaction = 100;
    private const int Parallelism = 4;

    /// <summary>Sends the rows; says how many distinct rows the table now holds and which (indexes) it rejected as
    /// invalid. Throws when the table is unavailable: rows sent before that are in it, and sending again is harmless.</summary>
    public async Task<SendResult> SendAsync(IReadOnlyList<LedgerEntry> rows, CancellationToken cancellationToken)
    {
        var table = await tables.LedgerAsync(cancellationToken).ConfigureAwait(false);
        var entities = rows.Select(LedgerEntityMapper.ToEntity).ToList();
        // A transaction may touch an entity once; a later row for the same request is its redelivery, so it wins.
        var latest = new Dictionary<(string, string), int>();
        for (var i = 0; i < entities.Count; i++)
        {
            latest[(entities[i].PartitionKey, entities[i].RowKey)] = i;
        }

        var distinct = latest.Count;
        var rejected = new ConcurrentBag<RejectedRow>();
        foreach (var (key, i) in latest.ToList())
        {
            // A key the service can never take is refused here, so one bad row cannot fail its whole transaction.
            if (KeyViolation(entities[i]) is { } violation)
            {
                rejected.Add(new RejectedRow(i, TableKeyRules.RefusedStatus, $"not sent: {violation}"));
                latest.Remove(key);
            }
        }

        var transactions = latest.Values.Order()
            .GroupBy(i => entities[i].PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxPerTransaction));
        await Parallel.ForEachAsync(
            transactions,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (indexes, token) => await SubmitAsync(table, [.. indexes.Select(i => (i, entities[i]))], rejected, token).ConfigureAwait(false))
            .ConfigureAwait(false);
        return new SendResult(distinct - rejected.Count, [.. rejected]);
    }

    private static string? KeyViolation(TableEntity entity) =>
        TableKeyRules.Violation("PartitionKey", entity.PartitionKey) ?? TableKeyRules.Violation("RowKey", entity.RowKey);

    private static async Task SubmitAsync(TableClient table, (int Index, TableEntity Entity)[] rows, ConcurrentBag<RejectedRow> rejected, CancellationToken cancellationToken)
    {
        try
        {
            var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.Entity));
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (IsPermanentForTheRows(e))
        {
            // One bad entity fails its whole transaction; single upserts find it and let the others through.
            foreach (var (index, entity) in rows)
            {
                try
                {
                    await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException single) when (IsPermanentForTheRows(single))
                {
                    rejected.Add(new RejectedRow(index, single.Status, Reason(single)));
                }
            }
        }
    }

    /// <summary>
    /// A 4xx says this request cannot succeed as sent (a property too large, a key too long: Azurite answers 431 to
    /// an 8,000-character tenant), so retrying the row can only stall the spool behind it. Except: 408 and 429 are
    /// transient by definition, and 401, 403 and 404 describe the account or the table, not the row (a rotated
    /// credential must not dead-letter every row). 5xx and network failures are transient.
    /// </summary>
    internal static bool IsPermanentForTheRows(RequestFailedException e) =>
        e.Status is >= 400 and < 500 and not (401 or 403 or 404 or 408 or 429);

    private static string Reason(RequestFailedException e) =>
        string.IsNullOrEmpty(e.ErrorCode) ? $"HTTP {e.Status}" : $"HTTP {e.Status} {e.ErrorCode}";
}

/// <summary>A row the table will never take as sent: its index in the batch, the status and why.</summary>
internal sealed record RejectedRow(int Index, int Status, string Reason);

internal sealed record SendResult(int Written, IReadOnlyCollection<RejectedRow> Rejected);
