using Router.Accounting;
using Router.Accounting.Ledger.Sqlite;

namespace Router.Tests.Accounting.Ledger.Sqlite;

public sealed class SqliteSpendLedgerTests : SpendLedgerContractTests
{
    private readonly string _directory = LedgerTestData.TempDirectory();

    private protected override Task<ISpendLedger> CreateLedgerAsync() =>
        Task.FromResult<ISpendLedger>(new SqliteSpendLedger(new SqliteLedgerDatabase(LedgerTestData.SqliteOptions(_directory))));

    [Fact]
    public async Task RecordAsync_ReopenedFile_RowsStillThere()
    {
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1"));

        Ledger = new SqliteSpendLedger(new SqliteLedgerDatabase(LedgerTestData.SqliteOptions(_directory)));

        Assert.Single(await QueryAsync(Tenant));
    }

    [Fact]
    public async Task RecordAsync_ManyConcurrentWriters_EveryRowStored()
    {
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => Ledger.RecordAsync(LedgerTestData.Entry(Tenant, $"req-{i}")))));

        Assert.Equal(100, (await QueryAsync(Tenant)).Count);
    }
}
