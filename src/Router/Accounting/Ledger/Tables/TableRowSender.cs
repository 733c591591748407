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

        var transactions = latest.Values.Order()
            .GroupBy(i => entities[i].PartitionKey, StringComparer.Ordinal)
            .SelectMany(partition => partition.Chunk(MaxPerTransaction));
        var rejected = new ConcurrentBag<int>();
        await Parallel.ForEachAsync(
            transactions,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (indexes, token) => await SubmitAsync(table, [.. indexes.Select(i => (i, entities[i]))], rejected, token).ConfigureAwait(false))
            .ConfigureAwait(false);
        return new SendResult(latest.Count - rejected.Count, [.. rejected]);
    }

    private static async Task SubmitAsync(TableClient table, (int Index, TableEntity Entity)[] rows, ConcurrentBag<int> rejected, CancellationToken cancellationToken)
    {
        try
        {
            var actions = rows.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r.Entity));
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (IsInvalid(e))
        {
            // One bad entity fails its whole transaction; single upserts find it and let the others through.
            foreach (var (index, entity) in rows)
            {
                try
                {
                    await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException single) when (IsInvalid(single))
                {
                    rejected.Add(index);
                }
            }
        }
    }

    /// <summary>400: the request itself is bad (a property too large, a value out of range); 413: a transaction
    /// over 4 MB. Retrying the same request cannot help. Anything else (network, 5xx, throttling, auth) may.</summary>
    private static bool IsInvalid(RequestFailedException e) => e.Status is 400 or 413;
}

internal sealed record SendResult(int Written, IReadOnlyCollection<int> Rejected);
