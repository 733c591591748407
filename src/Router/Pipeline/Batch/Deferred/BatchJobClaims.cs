using Microsoft.Extensions.Options;

namespace Router.Pipeline.Batch.Deferred;

/// <summary>
/// Which poll run works on a batch job. A run claims a job (a save conditional on the version it read) before any
/// step, renews the claim with every step it stores and gives it back when it stops; a job another run holds is left
/// alone. So two pollers (two instances, or a timer run overlapping the last) never upload, create or ingest the same
/// batch at once, and a run whose claim ran out finds out at its next save (<see cref="BatchJobConflictException"/>).
/// A run that died holds its jobs until <see cref="BatchApiOptions.ClaimTimeout"/> after its last stored step.
/// </summary>
internal sealed class BatchJobClaims
{
    private readonly IBatchJobStore _store;
    private readonly IOptionsMonitor<BatchApiOptions> _options;
    private readonly TimeProvider _time;

    public BatchJobClaims(IBatchJobStore store, IOptionsMonitor<BatchApiOptions> options, TimeProvider time)
    {
        _store = store;
        _options = options;
        _time = time;
    }

    /// <summary>A new poll run's name: the machine (for people reading the table) and a unique part.</summary>
    public static string NewOwner() => $"{Environment.MachineName}/{Guid.NewGuid():N}";

    /// <summary>The job with its claim (if any) held for another <see cref="BatchApiOptions.ClaimTimeout"/> from now.</summary>
    public BatchJob Renewed(BatchJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.ClaimedBy is null ? job : job with { ClaimedUntil = _time.GetUtcNow() + _options.CurrentValue.ClaimTimeout };
    }

    /// <summary>The job, claimed by <paramref name="owner"/>; null when another run holds it or changed it first.</summary>
    public async Task<BatchJob?> TryClaimAsync(BatchJob job, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.ClaimedBy is { } holder && holder != owner && job.ClaimedUntil > _time.GetUtcNow())
        {
            return null;
        }

        try
        {
            return await _store.SaveJobAsync(Renewed(job with { ClaimedBy = owner }), cancellationToken).ConfigureAwait(false);
        }
        catch (BatchJobConflictException)
        {
            return null;
        }
    }

    /// <summary>
    /// Gives the job back if this run still holds it, read again first: a step that failed half-way may have stored a
    /// newer version than the caller has. Best effort: a claim that cannot be given back runs out by itself.
    /// </summary>
    public async Task ReleaseAsync(string jobId, string owner)
    {
        try
        {
            if (await _store.GetJobAsync(jobId, CancellationToken.None).ConfigureAwait(false) is { } current && current.ClaimedBy == owner)
            {
                await _store.SaveJobAsync(current with { ClaimedBy = null, ClaimedUntil = null }, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Taken over meanwhile, or storage unreachable: the claim runs out by itself.
        }
    }
}
