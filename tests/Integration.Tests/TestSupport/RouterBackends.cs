using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Router;
using Router.Accounting.Tokens;
using Router.Backends;
using Router.Backends.AzureOpenAi;

namespace Integration.Tests.TestSupport;

/// <summary>
/// The router's backends as <c>AddBackends</c> registers them (named HTTP client, gate, GpuWorkerBackend,
/// dispatcher), pointed at a worker URL, with Azure OpenAI swapped for <see cref="RecordingClosedBackend"/>.
/// </summary>
internal sealed class RouterBackends : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly FakeLoggerProvider _logs = TestLogs.Provider();

    public RouterBackends(Uri workerUrl, TimeSpan coldStartWait)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Router:PremiumModel"] = "gpt-4o",
            ["Router:Routes:PrivateSmall:Backend"] = BackendNames.GpuWorker,
            ["Router:Routes:PrivateSmall:Model"] = TinyModelFile.ModelId,
            ["Router:Routes:Closed:Backend"] = BackendNames.AzureOpenAi,
            ["Router:Routes:Closed:Model"] = "gpt-4o",
            ["Backends:GpuWorker:BaseUrl"] = workerUrl.ToString(),
            ["Backends:GpuWorker:ColdStartWait"] = coldStartWait.ToString("c"),
            ["Backends:GpuWorker:HealthPollInitialDelay"] = "00:00:00.050",
            ["Backends:GpuWorker:HealthPollMaxDelay"] = "00:00:00.200",
        }).Build();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(_logs));
        services.AddOptions<RouterOptions>().Bind(configuration.GetSection(RouterOptions.SectionName));
        services.AddSingleton<ITokenCounter, O200kTokenCounter>(); // registered by AddAccounting in the app
        services.AddBackends(configuration);
        // Keep every registration but the closed vendor's, so no Azure configuration is needed.
        services.Remove(services.Single(d => d.ImplementationType == typeof(AzureOpenAiBackend)));
        services.AddSingleton<IChatBackend>(Closed);
        _provider = services.BuildServiceProvider();
    }

    public RecordingClosedBackend Closed { get; } = new();

    /// <summary>What the backends log (the gate's "not ready … waiting" lines), to await as signals.</summary>
    public FakeLogCollector Logs => _logs.Collector;

    /// <summary>Completes once the GPU worker gate says it is waiting for the worker for this reason ("unreachable", "loading").</summary>
    public Task WorkerWaitingAsync(string reason) =>
        Logs.LoggedAsync(r => r.Message.Contains($"not ready ({reason})", StringComparison.Ordinal)).WaitAsync(TimeSpan.FromSeconds(30));

    public IChatBackend Worker => _provider.GetServices<IChatBackend>().Single(b => b.Name == BackendNames.GpuWorker);

    public IBackendDispatcher Dispatcher => _provider.GetRequiredService<IBackendDispatcher>();

    public void Dispose() => _provider.Dispose();
}
