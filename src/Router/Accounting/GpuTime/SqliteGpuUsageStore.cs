using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Router.Accounting.Ledger.Sqlite;

namespace Router.Accounting.GpuTime;

/// <summary>The GpuUsage tables in the embedded ledger file; rows are JSON beside the time they are queried by.</summary>
internal sealed class SqliteGpuUsageStore : IGpuUsageStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS gpu_usage_sample (
            instance_id TEXT NOT NULL, sampled_at INTEGER NOT NULL, sample TEXT NOT NULL, PRIMARY KEY (instance_id, sampled_at));
        CREATE INDEX IF NOT EXISTS gpu_usage_sample_by_time ON gpu_usage_sample (sampled_at);
        CREATE TABLE IF NOT EXISTS gpu_allocation (window_start INTEGER PRIMARY KEY, allocation TEXT NOT NULL);
        """;

    private readonly SqliteLedgerDatabase _database;

    public SqliteGpuUsageStore(SqliteLedgerDatabase database)
    {
        _database = database;
        using var connection = new SqliteConnection($"Data Source={database.FilePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    public Task AddSampleAsync(GpuUsageSample sample, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(async connection =>
        {
            var command = connection.CreateCommand();
            await using var commandLifetime = command.ConfigureAwait(false);
            command.CommandText = "INSERT OR REPLACE INTO gpu_usage_sample (instance_id, sampled_at, sample) VALUES ($i, $t, $s)";
            command.Parameters.AddWithValue("$i", sample.InstanceId);
            command.Parameters.AddWithValue("$t", sample.SampledAt.UtcTicks);
            command.Parameters.AddWithValue("$s", JsonSerializer.Serialize(sample));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<GpuUsageSample>> SamplesAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        ReadAsync<GpuUsageSample>("SELECT sample FROM gpu_usage_sample WHERE sampled_at >= $from AND sampled_at < $to ORDER BY sampled_at", from, to, cancellationToken);

    public Task SaveAllocationAsync(GpuAllocation allocation, CancellationToken cancellationToken = default) =>
        _database.WriteAsync(async connection =>
        {
            var command = connection.CreateCommand();
            await using var commandLifetime = command.ConfigureAwait(false);
            command.CommandText = "INSERT OR REPLACE INTO gpu_allocation (window_start, allocation) VALUES ($t, $a)";
            command.Parameters.AddWithValue("$t", allocation.WindowStart.UtcTicks);
            command.Parameters.AddWithValue("$a", JsonSerializer.Serialize(allocation));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<GpuAllocation>> AllocationsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        ReadAsync<GpuAllocation>("SELECT allocation FROM gpu_allocation WHERE window_start >= $from AND window_start < $to ORDER BY window_start", from, to, cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string sql, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var connectionLifetime = connection.ConfigureAwait(false);
        var command = connection.CreateCommand();
        await using var commandLifetime = command.ConfigureAwait(false);
        command.CommandText = sql;
        command.Parameters.AddWithValue("$from", from.UtcTicks);
        command.Parameters.AddWithValue("$to", to.UtcTicks);
        var rows = new List<T>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var readerLifetime = reader.ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(JsonSerializer.Deserialize<T>(reader.GetString(0))!);
        }

        return rows;
    }
}
