namespace Router.Accounting.GpuTime;

/// <summary>
/// Splits a window's billed replica time among the window's private calls.
/// <para>Billed = Σ replica seconds × rate. Cold-start and idle seconds are overhead lines of their own; the busy
/// seconds' cost is shared by the calls in proportion to their measured decode seconds (the worker's gpu_seconds:
/// each batched llama_decode step split by the tokens each sequence put into it). Decode seconds rather than tokens,
/// because a prompt token costs the GPU a fraction of a generated one and batching shares a step among sequences;
/// a call whose decode time is unknown (0) is weighted by its tokens at the model's throughput instead.</para>
/// <para>Shares are rounded down to <see cref="Decimals"/> places and the rounding remainder goes to the largest
/// share, so Σ allocated + overhead = billed exactly (not merely to the cent).</para>
/// </summary>
internal static class GpuCostAllocator
{
    /// <summary>Places kept per call: sub-cent amounts stay visible (a short call costs a few hundredths of a cent).</summary>
    public const int Decimals = 10;

    public static (GpuAllocation Window, IReadOnlyList<CallAllocation> Calls) Allocate(
        DateTimeOffset windowStart, DateTimeOffset windowEnd, string priceModel, decimal ratePerSecondUsd,
        IReadOnlyCollection<GpuUsageInterval> intervals, IReadOnlyCollection<LedgerEntry> calls, decimal tokensPerSecond = 0m)
    {
        var billed = intervals.Sum(i => i.BilledSeconds);
        var cold = intervals.Sum(i => i.ColdStartSeconds);
        var busy = intervals.Sum(i => i.BusySeconds);
        var idle = intervals.Sum(i => i.IdleSeconds);
        var billedUsd = billed * ratePerSecondUsd;
        var coldUsd = cold * ratePerSecondUsd;
        var idleUsd = idle * ratePerSecondUsd;
        var busyUsd = billedUsd - coldUsd - idleUsd;

        var weighted = calls.Select(c => (Call: c, Weight: DecodeSeconds(c, tokensPerSecond))).Where(c => c.Weight > 0m).ToList();
        var totalWeight = weighted.Sum(c => c.Weight);
        var shares = new List<CallAllocation>(weighted.Count);
        if (totalWeight > 0m)
        {
            foreach (var (call, weight) in weighted)
            {
                shares.Add(new CallAllocation(call.TenantId, call.RequestId, Math.Round(busyUsd * weight / totalWeight, Decimals, MidpointRounding.ToZero)));
            }

            var remainder = busyUsd - shares.Sum(s => s.CostUsd);
            var largest = shares.Select((s, i) => (s, i)).MaxBy(x => x.s.CostUsd).i;
            shares[largest] = shares[largest] with { CostUsd = shares[largest].CostUsd + remainder };
        }

        var allocated = shares.Sum(s => s.CostUsd);
        var window = new GpuAllocation
        {
            WindowStart = windowStart,
            WindowEnd = windowEnd,
            PriceModel = priceModel,
            RatePerSecondUsd = ratePerSecondUsd,
            Replicas = intervals.Select(i => i.InstanceId).Distinct(StringComparer.Ordinal).Count(),
            BilledSeconds = billed,
            ColdStartSeconds = cold,
            BusySeconds = busy,
            IdleSeconds = idle,
            Calls = shares.Count,
            DecodeSeconds = totalWeight,
            BilledUsd = billedUsd,
            AllocatedUsd = allocated,
            ColdStartUsd = coldUsd,
            IdleUsd = idleUsd,
            UnattributedUsd = busyUsd - allocated,
        };
        return (window, shares);
    }

    private static decimal DecodeSeconds(LedgerEntry call, decimal tokensPerSecond)
    {
        if (call.GpuSeconds > 0)
        {
            return Math.Round((decimal)call.GpuSeconds, 6);
        }

        return tokensPerSecond > 0m ? (call.PromptTokens + call.CompletionTokens) / tokensPerSecond : 0m;
    }
}
