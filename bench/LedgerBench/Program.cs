using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Spool;
using Router.Accounting.Ledger.Tables;

// Records --rows ledger rows from --concurrency callers into Table Storage (Azurite: ROUTER_TEST_STORAGE) through
// TableSpendLedger and prints how fast callers were released and how fast the rows reached the table.
// Count fsyncs by running it under `strace -f --seccomp-bpf -c -e trace=fsync,fdatasync` (scripts/bench-ledger.sh).
var rows = Arg("--rows", 5000);
var concurrency = Arg("--concurrency", 50);
var tenants = Arg("--tenants", 4);
var storage = Environment.GetEnvironmentVariable("ROUTER_TEST_STORAGE")
    ?? throw new InvalidOperationException("ROUTER_TEST_STORAGE is not set: eval \"$(scripts/services.sh env)\"");
var spool = Path.Combine(Path.GetTempPath(), "ledger-bench", Guid.NewGuid().ToString("N"));
var options = Options.Create(new LedgerOptions
{
    SpoolDirectory = spool,
    Tables = new LedgerTablesOptions { ConnectionString = storage, TablePrefix = "bench" + Guid.NewGuid().ToString("N")[..8] },
});
var ledger = new TableSpendLedger(new LedgerTables(options), new LedgerSpool(options), NullLogger<TableSpendLedger>.Instance);
var run = Guid.NewGuid().ToString("N")[..8];

await RecordAsync("warm", 200);
var total = Stopwatch.StartNew();
var recorded = await RecordAsync(run, rows);
// Rows whose RecordAsync returned may still be on their way to the table: wait until the spool is empty.
while (Directory.EnumerateFiles(spool).Any(f => !f.EndsWith(".tmp", StringComparison.Ordinal)))
{
    await Task.Delay(5);
}

var inTable = total.Elapsed;
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var stored = 0;
await foreach (var entry in ledger.QueryAsync(new LedgerQuery(today, today)))
{
    stored += entry.RequestId.StartsWith(run, StringComparison.Ordinal) ? 1 : 0;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"rows {rows}, concurrency {concurrency}, tenants {tenants}: callers released {recorded.TotalSeconds:F2} s ({rows / recorded.TotalSeconds:F0} rows/s), " +
    $"all in table {inTable.TotalSeconds:F2} s ({rows / inTable.TotalSeconds:F0} rows/s), rows found {stored}"));
((object)ledger as IDisposable)?.Dispose();
await new TableServiceClient(storage).DeleteTableAsync(options.Value.Tables.LedgerTableName);
Directory.Delete(spool, recursive: true);
return stored == rows ? 0 : 1;

async Task<TimeSpan> RecordAsync(string prefix, int count)
{
    var next = -1;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
    {
        for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
        {
            await ledger.RecordAsync(Entry($"tenant-{i % tenants}", $"{prefix}-{i}"));
        }
    })));
    return clock.Elapsed;
}

static LedgerEntry Entry(string tenant, string requestId) => new()
{
    TenantId = tenant,
    RequestId = requestId,
    Timestamp = DateTimeOffset.UtcNow,
    Source = "http",
    Route = "private-small",
    Backend = "gpu-worker",
    Model = "qwen2.5-7b",
    Sensitivity = "none",
    EntityTypes = [],
    Difficulty = 0.31,
    Threshold = 0.5,
    Reasons = ["difficulty 0.31 < 0.50", "tenant default"],
    PromptTokens = 812,
    CompletionTokens = 95,
    InputPricePerMillionUsd = 2.5m,
    OutputPricePerMillionUsd = 10m,
    CostUsd = 0.0012m,
    PremiumCostUsd = 0.015m,
    LatencyMs = 120,
    GpuSeconds = 0.42,
    Status = "ok",
};

int Arg(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
