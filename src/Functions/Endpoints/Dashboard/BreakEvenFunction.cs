using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.GpuTime;
using Router.Accounting.Pricing;
using Router.Functions.Http;
using Router.Functions.Native;
using Router.Routing;

namespace Router.Functions.Endpoints.Dashboard;

/// <summary>
/// GET /api/costs/breakeven?from&amp;to&amp;tenant&amp;route&amp;model: the <see cref="BreakEven"/> of the GPU worker's model
/// against the premium model, with the range's token volume projected to a 30-day month. The GPU model is that of
/// the filtered route when it runs on the GPU worker, else of the first private route that does.
/// <para>With the GpuUsage windows of the range it also reports what the GPU replicas were billed, split into use
/// allocated to calls, idle and cold start, the measured utilisation (busy / billed seconds) and the utilisation at
/// which a scale-to-zero worker's tokens cost the same as the API's: GPU $/s × seconds per token ÷ utilisation =
/// API $/token. Both use the ledger's prices (the same catalogue). GPU figures are deployment-wide, not per tenant.</para>
/// </summary>
internal sealed class BreakEvenFunction(
    CostQueryGate costQueries, ISpendReporter reporter, IPriceCatalog prices, IGpuUsageStore gpuUsage, IOptionsMonitor<RouterOptions> options)
{
    public const decimal DaysPerMonth = 30m;

    public async Task HandleAsync(HttpContext context)
    {
        if (await costQueries.PassAsync(context) is not { } query)
        {
            return;
        }

        var router = options.CurrentValue;
        if (GpuModel(router, query.Route) is not { } gpu)
        {
            await OpenAiError.NotFound("No route is served by a GPU-worker model, so there is no break-even to show.", "route").ExecuteAsync(context);
            return;
        }

        var totals = (await reporter.GetAsync(query, context.RequestAborted)).Totals;
        var tokens = totals.PromptTokens + totals.CompletionTokens;
        // No traffic in range: assume an even prompt/completion split rather than divide by zero.
        var promptShare = tokens == 0 ? 0.5m : (decimal)totals.PromptTokens / tokens;
        var result = BreakEven.Calculate(gpu, prices.Get(router.PremiumModel), promptShare);
        var days = query.To.DayNumber - query.From.DayNumber + 1;
        var gpuSpend = await GpuSpendAsync(query, context.RequestAborted);
        decimal? measured = gpuSpend.BilledSeconds > 0m ? Math.Round(gpuSpend.BusySeconds / gpuSpend.BilledSeconds, 6) : null;
        var secondsPerToken = promptShare / gpu.Gpu!.PromptTokensPerSecond + (1m - promptShare) / gpu.Gpu.TokensPerSecond;
        decimal? breakEvenUtilisation = result.ApiBlendedPerMillionUsd > 0m
            ? gpu.Gpu.PerSecondUsd * secondsPerToken * 1_000_000m / result.ApiBlendedPerMillionUsd
            : null;
        await Results.Json(new BreakEvenView(
            result.GpuModel,
            result.ApiModel,
            result.MonthlyGpuCostUsd,
            result.ApiBlendedPerMillionUsd,
            result.BreakEvenTokensPerMonth,
            result.CapacityTokensPerMonth,
            Math.Round(tokens * DaysPerMonth / days))
        {
            Gpu = gpuSpend,
            MeasuredUtilisation = measured,
            ScaleToZeroCostPerMillionTokensUsd = measured is > 0m ? Math.Round(gpu.Gpu.PerSecondUsd * secondsPerToken * 1_000_000m / measured.Value, 6) : null,
            BreakEvenUtilisation = breakEvenUtilisation is { } u ? Math.Round(u, 6) : null,
        }, NativeWire.Json).ExecuteAsync(context);
    }

    private async Task<GpuSpendView> GpuSpendAsync(SpendReportQuery query, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var windows = await gpuUsage.AllocationsAsync(from, from.AddDays(query.To.DayNumber - query.From.DayNumber + 1), cancellationToken);
        return new GpuSpendView(
            windows.Sum(w => w.BilledUsd), windows.Sum(w => w.AllocatedUsd), windows.Sum(w => w.IdleUsd), windows.Sum(w => w.ColdStartUsd),
            windows.Sum(w => w.UnattributedUsd), windows.Sum(w => w.BilledSeconds), windows.Sum(w => w.BusySeconds), windows.Count(w => w.BilledSeconds > 0m));
    }

    private ModelPrice? GpuModel(RouterOptions router, string? routeFilter)
    {
        var gpuRoutes = router.Routes.Where(r => r.Key.IsPrivate()).OrderBy(r => r.Key)
            .Select(r => (Wire: r.Key.ToWireName(), Price: prices.TryGet(r.Value.Model, out var p) ? p : null))
            .Where(r => r.Price is { IsGpuWorker: true })
            .ToArray();
        return gpuRoutes.FirstOrDefault(r => r.Wire == routeFilter).Price ?? gpuRoutes.FirstOrDefault().Price;
    }
}

/// <summary>What the break-even chart draws. <see cref="BreakEvenMonthlyTokens"/> is null when the API is free.</summary>
internal sealed record BreakEvenView(
    string GpuModel,
    string ApiModel,
    decimal GpuMonthlyCostUsd,
    decimal ApiCostPerMillionTokensUsd,
    decimal? BreakEvenMonthlyTokens,
    decimal CapacityMonthlyTokens,
    decimal CurrentMonthlyTokens)
{
    public GpuSpendView Gpu { get; init; } = new(0m, 0m, 0m, 0m, 0m, 0m, 0m, 0);

    /// <summary>Busy / billed replica seconds in range; null when no GPU time was collected.</summary>
    public decimal? MeasuredUtilisation { get; init; }

    /// <summary>What a million tokens cost on the scale-to-zero worker at the measured utilisation (billed seconds per busy second included).</summary>
    public decimal? ScaleToZeroCostPerMillionTokensUsd { get; init; }

    /// <summary>Utilisation above which the scale-to-zero worker's tokens cost less than the API's; null when the API is free.</summary>
    public decimal? BreakEvenUtilisation { get; init; }
}

/// <summary>Private GPU spend in range: billed = allocated + idle + cold start + unattributed.</summary>
internal sealed record GpuSpendView(
    decimal BilledUsd, decimal AllocatedUsd, decimal IdleUsd, decimal ColdStartUsd, decimal UnattributedUsd, decimal BilledSeconds, decimal BusySeconds, int Windows);
