using System.Globalization;
using Router.Accounting;
using Router.Functions.Auth;
using Router.Functions.Http;

namespace Router.Functions.Endpoints.Dashboard;

/// <summary>
/// Reads <c>from, to, tenant, route, model</c> for the dashboard's JSON endpoints with the rules of /api/costs:
/// UTC days, inclusive, default the last 7, at most <see cref="CostsFunction.MaxDays"/>; a tenant key is scoped to its
/// own tenant (naming another ⇒ 403); the manager key sees all tenants or the one it names.
/// </summary>
internal sealed class CostQueryReader(TimeProvider time)
{
    public (SpendReportQuery? Query, IResult? Error) Read(CallerIdentity caller, IQueryCollection query)
    {
        string? tenant = query["tenant"];
        if (!caller.IsManager && !string.IsNullOrEmpty(tenant) && !caller.MayActFor(tenant))
        {
            return (null, OpenAiError.Forbidden("This API key may only read its own tenant's costs."));
        }

        var today = Today;
        if (!TryDay(query["from"], today.AddDays(-6), out var from) || !TryDay(query["to"], today, out var to))
        {
            return (null, OpenAiError.BadRequest("'from' and 'to' must be dates as yyyy-MM-dd.", "from"));
        }

        if (from > to || to.DayNumber - from.DayNumber >= CostsFunction.MaxDays)
        {
            return (null, OpenAiError.BadRequest($"'from' must not be after 'to', and the range must be at most {CostsFunction.MaxDays} days.", "from"));
        }

        var scope = caller.IsManager ? NullIfEmpty(tenant) : caller.TenantId;
        return (new SpendReportQuery(from, to, scope, NullIfEmpty(query["route"]), NullIfEmpty(query["model"])), null);
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
