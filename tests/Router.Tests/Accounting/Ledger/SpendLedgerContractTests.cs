using Router.Accounting;

namespace Router.Tests.Accounting.Ledger;

/// <summary>What every <see cref="ISpendLedger"/> guarantees; run against Table Storage and SQLite alike.</summary>
public abstract class SpendLedgerContractTests : IAsyncLifetime
{
    protected string Tenant { get; } = $"tenant-{Guid.NewGuid():N}";

    protected ISpendLedger Ledger { get; set; } = null!;

    private protected abstract Task<ISpendLedger> CreateLedgerAsync();

    public async Task InitializeAsync() => Ledger = await CreateLedgerAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RecordAsync_ThenQuery_ReturnsSameRow()
    {
        var entry = LedgerTestData.Entry(Tenant, "req-1", sensitivity: "high");

        await Ledger.RecordAsync(entry);

        var rows = await QueryAsync(Tenant);
        LedgerTestData.AssertSame(entry, Assert.Single(rows));
    }

    [Fact]
    public async Task RecordAsync_SameRequestTwice_OneRowWithLatestValues()
    {
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "req-1", cost: 0.5m));
        var redelivered = LedgerTestData.Entry(Tenant, "req-1", cost: 0.7m);

        await Ledger.RecordAsync(redelivered);

        LedgerTestData.AssertSame(redelivered, Assert.Single(await QueryAsync(Tenant)));
    }

    [Theory]
    [InlineData("a/b\\c#d?e")]
    [InlineData("ctl\u0001\u001f\u007f\u0085end")]
    [InlineData("100%_sure_")]
    [InlineData("日本語-ключ")]
    public async Task RecordAsync_ForbiddenKeyCharacters_RoundTrip(string requestId)
    {
        var entry = LedgerTestData.Entry(Tenant + "/x#", requestId);

        await Ledger.RecordAsync(entry);
        await Ledger.RecordAsync(entry);

        LedgerTestData.AssertSame(entry, Assert.Single(await QueryAsync(Tenant + "/x#")));
    }

    [Fact]
    public async Task RecordAsync_PreciseDecimals_StoredExactly()
    {
        var entry = LedgerTestData.Entry(Tenant, "req-1") with
        {
            CostUsd = 0.0000000000000000000000000001m,
            PremiumCostUsd = 7922816251426433759354.3950335m,
            StandardCostUsd = 0.1234567890123456789012345678m,
            InputPricePerMillionUsd = 0.150000m,
            OutputPricePerMillionUsd = 0.6m,
        };

        await Ledger.RecordAsync(entry);

        var stored = Assert.Single(await QueryAsync(Tenant));
        Assert.Equal(entry.CostUsd, stored.CostUsd);
        Assert.Equal(entry.PremiumCostUsd, stored.PremiumCostUsd);
        Assert.Equal(entry.StandardCostUsd, stored.StandardCostUsd);
        Assert.Equal("0.150000", stored.InputPricePerMillionUsd.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task QueryAsync_TenantAndDayRange_OnlyMatchingRows()
    {
        var other = Tenant + "-other";
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "yesterday", LedgerTestData.Noon.AddDays(-1)));
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "today-late", new DateTimeOffset(2026, 11, 23, 23, 59, 59, TimeSpan.Zero)));
        await Ledger.RecordAsync(LedgerTestData.Entry(Tenant, "tomorrow", LedgerTestData.Noon.AddDays(1)));
        await Ledger.RecordAsync(LedgerTestData.Entry(other, "today-other"));

        var today = DateOnly.FromDateTime(LedgerTestData.Noon.UtcDateTime);
        var oneTenant = await QueryAsync(Tenant, today, today);
        var twoDays = await QueryAsync(Tenant, today.AddDays(-1), today);
        var everyone = await ToListAsync(Ledger.QueryAsync(new LedgerQuery(today, today)));

        Assert.Equal(["today-late"], oneTenant.Select(e => e.RequestId));
        Assert.Equal(["today-late", "yesterday"], twoDays.Select(e => e.RequestId).Order());
        Assert.Contains(everyone, e => e.RequestId == "today-other");
        Assert.Contains(everyone, e => e.RequestId == "today-late");
        Assert.DoesNotContain(everyone, e => e.RequestId is "yesterday" or "tomorrow");
    }

    [Fact]
    public async Task RecordAsync_ManyConcurrentRows_AllStoredTotalsExact()
    {
        var entries = Enumerable.Range(0, 40).Select(i => LedgerTestData.Entry(Tenant, $"req-{i}", cost: 0.0001m * i)).ToList();

        await Task.WhenAll(entries.Select(e => Ledger.RecordAsync(e)));

        var rows = await QueryAsync(Tenant);
        Assert.Equal(40, rows.Count);
        Assert.Equal(entries.Sum(e => e.CostUsd), rows.Sum(e => e.CostUsd));
    }

    protected Task<List<LedgerEntry>> QueryAsync(string tenant, DateOnly? from = null, DateOnly? to = null)
    {
        var day = DateOnly.FromDateTime(LedgerTestData.Noon.UtcDateTime);
        return ToListAsync(Ledger.QueryAsync(new LedgerQuery(from ?? day, to ?? day, tenant)));
    }

    protected static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
