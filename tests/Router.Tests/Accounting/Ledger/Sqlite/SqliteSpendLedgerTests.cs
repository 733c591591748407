using Router.Accounting;
using Router.Accounting.Ledger.Sqlite;

namespace Router.Tests.Accounting.Ledger.Sqlite;

public sealed class SqliteSpendLedgerTests : SpendLedgerContractTests, IDisposable
{
    private readonly string _directory = LedgerTestData.TempDirectory();
    private readonly List<SqliteRowWriter> _writers = [];

    public void Dispose() => _writers.ForEach(w => w.Dispose());

    private protected override Task<ISpendLedger> CreateLedgerAsync() => Task.FromResult(Open());

    private ISpendLedger Open()
    {
        var database = new SqliteLedgerDatabase(LedgerTestData.SqliteOptions(_directory));
        var writer = new SqliteRowWriter(database);
        _writers.Add(writer);
        return new SqliteSpendLedger(database, writer);
    }

    [Fact]
    public async Task RecordAsync_ReopenedFile_RowsStillThere()
    {
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1"));

        Ledger = Open();

        Assert.Single(await QueryAsync(Tenant));
    }

    [Fact]
    public async Task RecordAsync_ManyConcurrentWriters_EveryRowStored()
    {
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() => Ledger.RecordAsync(LedgerTestData.Entry(Tenant, $"req-{i}")))));

        Assert.Equal(100, (await QueryAsync(Tenant)).Count);
    }
}

