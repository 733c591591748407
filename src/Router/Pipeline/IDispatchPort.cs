using Router.Backends;
using Router.Routing;

namespace Router.Pipeline;

/// <summary>
/// What the pipeline needs from the backends stage: run a decided request, with the policy's fallback.
/// A port owned by the pipeline so it does not depend on how dispatching is built; the host adapts the
/// backends stage's dispatcher to it. Failures surface as <see cref="BackendException"/>.
/// </summary>
public interface IDispatchPort
{
    Task<DispatchResult> CompleteAsync(RouteDecision decision, BackendRequest request, CancellationToken cancellationToken = default);

    /// <summary>Streams deltas; the last chunk carries usage when the backend reports it.</summary>
    IAsyncEnumerable<BackendChunk> StreamAsync(RouteDecision decision, BackendRequest request, CancellationToken cancellationToken = default);
}

/// <summary>The completion and where it was actually served (differs from the decision after a fallback).</summary>
public sealed record DispatchResult(
    BackendCompletion Completion,
    Route Route,
    string Backend,
    string Model,
    string? FallbackFrom = null,
    string? FallbackReason = null);
