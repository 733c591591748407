using System.Text;
using System.Text.Json;
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
    private readonly List<TableSpendLedger> _ledgers = [];
    private IOptions<LedgerOptions> _options = null!;

    private protected override Task<ISpendLedger> CreateLedgerAsync()
    {
        _options = LedgerTestData.TableOptions(TestEnvironment.Storage, _spool);
        return Task.FromResult<ISpendLedger>(NewLedger(_options));
    }

    [Fact]
    public async Task RecordAsync_ThenQuery_QueryWaitsForTheTableSpoolEmptyOneEntity()
    {
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1"));
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1"));

        Assert.Single(await QueryAsync(Tenant));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_spool));
        var entity = Assert.Single(await EntitiesAsync());
        Assert.StartsWith("20261123_", entity.PartitionKey, StringComparison.Ordinal);
        Assert.Equal($"{Tenant}_req-1", entity.RowKey);
    }

    [Fact]
    public async Task RecordAsync_ThousandConcurrentRows_EachArrivesOnceTotalsExactInFullTransactions()
    {
        var requests = new RecordingPolicy();
        var ledger = NewLedger(_options, policy: requests);
        var entries = Enumerable.Range(0, 1000)
            .Select(i => LedgerTestData.Entry($"{Tenant}-{i % 3}", $"req-{i}", LedgerTestData.Noon.AddDays(i % 2), cost: 0.000_001m * i))
            .ToList();

        await Task.WhenAll(entries.Select(e => Task.Run(() => ledger.RecordAsync(e))));

        var day = DateOnly.FromDateTime(LedgerTestData.Noon.UtcDateTime);
        var rows = await ToListAsync(ledger.QueryAsync(new LedgerQuery(day, day.AddDays(1))));
        Assert.Equal(1000, rows.Count);
        Assert.Equal(1000, (await EntitiesAsync()).Count);
        Assert.Equal(entries.Select(e => (e.TenantId, e.RequestId)).Order(), rows.Select(e => (e.TenantId, e.RequestId)).Order());
        Assert.Equal(entries.Sum(e => e.CostUsd), rows.Sum(e => e.CostUsd));
        // Sent once each, in transactions (six partitions here), never one by one.
        Assert.Equal(1000, requests.Transactions.Sum());
        Assert.All(requests.Transactions, n => Assert.InRange(n, 1, 100));
        Assert.Equal(0, requests.SingleUpserts);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_spool));
    }

    [Fact]
    public async Task RecordAsync_RowTheTableRejects_OthersArriveItIsKeptAsideAndNotRetried()
    {
        var logger = new FakeLogger<TableSpendLedger>();
        var requests = new RecordingPolicy();
        var ledger = NewLedger(_options, logger, requests);
        var entries = Enumerable.Range(0, 20).Select(i => LedgerTestData.Entry(Tenant, $"req-{i}")).ToList();
        entries[7] = TableRowSenderTests.Invalid(entries[7]);

        await Task.WhenAll(entries.Select(e => ledger.RecordAsync(e)));

        Assert.Equal(19, (await ToListAsync(ledger.QueryAsync(new LedgerQuery(Day, Day, Tenant)))).Count);
        var rejected = Assert.Single(Directory.GetFiles(_spool));
        Assert.EndsWith(".jsonl" + LedgerSpool.RejectedSuffix, rejected, StringComparison.Ordinal);
        var kept = Assert.Single(File.ReadAllLines(rejected));
        var dead = JsonSerializer.Deserialize(kept, LedgerJsonContext.Default.DeadLetteredRow)!;
        LedgerTestData.AssertSame(entries[7], dead.Entry);
        Assert.StartsWith("HTTP 400", dead.Reason, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Error, Assert.Single(logger.Collector.GetSnapshot()).Level);
        var sent = requests.Requests.Count;
        Assert.Equal(0, await ledger.FlushSpoolAsync());
        Assert.Equal(sent, requests.Requests.Count);
    }

    [Fact]
    public async Task RecordAsync_TableUpButBehindByTheBacklogLimit_WaitsUntilTheTableHoldsTheRow()
    {
        _options.Value.Tables.MaxBacklogRows = 1;
        var slowTable = new GatedTransactionsPolicy();
        var ledger = NewLedger(_options, policy: slowTable);

        Task recording;
        Task<bool> completedWhileHeld;
        try
        {
            recording = ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1"));
            // Whenever it completes, it must be after the gate opened (no timed wait for "not yet").
            completedWhileHeld = recording.ContinueWith(_ => !slowTable.IsOpen, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            await slowTable.Held.Task.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.False(recording.IsCompleted);
            Assert.Equal(1, SpooledRows()); // durable all the same
        }
        finally
        {
            slowTable.Open(); // else disposing the ledger would wait for the held transaction forever
        }

        await recording.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(await completedWhileHeld);
        Assert.Equal($"{Tenant}_req-1", Assert.Single(await EntitiesAsync()).RowKey);
    }

    [Fact]
    public async Task RecordAsync_TableThrottlingAtTheBacklogLimit_HeldThenReleasedByARetryWithoutNewTraffic()
    {
        _options.Value.Tables.MaxBacklogRows = 1;
        var throttling = new ThrottlingPolicy();
        // Timers that fire before the clock says RetryAfter has passed (real ones may, by a little; here by 900 ms,
        // so it happens every run): the retry must not then be skipped, or nothing would ever try again.
        var ledger = NewLedger(_options, policy: throttling, time: new EarlyTimers(TimeSpan.FromMilliseconds(900)));

        Task recording;
        Task<bool> completedWhileThrottled;
        try
        {
            recording = ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1"));
            // Whenever it completes, it must be after the throttling stopped (no timed wait for "not yet").
            completedWhileThrottled = recording.ContinueWith(_ => !throttling.IsStopped, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            await throttling.Refused.Task.WaitAsync(TimeSpan.FromSeconds(10));

            Assert.False(recording.IsCompleted); // throttled is not down: back-pressure holds
        }
        finally
        {
            throttling.Stop();
        }

        // Nothing else is recorded and no flush is asked for: the writer must try again by itself.
        await recording.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(await completedWhileThrottled);
        Assert.Equal($"{Tenant}_req-1", Assert.Single(await EntitiesAsync()).RowKey);
    }

    [Fact]
    public async Task RecordAsync_TableDownWithBacklogLimitOne_EveryCallerGoesOnAndRowsStaySpooled()
    {
        var options = LedgerTestData.TableOptions(LedgerTestData.UnreachableStorage(), _spool);
        options.Value.Tables.MaxBacklogRows = 1;
        var unreachable = NewLedger(options);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => unreachable.RecordAsync(LedgerTestData.Entry(Tenant, $"req-{i}"))))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(20, SpooledRows());
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
        Assert.Equal(13, SpooledRows());
        Assert.Equal(0, await unreachable.FlushSpoolAsync());
        await unreachable.DisposeAsync();

        // A fresh instance over the same spool, as after a restart, with the table back.
        var restarted = NewLedger(_options);
        Assert.Equal(12, await restarted.FlushSpoolAsync());

        var rows = await QueryAsync(Tenant);
        Assert.Equal(12, rows.Count);
        Assert.Equal(entries.Sum(e => e.CostUsd), rows.Sum(e => e.CostUsd));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_spool));
    }

    [Fact]
    public async Task RecordAsync_RestartedOverNonEmptySpool_OldRowsArriveFirstThenNewOnesWin()
    {
        var before = NewLedger(LedgerTestData.TableOptions(LedgerTestData.UnreachableStorage(), _spool));
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => before.RecordAsync(LedgerTestData.Entry(Tenant, $"old-{i}", cost: 0.1m))));
        await before.DisposeAsync();

        // No flush yet: the spooled rows must still go before this run's, or the stale redelivery would win.
        var restarted = NewLedger(_options);
        await restarted.RecordAsync(LedgerTestData.Entry(Tenant, "old-3", cost: 0.7m));
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i => restarted.RecordAsync(LedgerTestData.Entry(Tenant, $"new-{i}", cost: 0.2m))));

        var rows = await ToListAsync(restarted.QueryAsync(new LedgerQuery(Day, Day, Tenant)));
        Assert.Equal(60, rows.Count);
        Assert.Equal(0.7m, rows.Single(r => r.RequestId == "old-3").CostUsd);
        Assert.Equal((29 * 0.1m) + 0.7m + (30 * 0.2m), rows.Sum(r => r.CostUsd));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_spool));
    }

    [Fact]
    public async Task FlushSpoolAsync_FilesACrashLeft_WholeRowsWrittenTornFileKeptAsCorrupt()
    {
        string Line(string id) => Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(LedgerTestData.Entry(Tenant, id, cost: 1m), LedgerJsonContext.Default.LedgerEntry));
        File.WriteAllText(Path.Combine(_spool, "0000000000000001.jsonl"), $"{Line("a")}\n{Line("b")}\n");
        var torn = Line("e");
        File.WriteAllText(Path.Combine(_spool, "0000000000000002.jsonl"), $"{Line("c")}\n{Line("d")}\n{torn[..(torn.Length / 2)]}");
        File.WriteAllText(Path.Combine(_spool, "0000000000000003.jsonl"), "");
        File.WriteAllText(Path.Combine(_spool, "0123abcd.json"), Line("f"));
        File.WriteAllText(Path.Combine(_spool, "0123abcd.json.0a1b.tmp"), torn[..10]);
        var logger = new FakeLogger<TableSpendLedger>();

        var written = await NewLedger(_options, logger).FlushSpoolAsync();

        Assert.Equal(5, written);
        Assert.Equal(["a", "b", "c", "d", "f"], (await QueryAsync(Tenant)).Select(r => r.RequestId).Order());
        Assert.Equal(["0000000000000002.jsonl.corrupt", "0123abcd.json.0a1b.tmp"], Directory.GetFiles(_spool).Select(Path.GetFileName).Order());
        Assert.Equal(LogLevel.Error, Assert.Single(logger.Collector.GetSnapshot()).Level);
    }

    [Fact]
    public async Task TableBatchWriter_Constructed_StartsNoLoopUntilFirstCommand()
    {
        // Background loops start from the host (the spool flusher's first flush), not from a constructor.
        await using var table = new TableBatchWriter(new LedgerSpool(_options), new TableRowSender(new LedgerTables(_options)), new TableBacklog(1000),
            TimeProvider.System, new FakeLogger<TableBatchWriter>());
        Assert.False(table.IsRunning);

        await table.FlushAsync(CancellationToken.None);

        Assert.True(table.IsRunning);
    }

    [Fact]
    public async Task FlushSpoolAsync_WhileABatchFileIsBeingWritten_LeavesItToItsWriterAndEveryRowArrives()
    {
        // A batch file exists from its creation, before its rows are in it. The flusher's rescan once read it empty
        // and deleted it, so rows whose callers were then told 'durable' never reached the table.
        var spool = new LedgerSpool(_options);
        await using var table = new TableBatchWriter(spool, new TableRowSender(new LedgerTables(_options)), new TableBacklog(1000),
            TimeProvider.System, new FakeLogger<TableBatchWriter>());
        using var firstRowTaken = new SemaphoreSlim(0);
        using var finish = new SemaphoreSlim(0);
        IEnumerable<byte[]> Rows()
        {
            yield return JsonSerializer.SerializeToUtf8Bytes(LedgerTestData.Entry(Tenant, "req-1"), LedgerJsonContext.Default.LedgerEntry);
            firstRowTaken.Release();
            finish.Wait();
            yield return JsonSerializer.SerializeToUtf8Bytes(LedgerTestData.Entry(Tenant, "req-2"), LedgerJsonContext.Default.LedgerEntry);
        }

        var writing = Task.Run(() => spool.WriteBatch(Rows()));
        await firstRowTaken.WaitAsync();
        Assert.Equal(0, await table.FlushAsync(CancellationToken.None));
        finish.Release();
        var name = await writing;
        table.Enqueue(name, 2);

        await table.CatchUpAsync(CancellationToken.None);
        Assert.Equal([$"{Tenant}_req-1", $"{Tenant}_req-2"], (await EntitiesAsync()).Select(e => e.RowKey).Order());
        Assert.Empty(Directory.EnumerateFileSystemEntries(_spool));
    }

    [Fact]
    public async Task RecordAsync_TableGoesAwayAndReturns_RowsSpooledThenFlushedLoggingOnceEach()
    {
        await using var proxy = new LoopbackProxy(TestEnvironment.StoragePort("TableEndpoint")); // the Azurite the tests were given
        proxy.Start();
        var options = LedgerTestData.TableOptions(LedgerTestData.ProxiedStorage(proxy.Port), _spool);
        options.Value.Tables.TablePrefix = _options.Value.Tables.TablePrefix;
        var logger = new FakeLogger<TableSpendLedger>();
        var ledger = NewLedger(options, logger);
        var entries = Enumerable.Range(0, 5).Select(i => LedgerTestData.Entry(Tenant, $"req-{i}", cost: 1.01m * i)).ToList();
        await ledger.RecordAsync(entries[0]);
        Assert.Single(await ToListAsync(ledger.QueryAsync(new LedgerQuery(Day, Day, Tenant))));

        proxy.Stop();
        foreach (var entry in entries.Skip(1))
        {
            await ledger.RecordAsync(entry);
        }

        Assert.Equal(4, SpooledRows());
        await Wait.UntilAsync(() => logger.Collector.Count > 0, "the outage to be logged");
        proxy.Start();
        Assert.Equal(4, await ledger.FlushSpoolAsync());

        var rows = await QueryAsync(Tenant);
        Assert.Equal(5, rows.Count);
        Assert.Equal(entries.Sum(e => e.CostUsd), rows.Sum(e => e.CostUsd));
        Assert.Equal([LogLevel.Warning, LogLevel.Information], logger.Collector.GetSnapshot().Select(e => e.Level));
    }

    [Fact]
    public async Task Flusher_Started_WritesSpooledRowsOnStartAndEachInterval()
    {
        var unreachable = NewLedger(LedgerTestData.TableOptions(LedgerTestData.UnreachableStorage(), _spool));
        await unreachable.RecordAsync(LedgerTestData.Entry(Tenant, "before-start"));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(LedgerTestData.Noon);
        var ledger = NewLedger(_options);
        using var flusher = new LedgerSpoolFlusher(ledger, _options, time, new FakeLogger<LedgerSpoolFlusher>());

        await flusher.StartAsync(CancellationToken.None);
        await Wait.UntilAsync(async () => (await EntitiesAsync()).Count == 1, "the row spooled before start to be written");
        await unreachable.RecordAsync(LedgerTestData.Entry(Tenant, "after-start"));
        time.Advance(_options.Value.SpoolFlushInterval);
        await Wait.UntilAsync(async () => (await EntitiesAsync()).Count == 2, "the row spooled after start to be written");
        await flusher.StopAsync(CancellationToken.None);

        Assert.Equal(0, SpooledRows());
    }

    [Fact]
    public async Task DisposeAsync_RowsStillQueued_AllDurableAndSentThenRecordRefused()
    {
        var ledger = NewLedger(_options);
        var records = Enumerable.Range(0, 300).Select(i => ledger.RecordAsync(LedgerTestData.Entry(Tenant, $"req-{i}"))).ToList();

        await ledger.DisposeAsync();

        Assert.All(records, r => Assert.True(r.IsCompletedSuccessfully));
        Assert.Equal(300, (await EntitiesAsync()).Count);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_spool));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => ledger.RecordAsync(LedgerTestData.Entry(Tenant, "late")));
    }

    public override async Task DisposeAsync()
    {
        foreach (var ledger in _ledgers.Append((TableSpendLedger)Ledger))
        {
            await ledger.DisposeAsync();
        }

        var service = new TableServiceClient(TestEnvironment.Storage);
        await service.DeleteTableAsync(_options.Value.Tables.LedgerTableName);
        await service.DeleteTableAsync(_options.Value.Tables.RollupTableName);
    }

    private static DateOnly Day => DateOnly.FromDateTime(LedgerTestData.Noon.UtcDateTime);

    private int SpooledRows() =>
        Directory.GetFiles(_spool).Where(f => f.EndsWith(".jsonl", StringComparison.Ordinal)).Sum(f => File.ReadAllLines(f).Length);

    private async Task<List<TableEntity>> EntitiesAsync()
    {
        try
        {
            return await ToListAsync(new TableClient(TestEnvironment.Storage, _options.Value.Tables.LedgerTableName).QueryAsync<TableEntity>());
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return []; // The table is created with the first write.
        }
    }

    private TableSpendLedger NewLedger(IOptions<LedgerOptions> options, ILogger<TableSpendLedger>? logger = null,
        Azure.Core.Pipeline.HttpPipelinePolicy? policy = null, TimeProvider? time = null)
    {
        var ledger = new TableSpendLedger(new LedgerTables(options, policy), new LedgerSpool(options), logger ?? new FakeLogger<TableSpendLedger>(), time);
        _ledgers.Add(ledger);
        return ledger;
    }

    /// <summary>The system clock, with every timer due <paramref name="early"/> sooner than asked.</summary>
    private sealed class EarlyTimers(TimeSpan early) : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, dueTime > early ? dueTime - early : dueTime, period);
    }
}
