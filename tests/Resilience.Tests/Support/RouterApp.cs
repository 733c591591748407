using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Router.Accounting;
using Router.Functions;

namespace Router.Resilience.Tests.Support;

/// <summary>
/// The real function app in-process with the real pipeline (classifier, policy, backends, cache, budget,
/// ledger), its backends pointed at loopback fakes and its state in a temp folder.
/// </summary>
internal sealed class RouterApp : IAsyncDisposable
{
    public const string AcmeKey = "acme-key-resilience";
    public const string GlobexKey = "globex-key-resilience";
    /// <summary>Tenant "open": threshold 0, so every non-sensitive request is chosen for the closed route.</summary>
    public const string OpenKey = "open-key-resilience";
    public const string CappedKey = "capped-key-resilience";
    public const string ManagerKey = "manager-key-resilience";
    public const string ClosedDeployment = "gpt-4o-deploy";

    private readonly LoopbackApp _app;

    private RouterApp(LoopbackApp app, FakeLogCollector logs)
    {
        _app = app;
        Logs = logs;
    }

    public Uri BaseAddress => _app.BaseAddress;

    /// <summary>Every record the app logs at Information and above, so tests can count warnings.</summary>
    public FakeLogCollector Logs { get; }

    public IServiceProvider Services => _app.Services;

    public static Dictionary<string, string?> Settings(string closedEndpoint, string workerBaseUrl, string dataFolder) => new()
    {
        [$"Auth:ApiKeys:{AcmeKey}"] = "acme",
        [$"Auth:ApiKeys:{GlobexKey}"] = "globex",
        [$"Auth:ApiKeys:{OpenKey}"] = "open",
        [$"Auth:ApiKeys:{CappedKey}"] = "capped",
        [$"Auth:ApiKeys:{ManagerKey}"] = "*",
        ["Router:Tenants:acme:DisplayName"] = "Acme",
        ["Router:Tenants:globex:DisplayName"] = "Globex",
        ["Router:Tenants:open:DisplayName"] = "Open",
        ["Router:Tenants:open:DifficultyThreshold"] = "0",
        ["Router:Tenants:capped:DisplayName"] = "Capped",
        ["Router:Tenants:capped:DifficultyThreshold"] = "0",
        ["Backends:AzureOpenAI:Deployments:0:Endpoint"] = closedEndpoint,
        ["Backends:AzureOpenAI:Deployments:0:Deployment"] = ClosedDeployment,
        ["Backends:AzureOpenAI:Deployments:0:Model"] = "gpt-4o",
        ["Backends:AzureOpenAI:ApiKey"] = "test-key",
        ["Backends:AzureOpenAI:Resilience:MaxRetries"] = "2",
        ["Backends:AzureOpenAI:Resilience:BaseDelay"] = "00:00:00.010",
        ["Backends:AzureOpenAI:Resilience:AttemptTimeout"] = "00:00:01",
        ["Backends:AzureOpenAI:Resilience:MinimumThroughput"] = "100",
        ["Backends:GpuWorker:BaseUrl"] = workerBaseUrl,
        ["Backends:GpuWorker:ColdStartWait"] = "00:00:01",
        ["Backends:GpuWorker:RequestTimeout"] = "00:00:01",
        ["Backends:GpuWorker:HealthPollInitialDelay"] = "00:00:00.050",
        ["Backends:GpuWorker:HealthPollMaxDelay"] = "00:00:00.200",
        ["Backends:GpuWorker:HealthProbeTimeout"] = "00:00:00.500",
        ["Ledger:SqlitePath"] = Path.Combine(dataFolder, "ledger.db"),
        ["Ledger:SpoolDirectory"] = Path.Combine(dataFolder, "spool"),
        ["Http:MaxBodyBytes"] = "65536",
        ["Pipeline:DefaultMaxCompletionTokens"] = "256",
        // These tests are about outages and races, not classification latency: at the default 250 ms a loaded CI
        // machine fails classification closed (treated as sensitive ⇒ private), which sends "open" tenants' easy
        // prompts to a worker stub that was never told to answer (seen: AzuriteOutageTests, 400 from the worker).
        ["Router:ClassificationTimeout"] = "00:00:10",
    };

    public static async Task<RouterApp> StartAsync(string closedEndpoint, string workerBaseUrl, Action<Dictionary<string, string?>>? configure = null)
    {
        var data = new TempFolder("resilience-app");
        var settings = Settings(closedEndpoint, workerBaseUrl, data.Path);
        configure?.Invoke(settings);
        var logs = TestLogs.Provider();
        var app = FunctionsApp.Build(LoopbackApp.Args, builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Information);
        }, settings);
        return new RouterApp(await LoopbackApp.StartAsync(app, stopLimit: TimeSpan.FromSeconds(10), data), logs.Collector);
    }

    public HttpClient Client(string apiKey = AcmeKey) => _app.Client(apiKey, timeout: TimeSpan.FromSeconds(30));

    public static JsonObject Chat(string content, int? maxTokens = null)
    {
        var body = new JsonObject
        {
            ["model"] = "auto",
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = content }),
        };
        if (maxTokens is { } m)
        {
            body["max_tokens"] = m;
        }

        return body;
    }

    public static Task<HttpResponseMessage> PostChatAsync(HttpClient client, string content, int? maxTokens = null) =>
        client.PostAsJsonAsync("/api/v1/chat/completions", Chat(content, maxTokens));

    /// <summary>The ledger once every answer sent so far is accounted (HTTP answers go out before their rows).</summary>
    public async Task<List<LedgerEntry>> LedgerAsync(string? tenant = null)
    {
        await Services.GetRequiredService<Router.Functions.Http.PendingAccounting>().DrainAsync();
        var ledger = Services.GetRequiredService<ISpendLedger>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var rows = new List<LedgerEntry>();
        await foreach (var row in ledger.QueryAsync(new LedgerQuery(today.AddDays(-1), today.AddDays(1), tenant)))
        {
            rows.Add(row);
        }

        return rows;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
