using Router.Accounting;
using Router.Accounting.GpuTime;
using Router.Tests.Accounting.Ledger;

namespace Router.Tests.Accounting.GpuTime;

public sealed class GpuCostAllocatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static GpuUsageInterval Interval(string instance, decimal billed, decimal cold, decimal busy) =>
        new(instance, "m", "gpu", Start, Start.AddMinutes(5), billed, cold, busy, billed - cold - busy);

    private static LedgerEntry Call(string id, double gpuSeconds, int prompt = 10, int completion = 10) =>
        LedgerTestData.Entry("t", id) with { GpuSeconds = gpuSeconds, PromptTokens = prompt, CompletionTokens = completion };

    [Fact]
    public void Allocate_SharesThatDoNotDivideEvenly_SumExactlyToTheBusySpend()
    {
        var calls = Enumerable.Range(0, 7).Select(i => Call($"c{i}", 1.0 / 3)).ToList();

        var (window, shares) = GpuCostAllocator.Allocate(Start, Start.AddMinutes(5), "gpu", 0.000163m, [Interval("a", 300, 0, 100)], calls);

        Assert.Equal(100 * 0.000163m, shares.Sum(s => s.CostUsd));
        Assert.Equal(window.BilledUsd, window.AllocatedUsd + window.OverheadUsd);
        Assert.All(shares, s => Assert.InRange(s.CostUsd, 0.0023285714m, 0.0023285716m));
    }

    [Fact]
    public void Allocate_TwoReplicas_BilledIsTheSumOfReplicaSecondsAndSharesFollowDecodeSeconds()
    {
        var (window, shares) = GpuCostAllocator.Allocate(Start, Start.AddMinutes(5), "gpu", 0.001m,
            [Interval("a", 300, 40, 30), Interval("b", 120, 60, 10)], [Call("x", 3), Call("y", 1)]);

        Assert.Equal((2, 420m, 0.420m, 0.100m, 0.280m), (window.Replicas, window.BilledSeconds, window.BilledUsd, window.ColdStartUsd, window.IdleUsd));
        Assert.Equal([0.030m, 0.010m], shares.Select(s => s.CostUsd));
        Assert.Equal(40m / 420m, window.Utilisation);
    }

    [Fact]
    public void Allocate_NoCalls_BusySpendIsUnattributedNotLost()
    {
        var (window, shares) = GpuCostAllocator.Allocate(Start, Start.AddMinutes(5), "gpu", 0.001m, [Interval("a", 300, 0, 12)], []);

        Assert.Empty(shares);
        Assert.Equal(0.012m, window.UnattributedUsd);
        Assert.Equal(window.BilledUsd, window.AllocatedUsd + window.OverheadUsd);
    }

    [Fact]
    public void Allocate_CallWithoutMeasuredDecodeTime_WeightedByTokensAtThroughput()
    {
        // 300 tokens at 100 tokens/s = 3 s against a measured 1 s.
        var (_, shares) = GpuCostAllocator.Allocate(Start, Start.AddMinutes(5), "gpu", 0.001m, [Interval("a", 60, 0, 4)],
            [Call("measured", 1.0), Call("estimated", 0, prompt: 200, completion: 100)], tokensPerSecond: 100m);

        Assert.Equal([0.001m, 0.003m], shares.Select(s => s.CostUsd));
    }

    [Fact]
    public void Between_NoEarlierSample_CountsFromProcessStart()
    {
        var sample = CostScenarioTests.Sample("a", Start, Start.AddSeconds(90), cold: 30, busy: 10, idleFor: 5);

        var interval = GpuUsageInterval.Between(null, sample);

        Assert.Equal((Start, 90m, 30m, 10m, 50m), (interval.From, interval.BilledSeconds, interval.ColdStartSeconds, interval.BusySeconds, interval.IdleSeconds));
    }
}
