using System.Net.Http.Json;
using GpuWorker.Hosting;
using GpuWorker.Inference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GpuWorker.Tests.TestSupport;

/// <summary>
/// The real worker on Kestrel at 127.0.0.1, over the real llama.cpp (LLamaSharp's CPU build), in this process.
/// Shared with Integration.Tests, which start it on a port they chose earlier (a worker that comes up late).
/// </summary>
internal sealed class WorkerServer : IAsyncDisposable
{
    private readonly LoopbackApp _app;

    private WorkerServer(LoopbackApp app)
    {
        _app = app;
        Client = app.Client(timeout: TimeSpan.FromSeconds(60));
    }

    public Uri BaseAddress => _app.BaseAddress;

    /// <summary>A plain client straight to the worker, for checks on the wire itself.</summary>
    public HttpClient Client { get; }

    /// <param name="port">0: a free port.</param>
    public static async Task<WorkerServer> StartAsync(
        string modelPath, IReadOnlyDictionary<string, string?>? settings = null, IModelLoadGate? gate = null, bool waitReady = true, int port = 0)
    {
        var builder = WorkerHost.CreateBuilder(["--urls", $"http://127.0.0.1:{port}"]);
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
        var server = new WorkerServer(await LoopbackApp.StartAsync(app));
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
        await _app.DisposeAsync();
    }
}
