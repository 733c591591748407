using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting;
using Router.Accounting.Metrics;
using Router.Tests.Accounting.Ledger;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Accounting.Metrics;

public sealed class LedgerMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly List<(string Name, double Value, Dictionary<string, object?> Tags)> _measurements = [];

    public LedgerMetricsTests()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        // Only this test's meter: other tests create meters of the same name in parallel.
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == factory)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Add(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Add(i, v, tags));
        _listener.Start();
        Metrics = new LedgerMetrics(factory);
    }

    private LedgerMetrics Metrics { get; }

    [Fact]
    public async Task RecordAsync_ServedRow_CountsCallCostTokensLatencyAndEntityTypes()
    {
        var ledger = new MeteredSpendLedger(new FakeLedger(), Metrics);
        var row = LedgerTestData.Entry("acme", "req-1", cost: 0.0125m) with
        {
            PremiumCostUsd = 0.05m,
            PromptTokens = 1000,
            CompletionTokens = 200,
            LatencyMs = 42.5,
            EntityTypes = ["EMAIL", "PHONE"],
            Sensitivity = "Moderate",
        };

        await ledger.RecordAsync(row);

        var call = Assert.Single(Named("router.requests"));
        Assert.Equal(1, call.Value);
        Assert.Equal(("acme", row.Route, "ok", false, row.Source, "Moderate"),
            ((string)call.Tags["router.tenant"]!, (string)call.Tags["router.route"]!, (string)call.Tags["router.status"]!,
             (bool)call.Tags["router.cache_hit"]!, (string)call.Tags["router.source"]!, (string)call.Tags["router.sensitivity"]!));
        Assert.Equal(12_500_000, Assert.Single(Named("router.cost")).Value); // nano-dollars
        Assert.Equal(50_000_000, Assert.Single(Named("router.premium_cost")).Value);
        Assert.Equal([("prompt", 1000.0), ("completion", 200.0)], Named("router.tokens").Select(m => ((string)m.Tags["router.token_type"]!, m.Value)));
        Assert.Equal(42.5, Assert.Single(Named("router.request.duration")).Value);
        Assert.Equal(["EMAIL", "PHONE"], Named("router.sensitive_entities").Select(m => (string)m.Tags["router.entity_type"]!));
    }

    [Fact]
    public async Task RecordAsync_ThousandTinyCosts_SumExactlyInNanoDollars()
    {
        var ledger = new MeteredSpendLedger(new FakeLedger(), Metrics);

        // $0.0000001 each (one o200k token at $0.10 per million): as doubles, a thousand of these do not sum to 0.0001.
        for (var i = 0; i < 1000; i++)
        {
            await ledger.RecordAsync(LedgerTestData.Entry("acme", $"req-{i}", cost: 0.0000001m));
        }

        Assert.Equal(100_000, Named("router.cost").Sum(m => (long)m.Value));
    }

    [Theory]
    [InlineData("0.0125", 12_500_000)]
    [InlineData("0.0000000005", 1)] // half a nano-dollar rounds away from zero
    [InlineData("0.0000000004", 0)]
    [InlineData("0", 0)]
    public void NanoUsd_WholeBillionthsRounded(string usd, long expected) =>
        Assert.Equal(expected, LedgerMetrics.NanoUsd(decimal.Parse(usd, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task RecordAsync_ErrorRow_StatusFoldedToErrorNotItsDetail()
    {
        var ledger = new MeteredSpendLedger(new FakeLedger(), Metrics);

        await ledger.RecordAsync(LedgerTestData.Entry("acme", "req-1") with { Status = "error:Timeout" });

        Assert.Equal("error", Assert.Single(Named("router.requests")).Tags["router.status"]);
    }

    [Fact]
    public async Task RecordAsync_StoreFails_NothingCountedAndTheFailureSurfaces()
    {
        var ledger = new MeteredSpendLedger(new FailingLedger(), Metrics);

        await Assert.ThrowsAsync<IOException>(() => ledger.RecordAsync(LedgerTestData.Entry("acme", "req-1")));

        Assert.Empty(_measurements);
    }

    private List<(string Name, double Value, Dictionary<string, object?> Tags)> Named(string name)
    {
        lock (_measurements)
        {
            return [.. _measurements.Where(m => m.Name == name)];
        }
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        lock (_measurements)
        {
            _measurements.Add((instrument.Name, value, copy));
        }
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private sealed class FailingLedger : ISpendLedger
    {
        public Task RecordAsync(LedgerEntry entry, CancellationToken cancellationToken = default) => throw new IOException("disk full");

        public IAsyncEnumerable<LedgerEntry> QueryAsync(LedgerQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
