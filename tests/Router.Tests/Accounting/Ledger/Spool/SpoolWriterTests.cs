using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Options;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Spool;

namespace Router.Tests.Accounting.Ledger.Spool;

public sealed class SpoolWriterTests : IAsyncLifetime
{
    private readonly string _directory = LedgerTestData.TempDirectory();
    private readonly ConcurrentQueue<string> _batches = new();
    private SpoolWriter _writer = null!;

    public Task InitializeAsync()
    {
        _writer = new SpoolWriter(new LedgerSpool(Options.Create(new LedgerOptions { SpoolDirectory = _directory })), (batch, _) => _batches.Enqueue(batch));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _writer.DisposeAsync();

    [Fact]
    public async Task WriteAsync_ManyConcurrentRows_FewBatchFilesEveryRowOnceAndAnnouncedBeforeDurable()
    {
        var writes = Enumerable.Range(0, 2000).Select(i => Task.Run(async () =>
        {
            await _writer.WriteAsync(Row(i));
            // Told durable only after its batch was handed on, so a later query can wait for it.
            Assert.Contains(_batches, b => File.ReadAllText(Path.Combine(_directory, b)).Contains($"\"r{i}\"", StringComparison.Ordinal));
        }));

        await Task.WhenAll(writes);

        var lines = Directory.GetFiles(_directory).SelectMany(File.ReadAllLines).ToList();
        Assert.Equal(2000, lines.Count);
        Assert.Equal(2000, lines.Distinct().Count());
        Assert.True(_batches.Count < 1000, $"{_batches.Count} batches for 2000 rows: no group commit");
        Assert.All(_batches, b => Assert.True(File.ReadAllLines(Path.Combine(_directory, b)).Length <= SpoolWriter.MaxBatch));
    }

    [Fact]
    public async Task DisposeAsync_RowsStillQueued_AllWrittenFirst()
    {
        var writes = Enumerable.Range(0, 500).Select(i => _writer.WriteAsync(Row(i))).ToList();

        await _writer.DisposeAsync();

        Assert.All(writes, w => Assert.True(w.IsCompletedSuccessfully));
        Assert.Equal(500, Directory.GetFiles(_directory).Sum(f => File.ReadAllLines(f).Length));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _writer.WriteAsync(Row(501)));
    }

    [Fact]
    public async Task WriteAsync_SpoolDirectoryGone_CallersFailNotTold()
    {
        Directory.Delete(_directory, recursive: true);

        await Assert.ThrowsAnyAsync<IOException>(() => _writer.WriteAsync(Row(1)));
        Assert.Empty(_batches);
    }

    private static byte[] Row(int i) => Encoding.UTF8.GetBytes($"{{\"id\":\"r{i}\"}}");
}
