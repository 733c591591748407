namespace GpuWorker.Tests.TestSupport;

/// <summary>One worker shared by the server tests; they run in one collection so decode batches stay unshared.</summary>
public sealed class SharedWorker : IAsyncLifetime
{
    private readonly TinyModelFile _model = new();
    private WorkerServer? _server;

    internal WorkerServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public string ModelPath => _model.Path;

    public async Task InitializeAsync() => _server = await WorkerServer.StartAsync(_model.Path);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _model.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class WorkerCollection : ICollectionFixture<SharedWorker>
{
    public const string Name = "worker";
}
