using Router.Routing;

namespace Router.Backends;

/// <summary>A completion and where it really came from (which differs from the decision after a fallback).</summary>
public sealed record DispatchResult(BackendCompletion Completion, Route Route, string Backend, string Model, FallbackRecord? Fallback);
