using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Spool;
using Router.Accounting.Ledger.Tables;
using Router.Tests.Caching;

namespace Router.Tests.Accounting.Ledger.Tables;

public sealed class TableSpendLedgerTests : SpendLedgerContractTests
{
    private readonly string _spool = LedgerTestData.TempDirectory();
    private IOptions<LedgerOptions> _options = null!;

    private protected override Task<ISpendLedger> CreateLedgerAsync()
    {
        _options = LedgerTestData.TableOptions(TestEnvironment.Storage, _spool);
        return Task.FromResult<ISpendLedger>(NewLedger(_options));
    }

    [Fact]
    public async Task RecordAsync_TableWritten_SpoolEmptyAndOneEntityInTable()
    {
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1"));
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1"));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_spool));
        var table = new TableClient(TestEnvironment.Storage, _options.Value.Tables.LedgerTableName);
        var entities = await ToListAsync(table.QueryAsync<TableEntity>());
        var entity = Assert.Single(entities);
        Assert.StartsWith("20261123_", entity.PartitionKey, StringComparison.Ordinal);
        Assert.Equal($"{Tenant}_req-1", entity.RowKey);
    }

    [Fact]
    public async Task RecordAsync_TableUnreachable_RowSpooledThenFlushedWhenReachable()
    {
        var unreachable = NewLedger(LedgerTestData.TableOptions(LedgerTestData.UnreachableStorage(), _spool));
        var entries = Enumerable.Range(0, 12).Select(i => LedgerTestData.Entry(Tenant, $"req-{i}", cost: 0.000123m * (i + 1))).ToList();

        foreach (var entry in entries)
        {
            await unreachable.RecordAsync(entry);
        }

        await unreachable.RecordAsync(entries[0]);
        Assert.Equal(12, Directory.GetFiles(_spool, "*.json").Length);
        Assert.Equal(0, await unreachable.FlushSpoolAsync());

        // A fresh instance over the same spool, as after a restart, with the table back.
        var restarted = NewLedger(_options);
        Assert.Equal(12, await restarted.FlushSpoolAsync());

        var rows = await QueryAsync(Tenant);
        Assert.Equal(12, rows.Count);
        Assert.Equal(entries.Sum(e => e.CostUsd), rows.Sum(e => e.CostUsd));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_spool));
    }

    [Fact]
    public async Task RecordAsync_TableGoesAwayAndReturns_RowsSpooledThenFlushedLoggingOnceEach()
    {
        await using var proxy = new LoopbackProxy(10002);
        proxy.Start();
        var options = LedgerTestData.TableOptions(LedgerTestData.ProxiedStorage(proxy.Port), _spool);
        options.Value.Tables.TablePrefix = _options.Value.Tables.TablePrefix;
        var logger = new RecordingLogger<TableSpendLedger>();
        var ledger = new TableSpendLedger(new LedgerTables(options), new LedgerSpool(options), logger);
        var entries = Enumerable.Range(0, 5).Select(i => LedgerTestData.Entry(Tenant, $"req-{i}", cost: 1.01m * i)).ToList();
        await ledger.RecordAsync(entries[0]);

        proxy.Stop();
        foreach (var entry in entries.Skip(1))
        {
            await ledger.RecordAsync(entry);
        }

        Assert.Equal(4, Directory.GetFiles(_spool, "*.json").Length);
        proxy.Start();
        Assert.Equal(4, await ledger.FlushSpoolAsync());

        var rows = await QueryAsync(Tenant);
        Assert.Equal(5, rows.Count);
        Assert.Equal(entries.Sum(e => e.CostUsd), rows.Sum(e => e.CostUsd));
        Assert.Equal([LogLevel.Warning, LogLevel.Information], logger.Entries.Select(e => e.Level));
    }

    [Fact]
    public async Task Flusher_Started_WritesSpooledRowsOnStartAndEachInterval()
    {
        var unreachable = NewLedger(LedgerTestData.TableOptions(LedgerTestData.UnreachableStorage(), _spool));
        await unreachable.RecordAsync(LedgerTestData.Entry(Tenant, "before-start"));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(LedgerTestData.Noon);
        var ledger = NewLedger(_options);
        using var flusher = new LedgerSpoolFlusher(ledger, _options, time, new RecordingLogger<LedgerSpoolFlusher>());

        await flusher.StartAsync(CancellationToken.None);
        await WaitForRowsAsync(1);
        await unreachable.RecordAsync(LedgerTestData.Entry(Tenant, "after-start"));
        time.Advance(_options.Value.SpoolFlushInterval);
        await WaitForRowsAsync(2);
        await flusher.StopAsync(CancellationToken.None);

        Assert.Empty(Directory.GetFiles(_spool, "*.json"));
    }

    public override async Task DisposeAsync()
    {
        var service = new TableServiceClient(TestEnvironment.Storage);
        await service.DeleteTableAsync(_options.Value.Tables.LedgerTableName);
        await service.DeleteTableAsync(_options.Value.Tables.RollupTableName);
    }

    private async Task WaitForRowsAsync(int count)
    {
        for (var i = 0; i < 100 && (await QueryAsync(Tenant)).Count < count; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(count, (await QueryAsync(Tenant)).Count);
    }

    private static TableSpendLedger NewLedger(IOptions<LedgerOptions> options) =>
        new(new LedgerTables(options), new LedgerSpool(options), new RecordingLogger<TableSpendLedger>());
}
