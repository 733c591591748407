using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Router.Accounting.Ledger.Sqlite;

/// <summary>
/// Embedded ledger when no Table Storage is configured. The primary key (tenant, request id) makes a rewrite of
/// the same request replace its row. A local file is already durable, so no spool is needed; rows are
/// group-committed by <see cref="SqliteRowWriter"/>.
/// </summary>
internal sealed class SqliteSpendLedger(SqliteLedgerDatabase database, SqliteRowWriter writer) : ISpendLedger
{
    public Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        LedgerEntryValidation.Validate(entry);
        var day = SqliteLedgerDatabase.Day(DateOnly.FromDateTime(entry.Timestamp.UtcDateTime));
        return writer.WriteAsync(entry.TenantId, entry.RequestId, day, JsonSerializer.Serialize(entry, LedgerJsonContext.Default.LedgerEntry), cancellationToken);
    }

    public async IAsyncEnumerable<LedgerEntry> QueryAsync(LedgerQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionLifetime = connection.ConfigureAwait(false);
        var command = connection.CreateCommand();
        await using var commandLifetime = command.ConfigureAwait(false);
        command.CommandText = "SELECT entry FROM ledger WHERE day BETWEEN $from AND $to AND ($tenant IS NULL OR tenant_id = $tenant)";
        command.Parameters.AddWithValue("$from", SqliteLedgerDatabase.Day(query.From));
        command.Parameters.AddWithValue("$to", SqliteLedgerDatabase.Day(query.To));
        command.Parameters.AddWithValue("$tenant", (object?)query.TenantId ?? DBNull.Value);
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerLifetime = reader.ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return JsonSerializer.Deserialize(reader.GetString(0), LedgerJsonContext.Default.LedgerEntry)!;
        }
    }
}
