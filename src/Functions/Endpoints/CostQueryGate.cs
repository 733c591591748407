using System.Globalization;
using Router.Accounting;
using Router.Functions.Auth;
using Router.Functions.Http;

namespace Router.Functions.Endpoints;

/// <summary>
/// The front door of every spend endpoint (/api/costs and the dashboard's JSON): checks the key, then reads
/// <c>from, to, tenant, route, model, servedModel</c>: UTC days, inclusive, default the last 7, at most <see cref="MaxDays"/>;
/// a tenant key is scoped to its own tenant (naming another ⇒ 403); the manager key sees all tenants or the one
/// it names.
/// </summary>
internal sealed class CostQueryGate(RequestGate gate, TimeProvider time)
{
    public const int MaxDays = 366;

    /// <summary>The query, or null after writing the 401/403/400 response.</summary>
    public async Task<SpendReportQuery?> PassAsync(HttpContext context)
    {
        SpendReportQuery? query = null;
        IResult? error;
        using (var gated = await gate.PassAsync(context, readBody: false))
        {
            error = gated.Error;
            if (error is null)
            {
                (query, error) = Read(gated.Caller!, context.Request.Query);
            }
        }

        if (error is not null)
        {
            await error.ExecuteAsync(context);
        }

        return query;
    }

    private (SpendReportQuery? Query, IResult? Error) Read(CallerIdentity caller, IQueryCollection query)
    {
        string? tenant = query["tenant"];
        if (RequestGate.InvalidTenant(tenant, "tenant") is { } invalidTenant)
        {
            return (null, invalidTenant);
        }

        if (!caller.IsManager && !string.IsNullOrEmpty(tenant) && !caller.MayActFor(tenant))
        {
            return (null, OpenAiError.Forbidden("This API key may only read its own tenant's costs."));
        }

        var today = Today;
        if (!TryDay(query["from"], today.AddDays(-6), out var from) || !TryDay(query["to"], today, out var to))
        {
            return (null, OpenAiError.BadRequest("'from' and 'to' must be dates as yyyy-MM-dd.", "from"));
        }

        if (from > to || to.DayNumber - from.DayNumber >= MaxDays)
        {
            return (null, OpenAiError.BadRequest($"'from' must not be after 'to', and the range must be at most {MaxDays} days.", "from"));
        }

        var scope = caller.IsManager ? NullIfEmpty(tenant) : caller.TenantId;
        return (new SpendReportQuery(from, to, scope, NullIfEmpty(query["route"]), NullIfEmpty(query["model"]), NullIfEmpty(query["servedModel"])), null);
    }

    /// <summary>Budgets and the dashboard's "today" are UTC days.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

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
