using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Router.Accounting.Ledger.Sqlite;

/// <summary>
/// The embedded ledger file: raw rows keyed by (tenant, request) and daily roll-ups. Rows are stored as JSON
/// (System.Text.Json writes decimals exactly) beside the columns queries filter on.
/// </summary>
internal sealed class SqliteLedgerDatabase
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS ledger (
            tenant_id TEXT NOT NULL, request_id TEXT NOT NULL, day TEXT NOT NULL, entry TEXT NOT NULL,
            PRIMARY KEY (tenant_id, request_id));
        CREATE INDEX IF NOT EXISTS ledger_by_day ON ledger (day, tenant_id);
        CREATE TABLE IF NOT EXISTS daily_rollup (
            day TEXT NOT NULL, tenant_id TEXT NOT NULL, route TEXT NOT NULL, model TEXT NOT NULL, rollup TEXT NOT NULL,
            PRIMARY KEY (day, tenant_id, route, model));
        CREATE TABLE IF NOT EXISTS rolled_up_day (day TEXT PRIMARY KEY);
        """;

    private readonly string _connectionString;
    private readonly string _synchronous;

    // SQLite allows one writer at a time; concurrent writers get SQLITE_BUSY and Microsoft.Data.Sqlite then sleeps
    // 150 ms before retrying (seen as p99 of ~1 s at 50 concurrent requests). Queueing writers here costs microseconds.
    private readonly SemaphoreSlim _writer = new(1, 1);

    public SqliteLedgerDatabase(IOptions<LedgerOptions> options)
    {
        FilePath = Path.GetFullPath(options.Value.SqlitePath);
        _synchronous = options.Value.SqliteSynchronous.Equals("Full", StringComparison.OrdinalIgnoreCase) ? "FULL" : "NORMAL";
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
    }

    public string FilePath { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Per connection, not stored in the file: set on every open (pooled connections keep it; it costs microseconds).
        var command = connection.CreateCommand();
        await using var commandLifetime = command.ConfigureAwait(false);
        command.CommandText = $"PRAGMA synchronous = {_synchronous}";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Runs a write with the file's single writer slot held.</summary>
    public async Task WriteAsync(Func<SqliteConnection, Task> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var connectionLifetime = connection.ConfigureAwait(false);
            await write(connection).ConfigureAwait(false);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Days are ISO strings, so string order is date order.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
