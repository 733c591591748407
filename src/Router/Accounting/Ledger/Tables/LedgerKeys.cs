using System.Globalization;
using System.Text;

namespace Router.Accounting.Ledger.Tables;

/// <summary>
/// Table keys of a ledger row.
/// <para>PartitionKey = <c>{yyyyMMdd}_{tenant}</c>. The dashboard asks for a date range across all tenants, or for
/// one tenant. Day first makes the all-tenant range one contiguous PartitionKey range scan
/// (<c>PK ge '20261101' and PK lt '20261124'</c>); the tenant suffix makes one tenant's day a single partition,
/// so a tenant's range is one partition query per day, and writes spread over tenants instead of one hot
/// partition per day. Raw rows are only read for today and for top requests; older days come from roll-ups.</para>
/// <para>RowKey = <c>{tenant}_{requestId}</c>, unique and idempotent per request: a redelivered row replaces.
/// Because the day is part of the PartitionKey, a retry must keep the request's original timestamp (the time it
/// was first received, carried with the queue message), or a retry across midnight would add a second row.</para>
/// </summary>
internal static class LedgerKeys
{
    public static string DayKey(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string PartitionKey(DateTimeOffset timestamp, string tenantId) =>
        $"{DayKey(DateOnly.FromDateTime(timestamp.UtcDateTime))}_{EscapePart(tenantId)}";

    public static string PartitionKey(DateOnly day, string tenantId) => $"{DayKey(day)}_{EscapePart(tenantId)}";

    public static string RowKey(string tenantId, string requestId) => $"{EscapePart(tenantId)}_{Escape(requestId, escapeSeparator: false)}";

    /// <summary>Escapes a key part that is followed by '_' so the joined key stays unambiguous.</summary>
    public static string EscapePart(string value) => Escape(value, escapeSeparator: true);

    /// <summary>
    /// Table keys forbid '/', '\', '#', '?' and control characters. Those, and '%' itself (so the encoding is
    /// reversible), become %XX of their UTF-16 code unit; control characters all fit in two hex digits.
    /// </summary>
    public static string Escape(string value, bool escapeSeparator)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c) || (escapeSeparator && c == '_'))
            {
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
