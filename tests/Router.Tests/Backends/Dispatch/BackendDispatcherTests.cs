using Router.Backends;
using Router.Classification;
using Router.Routing;
using static Router.Tests.Backends.Dispatch.DispatchHarness;

namespace Router.Tests.Backends.Dispatch;

public sealed class BackendDispatcherTests
{
    private readonly DispatchHarness _h = new();

    [Fact]
    public async Task DispatchAsync_PrimarySucceeds_UsesDecisionModelWithoutFallback()
    {
        var result = await _h.Dispatcher.DispatchAsync(Decision(Route.PrivateSmall, Route.Closed), SensitivityVerdict.Clean, Request);

        Assert.Equal(Route.PrivateSmall, result.Route);
        Assert.Null(result.Fallback);
        Assert.Equal("small", Assert.Single(_h.Private.Received).Model);
        Assert.Empty(_h.Closed.Received);
    }

    [Theory]
    [InlineData(BackendFailure.Unavailable)]
    [InlineData(BackendFailure.Timeout)]
    [InlineData(BackendFailure.Throttled)]
    public async Task DispatchAsync_PrimaryFailsWithFallbackAllowed_ServesFromFallbackAndRecordsIt(BackendFailure failure)
    {
        _h.Private.FailWith = failure;

        var result = await _h.Dispatcher.DispatchAsync(Decision(Route.PrivateSmall, Route.Closed), SensitivityVerdict.Clean, Request);

        Assert.Equal(Route.Closed, result.Route);
        Assert.Equal("closed-fake", result.Backend);
        Assert.Equal("gpt-4o", Assert.Single(_h.Closed.Received).Model);
        Assert.Equal(new FallbackRecord(Route.PrivateSmall, Route.Closed, failure, result.Fallback!.Reason), result.Fallback);
        Assert.Contains("private-fake", result.Fallback.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_PrimaryFailsWithoutFallback_ThrowsOriginalFailure()
    {
        _h.Private.FailWith = BackendFailure.Unavailable;

        var e = await Assert.ThrowsAsync<BackendException>(() => _h.Dispatcher.DispatchAsync(Decision(Route.PrivateSmall, null), SensitivityVerdict.Clean, Request));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Empty(_h.Closed.Received);
    }

    [Theory]
    [InlineData(BackendFailure.BadRequest)]
    [InlineData(BackendFailure.PolicyRefused)]
    public async Task DispatchAsync_RequestErrors_DoNotFallBack(BackendFailure failure)
    {
        _h.Private.FailWith = failure;

        var e = await Assert.ThrowsAsync<BackendException>(() => _h.Dispatcher.DispatchAsync(Decision(Route.PrivateSmall, Route.Closed), SensitivityVerdict.Clean, Request));

        Assert.Equal(failure, e.Failure);
        Assert.Empty(_h.Closed.Received);
    }

    [Fact]
    public async Task DispatchAsync_FallbackAlsoFails_ThrowsFallbackFailure()
    {
        _h.Private.FailWith = BackendFailure.Unavailable;
        _h.Closed.FailWith = BackendFailure.Throttled;

        var e = await Assert.ThrowsAsync<BackendException>(() => _h.Dispatcher.DispatchAsync(Decision(Route.PrivateSmall, Route.Closed), SensitivityVerdict.Clean, Request));

        Assert.Equal(BackendFailure.Throttled, e.Failure);
        Assert.Single(_h.Private.Received);
    }

    [Fact]
    public async Task DispatchAsync_SensitiveWorkerDown_FailsUnavailableWithoutFallback()
    {
        _h.Private.FailWith = BackendFailure.Unavailable;

        var e = await Assert.ThrowsAsync<BackendException>(() =>
            _h.Dispatcher.DispatchAsync(Decision(Route.PrivateSmall, Route.PrivateLarge, SensitivityLevel.High), Sensitive, Request));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Equal(2, _h.Private.Received.Count);
        Assert.Empty(_h.Closed.Received);
    }

    [Fact]
    public async Task DispatchAsync_SensitiveDecisionForClosed_RefusesWithoutCalling()
    {
        var e = await Assert.ThrowsAsync<BackendException>(() => _h.Dispatcher.DispatchAsync(Decision(Route.Closed, null), Sensitive, Request));

        Assert.Equal(BackendFailure.PolicyRefused, e.Failure);
        Assert.Empty(_h.Closed.Received);
    }

    [Fact]
    public async Task DispatchAsync_SensitiveFallbackToClosed_RefusesWithoutCalling()
    {
        _h.Private.FailWith = BackendFailure.Unavailable;

        var e = await Assert.ThrowsAsync<BackendException>(() =>
            _h.Dispatcher.DispatchAsync(Decision(Route.PrivateSmall, Route.Closed, SensitivityLevel.Moderate), SensitivityVerdict.Clean, Request));

        Assert.Equal(BackendFailure.PolicyRefused, e.Failure);
        Assert.Empty(_h.Closed.Received);
    }

    [Fact]
    public async Task StreamAsync_PrimaryFailsBeforeFirstChunk_FallsBackAndRecords()
    {
        _h.Private.FailWith = BackendFailure.Unavailable;

        await using var stream = await _h.Dispatcher.StreamAsync(Decision(Route.PrivateSmall, Route.Closed), SensitivityVerdict.Clean, Request);
        var chunks = await stream.Chunks.ToListAsync();

        Assert.Equal(Route.Closed, stream.Route);
        Assert.Equal(Route.PrivateSmall, stream.Fallback!.From);
        Assert.Equal("one two", string.Concat(chunks.Select(c => c.ContentDelta)));
        Assert.NotNull(chunks[^1].Usage);
    }

    [Fact]
    public async Task StreamAsync_FailsAfterFirstChunk_SurfacesErrorWithoutFallback()
    {
        _h.Private.StreamFailsAfter = 1;

        await using var stream = await _h.Dispatcher.StreamAsync(Decision(Route.PrivateSmall, Route.Closed), SensitivityVerdict.Clean, Request);
        var received = new List<BackendChunk>();
        var e = await Assert.ThrowsAsync<BackendException>(async () =>
        {
            await foreach (var chunk in stream.Chunks)
            {
                received.Add(chunk);
            }
        });

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Equal("one ", Assert.Single(received).ContentDelta);
        Assert.Null(stream.Fallback);
        Assert.Empty(_h.Closed.Received);
    }

    [Fact]
    public async Task StreamAsync_SensitiveWithClosedFallback_RefusesWithoutCalling()
    {
        _h.Private.FailWith = BackendFailure.Timeout;

        var e = await Assert.ThrowsAsync<BackendException>(() => _h.Dispatcher.StreamAsync(Decision(Route.PrivateLarge, Route.Closed), Sensitive, Request));

        Assert.Equal(BackendFailure.PolicyRefused, e.Failure);
        Assert.Empty(_h.Closed.Received);
    }

    [Fact]
    public async Task StreamAsync_ChunksReadTwice_Throws()
    {
        await using var stream = await _h.Dispatcher.StreamAsync(Decision(Route.PrivateSmall, null), SensitivityVerdict.Clean, Request);
        _ = stream.Chunks;

        Assert.Throws<InvalidOperationException>(() => stream.Chunks);
    }
}
