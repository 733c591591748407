using Azure.Data.Tables;
using Router.Accounting;
using Router.Accounting.Ledger.Spool;
using Router.Accounting.Ledger.Sqlite;
using Router.Accounting.Ledger.Tables;
using Router.Accounting.Reporting;
using Router.Accounting.Reporting.Sqlite;
using Router.Accounting.Reporting.Tables;
using Router.Tests.Accounting.Ledger;

namespace Router.Tests.Accounting.Reporting;

/// <summary>A ledger and its roll-up store, both on one backing store, created fresh per test.</summary>
internal sealed record ReportingStores(ISpendLedger Ledger, IRollupStore Rollups, Func<Task> Cleanup)
{
    public static ReportingStores Sqlite()
    {
        var database = new SqliteLedgerDatabase(LedgerTestData.SqliteOptions(LedgerTestData.TempDirectory()));
        var writer = new SqliteRowWriter(database);
        return new(new SqliteSpendLedger(database, writer), new SqliteRollupStore(database), () => writer.DisposeAsync().AsTask());
    }

    public static ReportingStores Tables()
    {
        var options = LedgerTestData.TableOptions(TestEnvironment.Storage, LedgerTestData.TempDirectory());
        var tables = new LedgerTables(options);
        var ledger = new TableSpendLedger(tables, new LedgerSpool(options), new FakeLogger<TableSpendLedger>());
        return new(ledger, new TableRollupStore(tables), async () =>
        {
            await ledger.DisposeAsync();
            var service = new TableServiceClient(TestEnvironment.Storage);
            await service.DeleteTableAsync(options.Value.Tables.LedgerTableName);
            await service.DeleteTableAsync(options.Value.Tables.RollupTableName);
        });
    }
}
