using System.Globalization;
using Router.Accounting;
using Router.Functions.Http;
using Router.Functions.Native;

namespace Router.Functions.Endpoints;

/// <summary>GET /api/costs?from&amp;to&amp;tenant&amp;route&amp;model: the spend report. A tenant key sees only its own
/// tenant; the manager key sees all tenants or the one it names. Days are UTC, inclusive, default the last 7.</summary>
internal sealed class CostsFunction(RequestGate gate, ISpendReporter reporter, TimeProvider time)
{
    public const int MaxDays = 366;

    public async Task HandleAsync(HttpContext context)
    {
        using var gated = await gate.PassAsync(context, readBody: false);
        if (gated.Error is not null)
        {
            await gated.Error.ExecuteAsync(context);
            return;
        }

        var caller = gated.Caller!;
        var query = context.Request.Query;
        string? tenant = query["tenant"];
        if (!caller.IsManager && !string.IsNullOrEmpty(tenant) && !caller.MayActFor(tenant))
        {
            await OpenAiError.Forbidden("This API key may only read its own tenant's costs.").ExecuteAsync(context);
            return;
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (!TryDay(query["from"], today.AddDays(-6), out var from) || !TryDay(query["to"], today, out var to))
        {
            await OpenAiError.BadRequest("'from' and 'to' must be dates as yyyy-MM-dd.", "from").ExecuteAsync(context);
            return;
        }

        if (from > to || to.DayNumber - from.DayNumber >= MaxDays)
        {
            await OpenAiError.BadRequest($"'from' must not be after 'to', and the range must be at most {MaxDays} days.", "from").ExecuteAsync(context);
            return;
        }

        var scope = caller.IsManager ? NullIfEmpty(tenant) : caller.TenantId;
        var report = await reporter.GetAsync(new SpendReportQuery(from, to, scope, NullIfEmpty(query["route"]), NullIfEmpty(query["model"])), context.RequestAborted);
        await Results.Json(report, NativeWire.Json).ExecuteAsync(context);
    }

    private static bool TryDay(string? value, DateOnly fallback, out DateOnly day)
    {
        if (string.IsNullOrEmpty(value))
        {
            day = fallback;
            return true;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
