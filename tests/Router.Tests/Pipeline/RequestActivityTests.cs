using System.Collections.Concurrent;
using System.Diagnostics;
using Router.Diagnostics;
using Router.Pipeline;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Pipeline;

public sealed class RequestActivityTests : IDisposable
{
    private readonly ConcurrentBag<Activity> _stopped = [];
    private readonly ActivityListener _listener;
    private readonly string _id = $"span-{Guid.NewGuid():N}";

    public RequestActivityTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RouterTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task AnswerAsync_SensitiveRequest_OneSpanWithTheRouteAndEntityTypesButNoPromptOrValue()
    {
        var h = new PipelineHarness();

        await h.Pipeline.CompleteAsync(PipelineHarness.Request("write to jane@contoso.example today", id: _id), "http");

        var span = Mine();
        Assert.Equal("router.request", span.OperationName);
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Equal("private-small", span.GetTagItem("router.route"));
        Assert.Equal(FakePolicy.SmallModel, span.GetTagItem("router.model"));
        Assert.Equal("Moderate", span.GetTagItem("router.sensitivity"));
        Assert.Equal(new[] { "EMAIL" }, span.GetTagItem("router.entity_types"));
        Assert.Equal(false, span.GetTagItem("router.cache_hit"));
        Assert.All(span.TagObjects, tag => Assert.DoesNotContain("jane", tag.Value?.ToString() ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_RefusedByPolicy_SpanMarkedErrorWithTheFailureKind()
    {
        var h = new PipelineHarness();

        await Assert.ThrowsAsync<PipelineException>(() =>
            h.Pipeline.CompleteAsync(PipelineHarness.Request(tenant: FakePolicy.LockedTenant, id: _id), "http"));

        var span = Mine();
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(nameof(PipelineFailure.PolicyRefused), span.StatusDescription);
        Assert.Null(span.GetTagItem("router.route"));
    }

    private Activity Mine() => Assert.Single(_stopped, a => Equals(a.GetTagItem("router.request_id"), _id));

    public void Dispose() => _listener.Dispose();
}
