using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Router.Accounting;
using Router.Accounting.GpuTime;
using Router.Accounting.Ledger.Sqlite;
using Router.Tests.Accounting.Ledger;
using static Router.Tests.Accounting.Pricing.PricingFixtures;

namespace Router.Tests.Accounting.GpuTime;

/// <summary>
/// The acceptance scenario: two replica lifetimes with known up/down times (one a cold start with calls
/// waiting), concurrent private calls, and closed calls with cached and reasoning tokens on two deployment types.
/// After the GpuUsage timer has run, the ledger plus the overhead lines equals the bill written out by hand.
/// </summary>
public sealed class CostScenarioTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _directory = LedgerTestData.TempDirectory();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static DateTimeOffset At(int hour, int minute, int second = 0) => Day.AddHours(hour).AddMinutes(minute).AddSeconds(second);

    [Fact]
    public async Task TimerTicks_ScenarioWithColdStartsConcurrencyAndCachedTokens_LedgerPlusOverheadEqualsTheBillToTheCent()
    {
        var clock = new FakeTimeProvider(At(10, 0));
        var database = new SqliteLedgerDatabase(LedgerTestData.SqliteOptions(_directory));
        var ledger = new SqliteSpendLedger(database, new SqliteRowWriter(database));
        var store = new SqliteGpuUsageStore(database);
        var worker = new ScriptedWorker();
        var collector = Collector(worker, store, ledger, clock);
        var costs = Calculator();

        // Replica A: process up 10:00:00, model loaded 10:00:45 (45 s cold start).
        var a = At(10, 0);
        // c1 alone 10:01:00-10:01:20; c2-c4 overlap 10:02:00-10:02:14 (busy 14 s of wall time, 14.75 s of decode between them).
        await Private(ledger, costs, "c1", At(10, 1, 20), gpuSeconds: 12.5);
        await Private(ledger, costs, "c2", At(10, 2, 10), gpuSeconds: 6.0);
        await Private(ledger, costs, "c3", At(10, 2, 8), gpuSeconds: 3.5);
        await Private(ledger, costs, "c4", At(10, 2, 14), gpuSeconds: 5.25);
        worker.Next = Sample("A", a, At(10, 5), cold: 45, busy: 34, idleFor: 166);
        await Tick(clock, collector, At(10, 5));

        await Private(ledger, costs, "c5", At(10, 6, 30), gpuSeconds: 30); // busy 10:06:00-10:06:30
        worker.Next = Sample("A", a, At(10, 10), cold: 45, busy: 64, idleFor: 210);
        await Tick(clock, collector, At(10, 10));

        // A scales to zero at 10:11:30, 300 s after its last request; the 10:15 read finds no replica.
        worker.Next = null;
        await Tick(clock, collector, At(10, 15));
        await Tick(clock, collector, At(10, 20));
        await Tick(clock, collector, At(10, 25));
        await Tick(clock, collector, At(10, 30));

        // Replica B: started by c6 at 10:30:20, loaded 10:31:10 (50 s cold start); c6 10:31:10-10:31:30, c7 overlapping.
        var b = At(10, 30, 20);
        await Private(ledger, costs, "c6", At(10, 31, 30), gpuSeconds: 18);
        await Private(ledger, costs, "c7", At(10, 31, 25), gpuSeconds: 7);
        worker.Next = Sample("B", b, At(10, 35), cold: 50, busy: 20, idleFor: 210);
        await Tick(clock, collector, At(10, 35));
        worker.Next = null; // B stops at 10:36:30
        await Tick(clock, collector, At(10, 40));
        await Tick(clock, collector, At(10, 45));

        // Closed calls: data zone deployment with 1,500 of 2,000 prompt tokens cached and 100 reasoning tokens;
        // the global standard default price for the second.
        await Closed(ledger, costs, "c8", At(10, 12), new TokenUsage(2000, 400) { CachedPromptTokens = 1500, ReasoningTokens = 100 }, "api-eu@contoso.openai.azure.com");
        await Closed(ledger, costs, "c9", At(10, 13), new TokenUsage(1000, 200), "api-global@contoso.openai.azure.com");

        // The bill, from the price list: replica A up 10:00:00-10:11:30 (690 s) and B 10:30:20-10:36:30 (370 s)
        // at $0.001/s; c8 = (500 × 2.75 + 1,500 × 1.375 + 400 × 11) / 1M; c9 = (1,000 × 2.50 + 200 × 10) / 1M.
        var bill = 1060m * 0.001m + (500 * 2.75m + 1500 * 1.375m + 400 * 11m) / 1_000_000m + (1000 * 2.50m + 200 * 10m) / 1_000_000m;
        Assert.Equal(1.0723375m, bill);

        var rows = await ledger.QueryAsync(new LedgerQuery(DateOnly.FromDateTime(Day.UtcDateTime), DateOnly.FromDateTime(Day.UtcDateTime))).ToListAsync();
        var windows = await store.AllocationsAsync(Day, Day.AddDays(1));
        var ledgerTotal = rows.Sum(r => r.CostUsd);
        var overhead = windows.Sum(w => w.OverheadUsd);

        Assert.Equal(Math.Round(bill, 2), Math.Round(ledgerTotal + overhead, 2));
        Assert.Equal(bill, ledgerTotal + overhead);
        Assert.All(rows.Where(r => r.Backend == "gpu-worker"), r => Assert.Equal(CostBasis.Allocated, r.CostBasis));
        Assert.Equal((45m + 50m) * 0.001m, windows.Sum(w => w.ColdStartUsd));
        Assert.Equal((690m - 45 - 64 + 370 - 50 - 20) * 0.001m, windows.Sum(w => w.IdleUsd));
        Assert.Equal((64m + 20m) * 0.001m, rows.Where(r => r.Backend == "gpu-worker").Sum(r => r.CostUsd));
        Assert.Equal(0m, windows.Sum(w => w.UnattributedUsd));
        // c1 did 12.5 of the first window's 27.25 decode seconds: that share of its 34 busy seconds.
        Assert.Equal(0.034m * 12.5m / 27.25m, rows.Single(r => r.RequestId == "c1").CostUsd, 9);
        // The worker was read only while it was known to be up: never at 10:20, 10:25 or 10:30 (a read would start it).
        Assert.Equal(5, worker.Reads);
    }

    private static GpuUsageCollector Collector(IGpuWorkerBillingSource worker, IGpuUsageStore store, ISpendLedger ledger, TimeProvider clock)
    {
        var options = Options.Create(new GpuUsageOptions { PriceModel = "gpu", ScaleDownAfter = TimeSpan.FromSeconds(300) });
        return new GpuUsageCollector(worker, store, ledger, Catalog(), new GpuUsagePriceModel(options, Options.Create(RouterConfig())), options, clock,
            NullLogger<GpuUsageCollector>.Instance);
    }

    private static async Task Tick(FakeTimeProvider clock, GpuUsageCollector collector, DateTimeOffset at)
    {
        clock.SetUtcNow(at);
        await collector.CollectAsync();
    }

    internal static GpuUsageSample Sample(string instance, DateTimeOffset started, DateTimeOffset at, decimal cold, decimal busy, decimal idleFor)
    {
        var uptime = (decimal)(at - started).TotalSeconds;
        return new GpuUsageSample
        {
            InstanceId = instance, Model = "qwen2.5-7b-instruct-q4_k_m", ModelFile = "qwen2.5-7b-instruct-q4_k_m.gguf", PriceModel = "",
            ProcessStartedAt = started, SampledAt = at, UptimeSeconds = uptime, ColdStartSeconds = cold, BusySeconds = busy,
            IdleSeconds = uptime - cold - busy, IdleForSeconds = idleFor,
        };
    }

    private static Task Private(ISpendLedger ledger, ICostCalculator costs, string id, DateTimeOffset at, double gpuSeconds)
    {
        var usage = new TokenUsage(200, 100);
        var price = costs.PriceCall("gpu", usage, TimeSpan.FromSeconds(gpuSeconds));
        return ledger.RecordAsync(LedgerTestData.Entry("acme", id) with
        {
            Timestamp = at, Route = "private-small", Backend = "gpu-worker", Model = "gpu", ServedModel = "qwen2.5-7b-instruct-q4_k_m",
            PromptTokens = usage.PromptTokens, CompletionTokens = usage.CompletionTokens, GpuSeconds = gpuSeconds,
            CostUsd = price.CostUsd, CostBasis = price.Basis,
        });
    }

    private static Task Closed(ISpendLedger ledger, ICostCalculator costs, string id, DateTimeOffset at, TokenUsage usage, string deployment)
    {
        var price = costs.PriceCall("api", usage, deployment: deployment);
        return ledger.RecordAsync(LedgerTestData.Entry("acme", id) with
        {
            Timestamp = at, Route = "closed", Backend = "azure-openai", Model = "api", Deployment = deployment, DeploymentType = price.DeploymentType,
            PromptTokens = usage.PromptTokens, CompletionTokens = usage.CompletionTokens, CachedPromptTokens = usage.CachedPromptTokens,
            ReasoningTokens = usage.ReasoningTokens, CostUsd = price.CostUsd, CostBasis = price.Basis, GpuSeconds = 0,
        });
    }

    internal sealed class ScriptedWorker : IGpuWorkerBillingSource
    {
        public GpuUsageSample? Next { get; set; }
        public int Reads { get; private set; }

        public Task<GpuUsageSample?> ReadAsync(CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult(Next);
        }
    }
}
