using Router.Routing;

namespace Router.Backends;

/// <summary>Why a request was served by its fallback route, for the ledger and the decision record.
/// <see cref="Reason"/> names the failure and backend, never request content.</summary>
public sealed record FallbackRecord(Route From, Route To, BackendFailure Failure, string Reason);
