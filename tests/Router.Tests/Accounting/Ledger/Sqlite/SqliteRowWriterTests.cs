using Router.Accounting.Ledger.Sqlite;

namespace Router.Tests.Accounting.Ledger.Sqlite;

public sealed class SqliteRowWriterTests : IDisposable
{
    private readonly SqliteLedgerDatabase _database = new(LedgerTestData.SqliteOptions(LedgerTestData.TempDirectory()));
    private readonly SqliteRowWriter _writer;

    public SqliteRowWriterTests() => _writer = new SqliteRowWriter(_database);

    public void Dispose() => _writer.Dispose();

    [Fact]
    public async Task WriteAsync_OneBadRowAmongMany_OnlyThatRowFails()
    {
        // A missing day cannot be bound: the batch holding it fails and is retried row by row.
        var writes = Enumerable.Range(0, 50)
            .Select(i => _writer.WriteAsync("t", $"req-{i}", i == 25 ? null! : "2026-11-23", "{}"))
            .ToList();

        await Assert.ThrowsAsync<InvalidOperationException>(() => writes[25]);
        await Task.WhenAll(writes.Where((_, i) => i != 25));
        Assert.Equal(49, await CountAsync());
    }

    [Fact]
    public async Task WriteAsync_SameRequestTwice_LaterRowWins()
    {
        await Task.WhenAll(_writer.WriteAsync("t", "req-1", "2026-11-23", "{\"v\":1}"), _writer.WriteAsync("t", "req-1", "2026-11-23", "{\"v\":2}"));

        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entry FROM ledger";
        Assert.Equal("{\"v\":2}", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task DisposeAsync_RowsStillQueued_AllWrittenFirst()
    {
        var writes = Enumerable.Range(0, 500).Select(i => _writer.WriteAsync("t", $"req-{i}", "2026-11-23", "{}")).ToList();

        await _writer.DisposeAsync();

        Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
        Assert.Equal(500, await CountAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _writer.WriteAsync("t", "late", "2026-11-23", "{}"));
    }

    private async Task<long> CountAsync()
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ledger";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
