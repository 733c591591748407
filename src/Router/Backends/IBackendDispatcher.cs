using Router.Classification;
using Router.Routing;

namespace Router.Backends;

/// <summary>
/// Calls the backend a <see cref="RouteDecision"/> chose and, when it fails with throttling, outage or timeout,
/// the decision's <see cref="RouteDecision.Fallback"/> route, and nothing else. Whatever the decision says, a
/// sensitive request never reaches a closed-vendor backend: that is refused with
/// <see cref="BackendFailure.PolicyRefused"/>.
/// </summary>
public interface IBackendDispatcher
{
    Task<DispatchResult> DispatchAsync(RouteDecision decision, SensitivityVerdict verdict, BackendRequest request, CancellationToken cancellationToken = default);

    /// <summary>Returns once the first chunk is in hand (fallback happens only before it), so the caller can
    /// send headers naming the route that really serves the stream.</summary>
    Task<DispatchStream> StreamAsync(RouteDecision decision, SensitivityVerdict verdict, BackendRequest request, CancellationToken cancellationToken = default);
}
