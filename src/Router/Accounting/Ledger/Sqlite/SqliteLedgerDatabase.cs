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

    public SqliteLedgerDatabase(IOptions<LedgerOptions> options)
    {
        FilePath = Path.GetFullPath(options.Value.SqlitePath);
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
        return connection;
    }

    /// <summary>Days are ISO strings, so string order is date order.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
