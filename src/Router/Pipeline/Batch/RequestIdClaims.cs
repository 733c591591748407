namespace Router.Pipeline.Batch;

/// <summary>
/// Claims a caller-chosen request id before the call runs, so two calls under one id (two HTTP retries sent at once,
/// an HTTP call and a queue message, or the same on two instances) never both run and write two answers or ledger
/// rows under it: the claim is a <see cref="BatchResult.Running"/> result added only where nothing is stored.
/// A claim left by a crashed call is taken over once it is older than <see cref="AbandonedAfter"/>.
/// </summary>
public sealed class RequestIdClaims(IBatchResultStore store, TimeProvider time)
{
    /// <summary>Longer than any call may run (backend timeouts and retries included); as long as a crashed call's
    /// budget reservation is held.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    /// <summary>Null when the id is now this call's; otherwise what is stored under it (possibly another call's
    /// <see cref="BatchResult.Running"/> claim).</summary>
    public async ValueTask<BatchResult?> TryClaimAsync(string tenantId, string requestId, string fingerprint, CancellationToken cancellationToken)
    {
        var claim = new BatchResult
        {
            RequestId = requestId,
            TenantId = tenantId,
            Status = BatchResult.Running,
            CompletedAt = time.GetUtcNow(),
            Fingerprint = fingerprint,
        };
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.TryAddAsync(claim, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var earlier = await store.GetAsync(tenantId, requestId, cancellationToken).ConfigureAwait(false);
            if (earlier is null)
            {
                continue; // a claim was released between the two reads
            }

            if (earlier.Status == BatchResult.Running && claim.CompletedAt - earlier.CompletedAt > AbandonedAfter)
            {
                await store.SaveAsync(claim, cancellationToken).ConfigureAwait(false);
                return null;
            }

            return earlier;
        }

        return claim; // claimed and released repeatedly meanwhile: busy
    }

    /// <summary>Gives the id back after a call that stored no result (a transient failure the caller may retry).</summary>
    public ValueTask ReleaseAsync(string tenantId, string requestId) =>
        store.RemoveRunningAsync(tenantId, requestId, CancellationToken.None);
}
