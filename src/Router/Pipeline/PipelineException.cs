using Router.Backends;

namespace Router.Pipeline;

/// <summary>Why the pipeline did not produce a completion. Hosts map each kind to one status code.</summary>
public enum PipelineFailure
{
    /// <summary>The tenant's daily budget cannot cover the call's worst case.</summary>
    BudgetExhausted,
    /// <summary>No allowed route can serve the request.</summary>
    PolicyRefused,
    /// <summary>The backend (and any fallback) failed; see <see cref="PipelineException.BackendFailure"/>.</summary>
    BackendFailed,
    /// <summary>No allowed route can honour a parameter of the request; see <see cref="PipelineException.Parameter"/>.</summary>
    UnsupportedParameter,
}

public sealed class PipelineException(PipelineFailure failure, string message, BackendFailure? backendFailure = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public PipelineFailure Failure { get; } = failure;
    public BackendFailure? BackendFailure { get; } = backendFailure;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>For <see cref="PipelineFailure.UnsupportedParameter"/>: the parameter or schema keyword.</summary>
    public string? Parameter { get; init; }

    /// <summary>True when trying again later may succeed (a queue message should be retried, not dropped).</summary>
    public bool IsTransient => Failure == PipelineFailure.BackendFailed
        && BackendFailure is Backends.BackendFailure.Throttled or Backends.BackendFailure.Unavailable or Backends.BackendFailure.Timeout;
}
