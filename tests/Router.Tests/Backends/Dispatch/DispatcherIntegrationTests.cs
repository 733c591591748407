using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Router.Accounting.Tokens;
using Router.Backends;
using Router.Classification;
using Router.Routing;
using Router.Tests.Fakes;

namespace Router.Tests.Backends.Dispatch;

/// <summary>The registered dispatcher and real backends against a fake Azure OpenAI and a GPU worker that is
/// scaled to zero (nothing listening): the cold-worker scenario end to end.</summary>
public sealed class DispatcherIntegrationTests : IDisposable
{
    private readonly FakeAzureOpenAiServer _azure = new();
    private readonly ServiceProvider _provider;

    public DispatcherIntegrationTests()
    {
        _azure.GivenCompletion("gpt4o", "closed answer");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Router:PremiumModel"] = "gpt-4o",
            ["Router:Routes:PrivateSmall:Backend"] = "gpu-worker",
            ["Router:Routes:PrivateSmall:Model"] = "qwen2.5-0.5b",
            ["Router:Routes:Closed:Backend"] = "azure-openai",
            ["Router:Routes:Closed:Model"] = "gpt-4o",
            ["Backends:AzureOpenAI:ApiKey"] = "test-key",
            ["Backends:AzureOpenAI:Deployments:0:Endpoint"] = _azure.Endpoint,
            ["Backends:AzureOpenAI:Deployments:0:Deployment"] = "gpt4o",
            ["Backends:AzureOpenAI:Deployments:0:Model"] = "gpt-4o",
            ["Backends:GpuWorker:BaseUrl"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Backends:GpuWorker:ColdStartWait"] = "00:00:00.300",
            ["Backends:GpuWorker:HealthPollInitialDelay"] = "00:00:00.050",
            ["Backends:GpuWorker:HealthPollMaxDelay"] = "00:00:00.100",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions<RouterOptions>().Bind(configuration.GetSection(RouterOptions.SectionName));
        services.AddSingleton<ITokenCounter, O200kTokenCounter>(); // registered by AddAccounting in the app
        _provider = services.AddBackends(configuration).BuildServiceProvider();
    }

    public void Dispose()
    {
        _provider.Dispose();
        _azure.Dispose();
    }

    private static BackendRequest Request => new("qwen2.5-0.5b", [new("user", "card 4111 1111 1111 1111")], new());

    [Fact]
    public async Task DispatchAsync_SensitiveAndWorkerCold_FailsUnavailableAndAzureSeesNothing()
    {
        var decision = DispatchHarness.Decision(Route.PrivateSmall, fallback: null, SensitivityLevel.High) with { Backend = "gpu-worker", Model = "qwen2.5-0.5b" };

        var e = await Assert.ThrowsAsync<BackendException>(() =>
            _provider.GetRequiredService<IBackendDispatcher>().DispatchAsync(decision, DispatchHarness.Sensitive, Request));

        Assert.Equal(BackendFailure.Unavailable, e.Failure);
        Assert.Equal("gpu-worker", e.Backend);
        Assert.Empty(_azure.RequestsTo("gpt4o"));
    }

    [Fact]
    public async Task DispatchAsync_NotSensitiveAndWorkerCold_FallsBackToAzureAndRecordsWhy()
    {
        var decision = DispatchHarness.Decision(Route.PrivateSmall, Route.Closed) with { Backend = "gpu-worker", Model = "qwen2.5-0.5b" };

        var result = await _provider.GetRequiredService<IBackendDispatcher>().DispatchAsync(decision, SensitivityVerdict.Clean, Request);

        Assert.Equal("closed answer", result.Completion.Content);
        Assert.Equal(new(Route.PrivateSmall, Route.Closed), (result.Fallback!.From, result.Fallback.To));
        Assert.Equal(BackendFailure.Unavailable, result.Fallback.Failure);
        Assert.Contains("not ready", result.Fallback.Reason, StringComparison.Ordinal);
        Assert.Single(_azure.RequestsTo("gpt4o"));
    }
}
