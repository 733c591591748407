using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Spool;

namespace Router.Tests.Accounting.Ledger.Spool;

public sealed class LedgerSpoolTests
{
    private readonly string _directory = LedgerTestData.TempDirectory();

    [Fact]
    public async Task WriteBatchReadBatch_Rows_RoundTripInOrderOneLineEach()
    {
        var spool = NewSpool();
        var rows = Enumerable.Range(0, 3).Select(i => LedgerTestData.Entry("acme", $"req-{i}", sensitivity: "high")).ToList();

        var name = spool.WriteBatch(rows.Select(Json));

        var (read, bad) = await spool.ReadBatchAsync(name, CancellationToken.None);
        Assert.Equal(0, bad);
        Assert.Equal(rows.Count, read.Count);
        rows.Zip(read).ToList().ForEach(p => LedgerTestData.AssertSame(p.First, p.Second));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(_directory, name)).Length);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.99)]
    public async Task ReadBatchAsync_TornLastRow_WholeRowsKeptTornOneCounted(double keep)
    {
        var spool = NewSpool();
        var name = spool.WriteBatch(Enumerable.Range(0, 3).Select(i => Json(LedgerTestData.Entry("acme", $"req-{i}"))));
        var path = Path.Combine(_directory, name);
        var bytes = File.ReadAllBytes(path);
        var lastLineStart = Array.LastIndexOf(bytes, (byte)'\n', bytes.Length - 2) + 1;
        File.WriteAllBytes(path, bytes[..(lastLineStart + (int)((bytes.Length - lastLineStart) * keep))]);

        var (read, bad) = await spool.ReadBatchAsync(name, CancellationToken.None);

        Assert.Equal(["req-0", "req-1"], read.Select(r => r.RequestId));
        Assert.Equal(1, bad);
    }

    [Fact]
    public async Task ReadBatchAsync_ZeroFilledTailAndGarbageLine_OnlyWholeRowsReturned()
    {
        // What a crash can leave: the size grew but the data never reached the disk.
        var spool = NewSpool();
        var good = Encoding.UTF8.GetString(Json(LedgerTestData.Entry("acme", "req-1")));
        var name = "0000000000000001.jsonl";
        File.WriteAllText(Path.Combine(_directory, name), $"{good}\n{{\"TenantId\":\"acme\"}}\nnot json\n" + new string('\0', 300));

        var (read, bad) = await spool.ReadBatchAsync(name, CancellationToken.None);

        Assert.Equal("req-1", Assert.Single(read).RequestId);
        Assert.Equal(3, bad);
    }

    [Fact]
    public void WriteBatch_AfterRestart_NamesContinueAfterEveryExistingFile()
    {
        File.WriteAllText(Path.Combine(_directory, "0000000000000041.jsonl.rejected"), "");
        File.WriteAllText(Path.Combine(_directory, "0000000000000007.jsonl"), "");
        File.WriteAllText(Path.Combine(_directory, "0123456789012345678ab.json"), "");

        var name = NewSpool().WriteBatch([Json(LedgerTestData.Entry("acme", "req-1"))]);

        Assert.Equal("0000000000000042.jsonl", name);
    }

    [Fact]
    public void PendingBatches_MixedFiles_LegacyRowsFirstThenBatchesInWriteOrderNothingSetAside()
    {
        foreach (var file in new[] { "0000000000000010.jsonl", "0000000000000009.jsonl", "ffee.json", "0000000000000008.jsonl.rejected",
                     "0000000000000007.jsonl.corrupt", "aa01.json.1234.tmp" })
        {
            File.WriteAllText(Path.Combine(_directory, file), "");
        }

        Assert.Equal(["ffee.json", "0000000000000009.jsonl", "0000000000000010.jsonl"], NewSpool().PendingBatches());
    }

    [Fact]
    public async Task PendingBatches_WhileABatchIsBeingWritten_LeavesItOutUntilItIsWhole()
    {
        var spool = NewSpool();
        var earlier = spool.WriteBatch([Json(LedgerTestData.Entry("acme", "req-0"))]);
        using var firstRowTaken = new SemaphoreSlim(0);
        using var finish = new SemaphoreSlim(0);
        IEnumerable<byte[]> Rows()
        {
            yield return Json(LedgerTestData.Entry("acme", "req-1"));
            firstRowTaken.Release();
            finish.Wait();
            yield return Json(LedgerTestData.Entry("acme", "req-2"));
        }

        var writing = Task.Run(() => spool.WriteBatch(Rows()));
        await firstRowTaken.WaitAsync();
        var inProgress = Assert.Single(Directory.GetFiles(_directory).Select(f => Path.GetFileName(f)), n => n != earlier);

        Assert.Equal([earlier], spool.PendingBatches());
        finish.Release();
        Assert.Equal(inProgress, await writing);
        Assert.Equal([earlier, inProgress], spool.PendingBatches());
    }

    [Fact]
    public void Constructor_SpoolDirectoryNotWritable_FailsNamingTheSettingAndThePath()
    {
        // A file where the folder should be: fails for root too, unlike a read-only mode.
        var blocked = Path.Combine(_directory, "not-a-folder");
        File.WriteAllText(blocked, "");
        var path = Path.Combine(blocked, "spool");

        var e = Assert.Throws<InvalidOperationException>(() => new LedgerSpool(Options.Create(new LedgerOptions { SpoolDirectory = path })));

        Assert.Contains("Ledger:SpoolDirectory", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(e.InnerException);
    }

    [Fact]
    public void Constructor_WritableFolder_LeavesNoProbeFileBehind()
    {
        NewSpool();

        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }

    [Fact]
    public async Task ReadBatchAsync_LegacyOneRowFile_ReadAsOneRow()
    {
        var entry = LedgerTestData.Entry("acme", "req-1");
        File.WriteAllBytes(Path.Combine(_directory, "abcdef.json"), Json(entry));

        var (read, bad) = await NewSpool().ReadBatchAsync("abcdef.json", CancellationToken.None);

        LedgerTestData.AssertSame(entry, Assert.Single(read));
        Assert.Equal(0, bad);
    }

    private LedgerSpool NewSpool() => new(Options.Create(new LedgerOptions { SpoolDirectory = _directory }));

    private static byte[] Json(LedgerEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, LedgerJsonContext.Default.LedgerEntry);
}
