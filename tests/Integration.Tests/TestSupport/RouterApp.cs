using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Router.Backends;
using Router.Backends.AzureOpenAi;
using Router.Functions;

namespace Integration.Tests.TestSupport;

/// <summary>
/// The real function app (auth, classification, cache, policy, dispatch, ledger) on a free loopback port, its GPU
/// worker URL pointed where the test says, Azure OpenAI swapped for <see cref="RecordingClosedBackend"/>, and the
/// ledger in a throwaway SQLite file.
/// </summary>
internal sealed class RouterApp : IAsyncDisposable
{
    public const string Key = "integration-key";
    public const string PrivateOnlyKey = "integration-private-key";

    private readonly LoopbackApp _app;

    private RouterApp(LoopbackApp app, RecordingClosedBackend closed)
    {
        _app = app;
        Closed = closed;
        Client = app.Client(timeout: TimeSpan.FromSeconds(60));
    }

    public RecordingClosedBackend Closed { get; }

    public HttpClient Client { get; }

    /// <summary>The app's own services (its ledger, its classifier), for checks on what it recorded.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<RouterApp> StartAsync(Uri workerUrl, TimeSpan coldStartWait)
    {
        var dir = new TempFolder("integration-app");
        var closed = new RecordingClosedBackend();
        var app = FunctionsApp.Build(LoopbackApp.Args, builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Backends:GpuWorker:BaseUrl"] = workerUrl.ToString(),
                ["Backends:GpuWorker:ColdStartWait"] = coldStartWait.ToString("c"),
                ["Backends:GpuWorker:HealthPollInitialDelay"] = "00:00:00.050",
                ["Backends:GpuWorker:HealthPollMaxDelay"] = "00:00:00.200",
                ["Ledger:SqlitePath"] = dir.Combine("ledger.db"),
                ["Ledger:SpoolDirectory"] = dir.Combine("spool"),
                ["Router:Tenants:open:DisplayName"] = "Every route, closed fallback allowed",
                ["Router:Tenants:private:DisplayName"] = "Private routes only",
                ["Router:Tenants:private:AllowedRoutes:0"] = "PrivateSmall",
                [$"Auth:ApiKeys:{Key}"] = "open",
                [$"Auth:ApiKeys:{PrivateOnlyKey}"] = "private",
            });
            builder.Logging.ClearProviders();
            builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(AzureOpenAiBackend)));
            builder.Services.AddSingleton<IChatBackend>(closed);
        });
        return new RouterApp(await LoopbackApp.StartAsync(app, stopLimit: null, dir), closed);
    }

    public HttpRequestMessage Chat(string apiKey, object body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "api/v1/chat/completions") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        message.Headers.Add("api-key", apiKey);
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
