namespace Router.Backends;

/// <summary>The closed set every backend error is mapped into, once, at the backend boundary.</summary>
public enum BackendFailure
{
    Throttled,
    Unavailable,
    Timeout,
    BadRequest,
    PolicyRefused,
}

public sealed class BackendException(string backend, BackendFailure failure, string message, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Backend { get; } = backend;
    public BackendFailure Failure { get; } = failure;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
