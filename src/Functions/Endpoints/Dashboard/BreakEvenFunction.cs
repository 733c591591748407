using Microsoft.Extensions.Options;
using Router.Accounting;
using Router.Accounting.Pricing;
using Router.Functions.Http;
using Router.Functions.Native;
using Router.Routing;

namespace Router.Functions.Endpoints.Dashboard;

/// <summary>
/// GET /api/costs/breakeven?from&amp;to&amp;tenant&amp;route&amp;model: the <see cref="BreakEven"/> of the GPU worker's model
/// against the premium model, with the range's token volume projected to a 30-day month. The GPU model is that of
/// the filtered route when it runs on the GPU worker, else of the first private route that does.
/// </summary>
internal sealed class BreakEvenFunction(CostQueryGate costQueries, ISpendReporter reporter, IPriceCatalog prices, IOptionsMonitor<RouterOptions> options)
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
        await Results.Json(new BreakEvenView(
            result.GpuModel,
            result.ApiModel,
            result.MonthlyGpuCostUsd,
            result.ApiBlendedPerMillionUsd,
            result.BreakEvenTokensPerMonth,
            result.CapacityTokensPerMonth,
            Math.Round(tokens * DaysPerMonth / days)), NativeWire.Json).ExecuteAsync(context);
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
    decimal CurrentMonthlyTokens);
