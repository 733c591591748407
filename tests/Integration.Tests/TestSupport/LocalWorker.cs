using GpuWorker.Hosting;
using GpuWorker.Inference;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Integration.Tests.TestSupport;

/// <summary>The real GPU worker (Kestrel + llama.cpp through LLamaSharp) on 127.0.0.1 at a given port, in this process.</summary>
internal sealed class LocalWorker : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalWorker(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }

    /// <summary>A plain client straight to the worker, for checks on the wire itself.</summary>
    public HttpClient Client { get; }

    public static async Task<LocalWorker> StartAsync(string modelPath, int port, IModelLoadGate? gate = null)
    {
        var url = $"http://127.0.0.1:{port}";
        var builder = WorkerHost.CreateBuilder(["--urls", url]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Worker:ModelPath"] = modelPath,
            ["Worker:Threads"] = "1", // ggml threads spin; more only contend on a shared 2-core box
            ["Worker:ContextSize"] = "512",
            ["Worker:MaxConcurrent"] = "4",
            ["Worker:QueueBound"] = "64",
        });
        builder.Logging.ClearProviders();
        if (gate is not null)
        {
            builder.Services.AddSingleton(gate);
        }

        var app = WorkerHost.Build(builder);
        await app.StartAsync();
        return new LocalWorker(app, new Uri(url + "/"));
    }

    public Task WaitReadyAsync() => Wait.UntilAsync(async () =>
    {
        using var response = await Client.GetAsync("health");
        return response.IsSuccessStatusCode;
    }, "the worker to become ready (/health)");

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
