using System.ComponentModel.DataAnnotations;

namespace Router.Accounting.Ledger;

/// <summary>Bound from configuration section "Ledger". Neither Tables key set ⇒ the embedded SQLite ledger.</summary>
public sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public LedgerTablesOptions Tables { get; set; } = new();

    /// <summary>Durable local outbox: a Table Storage row is written here before the table is tried.</summary>
    [Required]
    public string SpoolDirectory { get; set; } = ".data/ledger-spool";

    /// <summary>How often spooled rows are retried.</summary>
    public TimeSpan SpoolFlushInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The embedded ledger's database file (used when no Table Storage is configured).</summary>
    [Required]
    public string SqlitePath { get; set; } = ".data/ledger.db";

    /// <summary>
    /// SQLite's <c>synchronous</c> setting for the embedded ledger (WAL mode). <c>Normal</c>: a committed row survives
    /// a crash or kill of the process, and the file is never corrupted, but the last commits may roll back on power
    /// loss or an OS crash; no fsync per row (one fsync cost ~4 ms here, more than the router's whole overhead).
    /// <c>Full</c>: every commit is fsync'd.
    /// </summary>
    [RegularExpression("^(Normal|Full)$")]
    public string SqliteSynchronous { get; set; } = "Normal";
}

public sealed class LedgerTablesOptions
{
    /// <summary>Table service URI, used with DefaultAzureCredential (managed identity in Azure).</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Connection string (Azurite locally). Wins over <see cref="Endpoint"/> when both are set.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Prepended to both table names; lets tests and side-by-side deployments use their own tables.</summary>
    [RegularExpression("^([A-Za-z][A-Za-z0-9]*)?$")]
    public string TablePrefix { get; set; } = "";

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Per-try network timeout; short, because a slow table only delays the spool, never loses rows.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Rows this process has spooled that the table does not hold yet, beyond which recording a row also waits for
    /// the table (back-pressure, so sustained overload slows callers rather than filling the disk). Not while the
    /// table is down: then rows stay spooled, however many. After an outage the limit counts from what it left.
    /// </summary>
    [Range(1, 10_000_000)]
    public int MaxBacklogRows { get; set; } = 10_000;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(Endpoint);

    public string LedgerTableName => TablePrefix + "RouterLedger";

    public string RollupTableName => TablePrefix + "RouterDailyRollup";

    /// <summary>The worker's billable-time samples and each window's allocation (see docs/cost-model.md).</summary>
    public string GpuUsageTableName => TablePrefix + "GpuUsage";
}
