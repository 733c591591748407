using System.Diagnostics.Metrics;
using Router.Diagnostics;

namespace Router.Accounting.Ledger;

/// <summary>
/// <c>router.ledger.dead_lettered</c>: ledger rows the table refused for good and the spool set aside (by HTTP
/// status), so an operator sees them without reading spool folders. Static like the trace source: the spool writer
/// has no DI scope of its own, and one process has one spool.
/// </summary>
internal static class LedgerDeadLetters
{
    private static readonly Meter Meter = new(RouterTelemetry.Name);
    private static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>(
        "router.ledger.dead_lettered", "{row}", "Ledger rows the table rejected permanently, kept in the spool's .rejected files");

    public static void Count(int status) => DeadLettered.Add(1, new KeyValuePair<string, object?>("http.response.status_code", status));
}
