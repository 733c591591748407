namespace Integration.Tests.TestSupport;

/// <summary>One ready worker on the tiny model, and the router's backends pointed at it, shared by a test class.</summary>
public sealed class ReadyWorker : IAsyncLifetime
{
    private readonly TinyModelFile _model = new();
    private WorkerServer? _worker;
    private RouterBackends? _backends;

    internal WorkerServer Worker => _worker ?? throw new InvalidOperationException("Not started.");

    internal RouterBackends Backends => _backends ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _worker = await WorkerServer.StartAsync(_model.Path);
        _backends = new RouterBackends(_worker.BaseAddress, TimeSpan.FromSeconds(5));
    }

    public async Task DisposeAsync()
    {
        _backends?.Dispose();
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        _model.Dispose();
    }
}
