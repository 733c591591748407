using System.Net.Http.Json;
using GpuWorker.Hosting;
using GpuWorker.Inference;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GpuWorker.Tests.TestSupport;

/// <summary>The real worker on Kestrel at 127.0.0.1 with a free port, over the real llama.cpp (LLamaSharp's CPU build).</summary>
internal sealed class WorkerServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WorkerServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public static async Task<WorkerServer> StartAsync(
        string modelPath, IReadOnlyDictionary<string, string?>? settings = null, IModelLoadGate? gate = null, bool waitReady = true)
    {
        var builder = WorkerHost.CreateBuilder(["--urls", "http://127.0.0.1:0"]);
        var config = new Dictionary<string, string?>
        {
            ["Worker:ModelPath"] = modelPath,
            ["Worker:Threads"] = "1", // ggml threads spin; on a shared 2-core box more threads only contend
            ["Worker:ContextSize"] = "512",
            ["Worker:MaxConcurrent"] = "4",
            ["Worker:QueueBound"] = "64",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            config[k] = v;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        if (gate is not null)
        {
            builder.Services.AddSingleton(gate);
        }

        var app = WorkerHost.Build(builder);
        await app.StartAsync();
        var server = new WorkerServer(app, new Uri(app.Urls.First()));
        if (waitReady)
        {
            await server.WaitReadyAsync();
        }

        return server;
    }

    public Task WaitReadyAsync() => Wait.UntilAsync(async () =>
    {
        using var response = await Client.GetAsync("/health");
        return response.IsSuccessStatusCode;
    }, "the worker to become ready (/health)");

    public Task<HttpResponseMessage> ChatAsync(object body) => Client.PostAsJsonAsync("/v1/chat/completions", body);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

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
