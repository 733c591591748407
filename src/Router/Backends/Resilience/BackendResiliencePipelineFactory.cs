using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Router.Backends.Resilience;

/// <summary>
/// Builds the per-deployment pipeline: retry (jittered exponential backoff, or the server's Retry-After) →
/// circuit breaker → per-attempt timeout. It sees only <see cref="BackendException"/>s already mapped by the
/// backend, so there is exactly one retry layer and one error vocabulary.
/// </summary>
internal static class BackendResiliencePipelineFactory
{
    public static ResiliencePipeline Create(BackendResilienceOptions options, TimeProvider timeProvider, CircuitBreakerStateProvider stateProvider)
    {
        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsRetryable(args.Outcome.Exception, options)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is BackendException { RetryAfter: { } retryAfter } ? retryAfter : (TimeSpan?)null),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                StateProvider = stateProvider,
                // Throttling is the deployment working as designed; only outages open the circuit.
                ShouldHandle = args => ValueTask.FromResult(IsOutage(args.Outcome.Exception)),
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    internal static bool IsOutage(Exception? exception) => exception switch
    {
        TimeoutRejectedException => true,
        BackendException { Failure: BackendFailure.Unavailable or BackendFailure.Timeout } => true,
        _ => false,
    };

    private static bool IsRetryable(Exception? exception, BackendResilienceOptions options) => exception switch
    {
        BackendException { Failure: BackendFailure.Throttled, RetryAfter: { } after } => after <= options.MaxRetryAfter,
        BackendException { Failure: BackendFailure.Throttled } => true,
        _ => IsOutage(exception),
    };
}
