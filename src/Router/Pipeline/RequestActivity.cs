using System.Diagnostics;
using Router.Backends;
using Router.Diagnostics;
using Router.Requests;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>
/// The <c>router.request</c> span: one per request, from classification to the answer (the backend call, traced by
/// the HTTP client, nests under it). Tags say how it was routed and why; they name entity types and counts, never
/// prompt text or detected values. Nothing is done when nobody listens.
/// </summary>
internal static class RequestActivity
{
    /// <summary>Runs <paramref name="body"/> inside the span, which records a failure and ends with it.</summary>
    public static async Task<T> TraceAsync<T>(ChatRequest request, string source, Func<Activity?, Task<T>> body)
    {
        using var activity = Start(request, source);
        try
        {
            return await body(activity).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Failed(activity, e);
            throw;
        }
    }

    private static Activity? Start(ChatRequest request, string source)
    {
        var activity = RouterTelemetry.Source.StartActivity("router.request");
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("router.request_id", request.RequestId);
            activity.SetTag("router.tenant", request.TenantId);
            activity.SetTag("router.source", source);
        }

        return activity;
    }

    public static void Prepared(Activity? activity, PreparedRequest prepared)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        var sensitivity = prepared.Classification.Sensitivity;
        activity.SetTag("router.sensitivity", sensitivity.Level.ToString());
        activity.SetTag("router.entity_count", sensitivity.Entities.Count);
        activity.SetTag("router.entity_types", sensitivity.EntityTypeCounts.Keys.Order(StringComparer.Ordinal).ToArray());
        activity.SetTag("router.difficulty", prepared.Classification.Difficulty);
        if (prepared.Decision is not { } decision)
        {
            activity.SetStatus(ActivityStatusCode.Error, "refused by policy");
            return;
        }

        activity.SetTag("router.threshold", decision.Threshold);
        activity.SetTag("router.cache_hit", decision.CacheHit);
        Routed(activity, decision.Route, decision.Backend, decision.Model);
    }

    /// <summary>The route that really answered (a fallback may differ from the decision).</summary>
    public static void Served(Activity? activity, DispatchResult served)
    {
        if (activity is not { IsAllDataRequested: true })
        {
            return;
        }

        Routed(activity, served.Route, served.Backend, served.Model);
        if (served.Fallback is { } fallback)
        {
            activity.SetTag("router.fallback_from", fallback.From.ToWireName());
            activity.SetTag("router.fallback_failure", fallback.Failure.ToString());
        }
    }

    /// <summary>The request failed; the exception's type and the pipeline's failure kind, not its message.</summary>
    private static void Failed(Activity? activity, Exception e) =>
        activity?.SetStatus(ActivityStatusCode.Error, e is PipelineException p ? p.Failure.ToString() : e.GetType().Name);

    private static void Routed(Activity activity, Route route, string backend, string model)
    {
        activity.SetTag("router.route", route.ToWireName());
        activity.SetTag("router.backend", backend);
        activity.SetTag("router.model", model);
    }
}
