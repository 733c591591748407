using Integration.Tests.TestSupport;
using Router;
using Router.Backends;
using Router.Classification;
using Router.Routing;

namespace Integration.Tests.Dispatch;

/// <summary>The registered dispatcher with the real GpuWorkerBackend, and a closed vendor that must see nothing
/// sensitive, whatever state the worker is in.</summary>
[Collection(RealWorkerCollection.Name)]
public sealed class SensitiveWorkerDownTests : IDisposable
{
    private static readonly SensitivityVerdict Sensitive = new(SensitivityLevel.High, [new DetectedEntity("credit_card", 0, 16)], ["card"]);

    private readonly TinyModelFile _model = new();
    private readonly int _port = FreePort.Next();

    public void Dispose() => _model.Dispose();

    [Fact]
    public async Task DispatchAsync_SensitiveAndWorkerDown_FailsUnavailableAndClosedSeesNothing()
    {
        using var backends = new RouterBackends(new Uri($"http://127.0.0.1:{_port}/"), TimeSpan.FromMilliseconds(500));

        var e = await Assert.ThrowsAsync<BackendException>(() =>
            backends.Dispatcher.DispatchAsync(Decision(SensitivityLevel.High, fallback: null), Sensitive, Requests.Greedy()));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Equal(BackendNames.GpuWorker, e.Backend);
        Assert.Empty(backends.Closed.Received);
    }

    [Fact]
    public async Task DispatchAsync_SensitiveWorkerDownAndDecisionNamesClosedFallback_RefusedAndClosedSeesNothing()
    {
        using var backends = new RouterBackends(new Uri($"http://127.0.0.1:{_port}/"), TimeSpan.FromMilliseconds(500));

        // A (wrong) decision naming a closed fallback: the dispatcher's guard still keeps the text in house.
        var e = await Assert.ThrowsAsync<BackendException>(() =>
            backends.Dispatcher.DispatchAsync(Decision(SensitivityLevel.High, fallback: Route.Closed), Sensitive, Requests.Greedy()));

        Assert.Equal(BackendFailure.PolicyRefused, e.Failure);
        Assert.Empty(backends.Closed.Received);
    }

    [Fact]
    public async Task DispatchAsync_SensitiveAndWorkerStartsInTime_ServedByWorker()
    {
        using var backends = new RouterBackends(new Uri($"http://127.0.0.1:{_port}/"), TimeSpan.FromSeconds(30));
        var call = backends.Dispatcher.DispatchAsync(Decision(SensitivityLevel.High, fallback: null), Sensitive, Requests.Greedy());
        await backends.WorkerWaitingAsync("unreachable"); // the worker starts while the call waits for it

        await using var worker = await WorkerServer.StartAsync(_model.Path, waitReady: false, port: _port);
        var result = await call.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(result.Fallback);
        Assert.Equal(TinyModelFile.ModelId, result.Completion.Model);
        Assert.True(result.Completion.GpuTime > TimeSpan.Zero);
        Assert.Empty(backends.Closed.Received);
    }

    [Fact]
    public async Task DispatchAsync_NotSensitiveAndWorkerDown_FallsBackToClosed()
    {
        using var backends = new RouterBackends(new Uri($"http://127.0.0.1:{_port}/"), TimeSpan.FromMilliseconds(300));

        var result = await backends.Dispatcher.DispatchAsync(Decision(SensitivityLevel.None, fallback: Route.Closed), SensitivityVerdict.Clean, Requests.Greedy());

        Assert.Equal("closed answer", result.Completion.Content);
        Assert.Equal(BackendFailure.Unavailable, result.Fallback?.Failure);
        Assert.Single(backends.Closed.Received);
    }

    private static RouteDecision Decision(SensitivityLevel sensitivity, Route? fallback) => new()
    {
        Route = Route.PrivateSmall,
        Backend = BackendNames.GpuWorker,
        Model = TinyModelFile.ModelId,
        Sensitivity = sensitivity,
        EntityTypes = sensitivity == SensitivityLevel.None ? [] : ["credit_card"],
        Difficulty = 0.2,
        Threshold = 0.5,
        Reasons = ["integration test"],
        Fallback = fallback,
    };
}
