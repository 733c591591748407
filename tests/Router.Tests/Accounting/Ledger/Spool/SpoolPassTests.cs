using System.Text.Json;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Spool;
using Router.Tests.Caching;

namespace Router.Tests.Accounting.Ledger.Spool;

public sealed class SpoolPassTests
{
    private readonly string _directory = LedgerTestData.TempDirectory();
    private readonly LedgerSpool _spool;

    public SpoolPassTests() => _spool = new LedgerSpool(Options.Create(new LedgerOptions { SpoolDirectory = _directory }));

    [Fact]
    public async Task ReadAsync_FilesPastTheLimit_WholeFilesOnlyUntilLimitReached()
    {
        var files = new[] { Batch("a", 3), Batch("b", 3), Batch("c", 3) };

        var pass = await SpoolPass.ReadAsync(_spool, files, maxRows: 5, CancellationToken.None);

        Assert.Equal(files[..2], pass.Files);
        Assert.Equal(["a0", "a1", "a2", "b0", "b1", "b2"], pass.Rows.Select(r => r.RequestId));
    }

    [Fact]
    public async Task Complete_RowRejected_KeptBesideItsOwnFileAllFilesDeleted()
    {
        var files = new[] { Batch("a", 2), Batch("b", 2) };
        var pass = await SpoolPass.ReadAsync(_spool, files, maxRows: 100, CancellationToken.None);
        var logger = new RecordingLogger<SpoolPassTests>();

        pass.Complete([3], logger);

        var kept = Assert.Single(Directory.GetFiles(_directory));
        Assert.Equal(files[1] + LedgerSpool.RejectedSuffix, Path.GetFileName(kept));
        Assert.Equal("b1", JsonSerializer.Deserialize(Assert.Single(File.ReadAllLines(kept)), LedgerJsonContext.Default.LedgerEntry)!.RequestId);
        Assert.Single(logger.Entries);
    }

    private string Batch(string prefix, int rows) => _spool.WriteBatch(Enumerable.Range(0, rows)
        .Select(i => JsonSerializer.SerializeToUtf8Bytes(LedgerTestData.Entry("acme", $"{prefix}{i}"), LedgerJsonContext.Default.LedgerEntry)));
}
