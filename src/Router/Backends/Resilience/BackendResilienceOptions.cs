namespace Router.Backends.Resilience;

/// <summary>Retry, circuit breaker and timeout of one deployment, bound from
/// <c>Backends:AzureOpenAI:Resilience</c>. Defaults follow Polly's and Azure's guidance.</summary>
public sealed class BackendResilienceOptions
{
    /// <summary>Retries after the first attempt, on the same deployment.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>First backoff; grows exponentially with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>A Retry-After longer than this is not waited for: another deployment is tried instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Limit of one attempt (request to last byte for non-streamed calls, to first chunk for streams).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(60);

    public double FailureRatio { get; set; } = 0.5;

    public int MinimumThroughput { get; set; } = 4;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    internal IEnumerable<string> Validate(string prefix)
    {
        if (MaxRetries is < 0 or > 10)
        {
            yield return $"{prefix}:MaxRetries must be between 0 and 10.";
        }

        if (!(FailureRatio > 0 && FailureRatio <= 1))
        {
            yield return $"{prefix}:FailureRatio must be in (0, 1].";
        }

        if (MinimumThroughput < 2)
        {
            yield return $"{prefix}:MinimumThroughput must be at least 2.";
        }

        if (BaseDelay < TimeSpan.Zero)
        {
            yield return $"{prefix}:BaseDelay must not be negative.";
        }

        if (MaxRetryAfter < TimeSpan.Zero)
        {
            yield return $"{prefix}:MaxRetryAfter must not be negative.";
        }

        if (AttemptTimeout <= TimeSpan.Zero)
        {
            yield return $"{prefix}:AttemptTimeout must be positive.";
        }
        // Polly's own lower bounds: sampling at least 0.5 s, break at least 0.5 s.
        if (SamplingDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return $"{prefix}:SamplingDuration must be at least 00:00:00.5.";
        }

        if (BreakDuration < TimeSpan.FromMilliseconds(500))
        {
            yield return $"{prefix}:BreakDuration must be at least 00:00:00.5.";
        }
    }
}
