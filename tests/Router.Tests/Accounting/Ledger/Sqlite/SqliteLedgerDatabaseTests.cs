using Microsoft.Extensions.Options;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Sqlite;

namespace Router.Tests.Accounting.Ledger.Sqlite;

public sealed class SqliteLedgerDatabaseTests
{
    private readonly string _directory = LedgerTestData.TempDirectory();

    [Theory]
    [InlineData(null, 1L)] // default Normal: no fsync per commit in WAL mode
    [InlineData("Full", 2L)]
    [InlineData("Normal", 1L)]
    public async Task OpenAsync_SqliteSynchronous_AppliedToEveryConnection(string? setting, long expected)
    {
        var options = new LedgerOptions { SqlitePath = Path.Combine(_directory, "ledger.db") };
        if (setting is not null)
        {
            options.SqliteSynchronous = setting;
        }

        var database = new SqliteLedgerDatabase(Options.Create(options));

        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous";

        Assert.Equal(expected, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWriters_RunOneAtATime()
    {
        var database = new SqliteLedgerDatabase(LedgerTestData.SqliteOptions(_directory));
        var inside = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => database.WriteAsync(async _ =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            await Task.Delay(2);
            Interlocked.Decrement(ref inside);
        }, CancellationToken.None))));

        Assert.Equal(1, most);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
