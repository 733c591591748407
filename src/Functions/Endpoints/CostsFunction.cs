using Router.Accounting;
using Router.Functions.Native;

namespace Router.Functions.Endpoints;

/// <summary>GET /api/costs?from&amp;to&amp;tenant&amp;route&amp;model: the spend report. A tenant key sees only its own
/// tenant; the manager key sees all tenants or the one it names. Days are UTC, inclusive, default the last 7.</summary>
internal sealed class CostsFunction(CostQueryGate costQueries, ISpendReporter reporter)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (await costQueries.PassAsync(context) is not { } query)
        {
            return;
        }

        var report = await reporter.GetAsync(query, context.RequestAborted);
        await Results.Json(report, NativeWire.Json).ExecuteAsync(context);
    }
}
