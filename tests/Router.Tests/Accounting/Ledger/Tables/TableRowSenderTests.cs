using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Ledger;
using Router.Accounting.Ledger.Tables;

namespace Router.Tests.Accounting.Ledger.Tables;

public sealed class TableRowSenderTests : IAsyncLifetime
{
    private readonly IOptions<LedgerOptions> _options = LedgerTestData.TableOptions(TestEnvironment.Storage, LedgerTestData.TempDirectory());
    private readonly RecordingPolicy _requests = new();
    private readonly string _tenant = TestEnvironment.UniqueId("tenant");
    private TableRowSender _sender = null!;

    public Task InitializeAsync()
    {
        _sender = new TableRowSender(new LedgerTables(_options, _requests));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await new TableServiceClient(TestEnvironment.Storage).DeleteTableAsync(_options.Value.Tables.LedgerTableName);

    [Fact]
    public async Task SendAsync_RowsOfSeveralPartitionsOverOneHundredEach_TransactionsOfAtMostOneHundredPerPartition()
    {
        // Three tenants × two days = six partitions of 130 rows: two transactions each (100 + 30), nothing else.
        var rows = Enumerable.Range(0, 780)
            .Select(i => LedgerTestData.Entry($"{_tenant}-{i % 3}", $"req-{i}", LedgerTestData.Noon.AddDays(i % 2), cost: 0.001m * i))
            .ToList();

        var sent = await _sender.SendAsync(rows, CancellationToken.None);

        Assert.Equal(780, sent.Written);
        Assert.Empty(sent.Rejected);
        Assert.Equal(Enumerable.Repeat(100, 6).Concat(Enumerable.Repeat(30, 6)).Order(), _requests.Transactions.Order());
        Assert.Equal(0, _requests.SingleUpserts);
        var stored = await StoredAsync();
        Assert.Equal(780, stored.Count);
        Assert.Equal(rows.Sum(r => r.CostUsd), stored.Sum(r => r.CostUsd));
    }

    [Fact]
    public async Task SendAsync_SameRequestTwiceInOneBatch_OneActionLastWins()
    {
        var rows = new[]
        {
            LedgerTestData.Entry(_tenant, "req-1", cost: 0.1m),
            LedgerTestData.Entry(_tenant, "req-2", cost: 0.2m),
            LedgerTestData.Entry(_tenant, "req-1", cost: 0.3m),
        };

        var sent = await _sender.SendAsync(rows, CancellationToken.None);

        Assert.Equal(2, sent.Written);
        Assert.Equal([2], _requests.Transactions);
        Assert.Equal(0, _requests.SingleUpserts);
        var stored = await StoredAsync();
        Assert.Equal(0.3m, stored.Single(r => r.RequestId == "req-1").CostUsd);
        Assert.Equal(0.5m, stored.Sum(r => r.CostUsd));
    }

    [Fact]
    public async Task SendAsync_OneRowTheTableRejects_OthersWrittenThatOneReported()
    {
        var rows = Enumerable.Range(0, 30).Select(i => LedgerTestData.Entry(_tenant, $"req-{i}")).ToList();
        rows[17] = Invalid(rows[17]);

        var sent = await _sender.SendAsync(rows, CancellationToken.None);

        Assert.Equal([17], sent.Rejected.Select(r => r.Index));
        Assert.Equal(29, sent.Written);
        Assert.Equal(29, (await StoredAsync()).Count);
        Assert.DoesNotContain(await StoredAsync(), r => r.RequestId == "req-17");
    }

    [Fact]
    public async Task SendAsync_RowWhoseKeyTheServiceRefusesWith4xx_DeadLetteredWithReasonOthersWritten()
    {
        // The attack: an 8,000-character tenant (once possible through x-router-tenant). The service answers 431
        // (or Azurite resets the connection); that used to be treated as transient, so the spool resent every file on
        // every pass. The key breaks the service's 1 KiB rule, so it is refused before sending.
        var rows = Enumerable.Range(0, 5).Select(i => LedgerTestData.Entry(_tenant, $"req-{i}")).ToList();
        rows[2] = rows[2] with { TenantId = new string('t', 8000) };

        var sent = await _sender.SendAsync(rows, CancellationToken.None);

        var rejected = Assert.Single(sent.Rejected);
        Assert.Equal(2, rejected.Index);
        Assert.InRange(rejected.Status, 400, 499);
        Assert.Contains("PartitionKey is longer than 1024 bytes", rejected.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("ttt", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(4, sent.Written);
        Assert.Equal(4, (await StoredAsync()).Count);
    }

    [Fact]
    public async Task SendAsync_RowTheServiceRefusesWith4xx_DeadLetteredWithItsHttpReasonOthersWritten()
    {
        // A key within the rules but an entity the service refuses (a string property over 64 KiB): the 4xx is the
        // service's own answer, found by single upserts after the transaction failed.
        var rows = Enumerable.Range(0, 3).Select(i => LedgerTestData.Entry(_tenant, $"big-{i}")).ToList();
        rows[1] = rows[1] with { Reasons = [new string('r', 40_000)] };

        var sent = await _sender.SendAsync(rows, CancellationToken.None);

        var rejected = Assert.Single(sent.Rejected);
        Assert.Equal(1, rejected.Index);
        Assert.InRange(rejected.Status, 400, 499);
        Assert.StartsWith($"HTTP {rejected.Status}", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(2, sent.Written);
    }

    [Theory]
    [InlineData(511, null)]
    [InlineData(512, null)]
    [InlineData(513, "is longer than 1024 bytes")]
    public void Violation_KeyLength_OneKibInUtf16(int length, string? expected)
    {
        var violation = TableKeyRules.Violation("RowKey", new string('k', length));

        if (expected is null)
        {
            Assert.Null(violation);
        }
        else
        {
            Assert.Contains(expected, violation, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u0085b")]
    [InlineData("")]
    public void Violation_ForbiddenCharacterOrEmpty_Named(string key)
    {
        Assert.NotNull(TableKeyRules.Violation("PartitionKey", key));
    }

    [Theory]
    [InlineData(400, true)]
    [InlineData(413, true)]
    [InlineData(431, true)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(408, false)]
    [InlineData(429, false)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    public void IsPermanentForTheRows_4xxButTransientOrAccountWide(int status, bool permanent)
    {
        Assert.Equal(permanent, TableRowSender.IsPermanentForTheRows(new Azure.RequestFailedException(status, "answer")));
    }

    [Fact]
    public async Task SendAsync_TableUnreachable_Throws()
    {
        var sender = new TableRowSender(new LedgerTables(LedgerTestData.TableOptions(LedgerTestData.UnreachableStorage(), LedgerTestData.TempDirectory())));

        await Assert.ThrowsAnyAsync<Exception>(() => sender.SendAsync([LedgerTestData.Entry(_tenant, "req-1")], CancellationToken.None));
    }

    /// <summary>A string property over Table Storage's 64 KiB limit: the table answers 400.</summary>
    internal static LedgerEntry Invalid(LedgerEntry entry) => entry with { FallbackReason = new string('x', 40_000) };

    private async Task<List<LedgerEntry>> StoredAsync()
    {
        var table = new TableClient(TestEnvironment.Storage, _options.Value.Tables.LedgerTableName);
        var rows = new List<LedgerEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>())
        {
            rows.Add(LedgerEntityMapper.FromEntity(entity));
        }

        return rows;
    }
}
