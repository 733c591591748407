using Router.Pipeline.Batch;

namespace Router.Tests.Pipeline.Batch;

public sealed class RequestIdClaimsTests
{
    private readonly PipelineHarness _h = new();

    private RequestIdClaims Claims => new(_h.Results, _h.Clock);

    [Fact]
    public async Task TryClaimAsync_FreeId_ClaimedAndShownAsRunning()
    {
        Assert.Null(await Claims.TryClaimAsync("acme", "c-1", "fp", CancellationToken.None));

        var stored = await _h.Results.GetAsync("acme", "c-1");
        Assert.Equal((BatchResult.Running, "fp"), (stored!.Status, stored.Fingerprint));
    }

    [Fact]
    public async Task TryClaimAsync_ClaimedByAnotherCall_ReturnsThatClaim()
    {
        await Claims.TryClaimAsync("acme", "c-2", "fp", CancellationToken.None);

        var earlier = await Claims.TryClaimAsync("acme", "c-2", "fp", CancellationToken.None);

        Assert.Equal(BatchResult.Running, earlier!.Status);
    }

    [Fact]
    public async Task TryClaimAsync_ClaimOfACrashedCall_TakenOverOnceAbandoned()
    {
        await Claims.TryClaimAsync("acme", "c-3", "fp", CancellationToken.None);
        _h.Clock.Advance(RequestIdClaims.AbandonedAfter);
        Assert.NotNull(await Claims.TryClaimAsync("acme", "c-3", "fp", CancellationToken.None));

        _h.Clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Null(await Claims.TryClaimAsync("acme", "c-3", "fp", CancellationToken.None));
        Assert.Equal(_h.Clock.GetUtcNow(), (await _h.Results.GetAsync("acme", "c-3"))!.CompletedAt);
    }

    [Fact]
    public async Task ReleaseAsync_AfterAFailedCall_IdFreeAgainButAStoredResultIsNeverRemoved()
    {
        await Claims.TryClaimAsync("acme", "c-4", "fp", CancellationToken.None);
        await Claims.ReleaseAsync("acme", "c-4");
        Assert.Null(await Claims.TryClaimAsync("acme", "c-4", "fp", CancellationToken.None));

        var done = (await _h.Results.GetAsync("acme", "c-4"))! with { Status = BatchResult.Completed };
        await _h.Results.SaveAsync(done);
        await Claims.ReleaseAsync("acme", "c-4");

        Assert.Equal(BatchResult.Completed, (await _h.Results.GetAsync("acme", "c-4"))!.Status);
    }
}
