using System.Text.Json;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Spool;

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
        var logger = new FakeLogger<SpoolPassTests>();
        long deadLettered = 0;
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "router.ledger.dead_lettered")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "http.response.status_code" && (int)t.Value! == 400))
            {
                Interlocked.Add(ref deadLettered, value);
            }
        });
        listener.Start();

        pass.Complete([new Router.Accounting.Ledger.Tables.RejectedRow(3, 400, "HTTP 400 PropertyValueTooLarge")], logger);

        var kept = Assert.Single(Directory.GetFiles(_directory));
        Assert.Equal(files[1] + LedgerSpool.RejectedSuffix, Path.GetFileName(kept));
        var dead = JsonSerializer.Deserialize(Assert.Single(File.ReadAllLines(kept)), LedgerJsonContext.Default.DeadLetteredRow)!;
        Assert.Equal(("b1", "HTTP 400 PropertyValueTooLarge"), (dead.Entry.RequestId, dead.Reason));
        Assert.Single(logger.Collector.GetSnapshot());
        Assert.True(Interlocked.Read(ref deadLettered) >= 1); // other tests may dead-letter at the same time
    }

    private string Batch(string prefix, int rows) => _spool.WriteBatch(Enumerable.Range(0, rows)
        .Select(i => JsonSerializer.SerializeToUtf8Bytes(LedgerTestData.Entry("acme", $"{prefix}{i}"), LedgerJsonContext.Default.LedgerEntry)));
}
