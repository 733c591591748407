using System.Globalization;
using System.Text.Json;
using Router.Accounting.Ledger.Sqlite;

namespace Router.Accounting.Reporting.Sqlite;

/// <summary>Roll-ups in the embedded ledger file; a day's replacement is one transaction.</summary>
internal sealed class SqliteRollupStore(SqliteLedgerDatabase database) : IRollupStore
{
    public async Task ReplaceDayAsync(DateOnly day, IReadOnlyList<DailyRollup> rows, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionLifetime = connection.ConfigureAwait(false);
        var transaction = connection.BeginTransaction();
        await using var transactionLifetime = transaction.ConfigureAwait(false);
        var dayText = SqliteLedgerDatabase.Day(day);
        var delete = connection.CreateCommand();
        await using (delete.ConfigureAwait(false))
        {
            delete.CommandText = "DELETE FROM daily_rollup WHERE day = $day; INSERT OR IGNORE INTO rolled_up_day (day) VALUES ($day);";
            delete.Parameters.AddWithValue("$day", dayText);
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var row in rows)
        {
            var insert = connection.CreateCommand();
            await using var insertLifetime = insert.ConfigureAwait(false);
            insert.CommandText = "INSERT INTO daily_rollup (day, tenant_id, route, model, rollup) VALUES ($day, $tenant, $route, $model, $rollup)";
            insert.Parameters.AddWithValue("$day", dayText);
            insert.Parameters.AddWithValue("$tenant", row.TenantId);
            insert.Parameters.AddWithValue("$route", row.Route);
            insert.Parameters.AddWithValue("$model", row.Model);
            insert.Parameters.AddWithValue("$rollup", JsonSerializer.Serialize(row));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DailyRollup>> QueryAsync(DateOnly from, DateOnly to, string? tenantId, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionLifetime = connection.ConfigureAwait(false);
        var command = connection.CreateCommand();
        await using var commandLifetime = command.ConfigureAwait(false);
        command.CommandText = "SELECT rollup FROM daily_rollup WHERE day BETWEEN $from AND $to AND ($tenant IS NULL OR tenant_id = $tenant)";
        command.Parameters.AddWithValue("$from", SqliteLedgerDatabase.Day(from));
        command.Parameters.AddWithValue("$to", SqliteLedgerDatabase.Day(to));
        command.Parameters.AddWithValue("$tenant", (object?)tenantId ?? DBNull.Value);
        var rows = new List<DailyRollup>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerLifetime = reader.ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(JsonSerializer.Deserialize<DailyRollup>(reader.GetString(0))!);
        }

        return rows;
    }

    public async Task<IReadOnlySet<DateOnly>> RolledUpDaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionLifetime = connection.ConfigureAwait(false);
        var command = connection.CreateCommand();
        await using var commandLifetime = command.ConfigureAwait(false);
        command.CommandText = "SELECT day FROM rolled_up_day WHERE day BETWEEN $from AND $to";
        command.Parameters.AddWithValue("$from", SqliteLedgerDatabase.Day(from));
        command.Parameters.AddWithValue("$to", SqliteLedgerDatabase.Day(to));
        var days = new HashSet<DateOnly>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerLifetime = reader.ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            days.Add(DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return days;
    }
}
