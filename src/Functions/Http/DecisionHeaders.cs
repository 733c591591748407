using System.Text;
using Router.Routing;

namespace Router.Functions.Http;

/// <summary>
/// The decision record as response headers. Reasons name rules and entity types only (the policy never puts
/// values in them); they are still percent-encoded outside printable ASCII so any reason is a legal header value.
/// </summary>
internal static class DecisionHeaders
{
    public const string Route = "x-router-route";
    public const string Model = "x-router-model";
    public const string Reasons = "x-router-reasons";
    public const string Cache = "x-router-cache";
    public const string RequestId = "x-request-id";

    /// <summary>Present only when the decision's fallback answered: "{from} -> {to}; {why}".</summary>
    public const string Fallback = "x-router-fallback";

    public static void Write(HttpResponse response, string requestId, RouteDecision decision, string? fallbackFrom = null, string? fallbackReason = null)
    {
        if (fallbackFrom is not null)
        {
            response.Headers[Fallback] = Encode($"{fallbackFrom} -> {decision.Route.ToWireName()}; {fallbackReason}");
        }

        response.Headers[RequestId] = requestId;
        response.Headers[Route] = decision.Route.ToWireName();
        response.Headers[Model] = Encode(decision.Model);
        response.Headers[Reasons] = string.Join(", ", decision.Reasons.Select(Encode));
        response.Headers[Cache] = decision.CacheHit ? "hit" : "miss";
    }

    /// <summary>Keeps printable ASCII except the list separator and '%'; everything else becomes %XX of its UTF-8.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= 0x20 and < 0x7F && b != (byte)',' && b != (byte)'%')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
