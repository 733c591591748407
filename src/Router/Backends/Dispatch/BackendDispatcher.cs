using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Classification;
using Router.Routing;

namespace Router.Backends.Dispatch;

internal sealed class BackendDispatcher(IBackendResolver backends, IOptions<RouterOptions> routerOptions, ILogger<BackendDispatcher> logger) : IBackendDispatcher
{
    public async Task<DispatchResult> DispatchAsync(RouteDecision decision, SensitivityVerdict verdict, BackendRequest request, CancellationToken cancellationToken = default)
    {
        var primary = Target(decision.Route, decision.Backend, decision.Model, decision, verdict);
        try
        {
            var completion = await primary.Backend.CompleteAsync(request with { Model = primary.Model }, cancellationToken).ConfigureAwait(false);
            return new(completion, primary.Route, primary.Backend.Name, primary.Model, null);
        }
        catch (BackendException e) when (CanFallBack(decision, e))
        {
            var fallback = FallbackTarget(decision, verdict, e);
            var record = Record(decision.Route, fallback.Route, e);
            var completion = await fallback.Backend.CompleteAsync(request with { Model = fallback.Model }, cancellationToken).ConfigureAwait(false);
            return new(completion, fallback.Route, fallback.Backend.Name, fallback.Model, record);
        }
    }

    public async Task<DispatchStream> StreamAsync(RouteDecision decision, SensitivityVerdict verdict, BackendRequest request, CancellationToken cancellationToken = default)
    {
        var primary = Target(decision.Route, decision.Backend, decision.Model, decision, verdict);
        try
        {
            return await OpenAsync(primary, request, null, cancellationToken).ConfigureAwait(false);
        }
        catch (BackendException e) when (CanFallBack(decision, e))
        {
            var fallback = FallbackTarget(decision, verdict, e);
            return await OpenAsync(fallback, request, Record(decision.Route, fallback.Route, e), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<DispatchStream> OpenAsync(ResolvedTarget target, BackendRequest request, FallbackRecord? fallback, CancellationToken cancellationToken)
    {
        var enumerator = target.Backend.StreamAsync(request with { Model = target.Model }, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            var hasFirst = await enumerator.MoveNextAsync().ConfigureAwait(false);
            return new DispatchStream(target.Route, target.Backend.Name, target.Model, fallback, enumerator, hasFirst);
        }
        catch
        {
            await enumerator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Only the decision's fallback, only if configured, only for failures another route can cure.</summary>
    private bool CanFallBack(RouteDecision decision, BackendException failure) =>
        decision.Fallback is { } route
        && failure.Failure is BackendFailure.Throttled or BackendFailure.Unavailable or BackendFailure.Timeout
        && routerOptions.Value.Routes.ContainsKey(route);

    /// <summary>Runs the same sensitivity guard as the primary (outside the exception filter, where a throw
    /// would be swallowed): a violation throws PolicyRefused instead of falling back.</summary>
    private ResolvedTarget FallbackTarget(RouteDecision decision, SensitivityVerdict verdict, BackendException failure)
    {
        var route = decision.Fallback!.Value;
        var target = routerOptions.Value.Routes[route];
        var resolved = Target(route, target.Backend, target.Model, decision, verdict);
        BackendsLog.FallingBack(logger, decision.Route, failure.Failure, route);
        return resolved;
    }

    private ResolvedTarget Target(Route route, string backendName, string model, RouteDecision decision, SensitivityVerdict verdict)
    {
        var backend = backends.Get(backendName);
        var sensitive = verdict.IsSensitive || decision.Sensitivity != SensitivityLevel.None;
        if (sensitive && (backend.IsClosedVendor || !route.IsPrivate()))
        {
            BackendsLog.SensitiveToClosedRefused(logger, backend.Name, route);
            throw new BackendException(backend.Name, BackendFailure.PolicyRefused,
                $"Sensitive request refused for route {route.ToWireName()} ({backend.Name}): it must stay on a private route.");
        }

        return new ResolvedTarget(route, backend, model);
    }

    private static FallbackRecord Record(Route from, Route to, BackendException failure) =>
        new(from, to, failure.Failure, $"{failure.Backend}: {failure.Failure}: {failure.Message}");

    private sealed record ResolvedTarget(Route Route, IChatBackend Backend, string Model);
}
