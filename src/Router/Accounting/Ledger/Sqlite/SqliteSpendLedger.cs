using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Router.Accounting.Ledger.Sqlite;

/// <summary>
/// Embedded ledger when no Table Storage is configured. The primary key (tenant, request id) makes a rewrite of
/// the same request replace its row. A local file is already durable, so no spool is needed.
/// </summary>
internal sealed class SqliteSpendLedger(SqliteLedgerDatabase database) : ISpendLedger
{
    public async Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default)
    {
        LedgerEntryValidation.Validate(entry);
        var json = JsonSerializer.Serialize(entry);
        await database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO ledger (tenant_id, request_id, day, entry) VALUES ($tenant, $request, $day, $entry)
                ON CONFLICT (tenant_id, request_id) DO UPDATE SET day = excluded.day, entry = excluded.entry
                """;
            command.Parameters.AddWithValue("$tenant", entry.TenantId);
            command.Parameters.AddWithValue("$request", entry.RequestId);
            command.Parameters.AddWithValue("$day", SqliteLedgerDatabase.Day(DateOnly.FromDateTime(entry.Timestamp.UtcDateTime)));
            command.Parameters.AddWithValue("$entry", json);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<LedgerEntry> QueryAsync(LedgerQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entry FROM ledger WHERE day BETWEEN $from AND $to AND ($tenant IS NULL OR tenant_id = $tenant)";
        command.Parameters.AddWithValue("$from", SqliteLedgerDatabase.Day(query.From));
        command.Parameters.AddWithValue("$to", SqliteLedgerDatabase.Day(query.To));
        command.Parameters.AddWithValue("$tenant", (object?)query.TenantId ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return JsonSerializer.Deserialize<LedgerEntry>(reader.GetString(0))!;
        }
    }
}
