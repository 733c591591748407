using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Router.Accounting;
using Router.Accounting.Pricing;
using Router.Accounting.Tokens;
using Router.Pipeline;
using Router.Pipeline.Batch;
using Router.Pipeline.Batch.Deferred;
using Router.Requests;
using Router.Routing;
using Router.Tests.Fakes;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Pipeline.Batch.Deferred;

/// <summary>
/// One "process": the real pipeline, deferral and poll over fakes, talking to the fake Azure OpenAI Files and Batches
/// endpoints. The durable state (batch store, result store, ledger) is passed in, so a second harness over the same
/// state is the process after a crash.
/// </summary>
internal sealed class BatchApiHarness : IDisposable
{
    public const string Deployment = "gpt-closed-batch";
    public const decimal BatchInput = 1.25m;
    public const decimal BatchOutput = 5m;

    public BatchApiHarness(FakeAzureOpenAiServer azure, DurableState state, int maxPerBatch = 5_000, TimeSpan? maxAge = null,
        Func<IBatchApiClient, IBatchApiClient>? wrapApi = null, Action<RouterOptions>? router = null, FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BatchApi:Deployments:0:Endpoint"] = azure.Endpoint,
            ["BatchApi:Deployments:0:Deployment"] = Deployment,
            ["BatchApi:Deployments:0:Model"] = FakePolicy.ClosedModel,
            ["BatchApi:MaxRequestsPerBatch"] = maxPerBatch.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BatchApi:MaxAge"] = (maxAge ?? TimeSpan.FromMinutes(10)).ToString(),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(state.Jobs);
        services.AddSingleton(state.Results);
        services.AddRequestPipeline(configuration);
        services.AddSingleton<ITokenCounter>(new O200kTokenCounter());
        var pricing = Pricing();
        services.AddSingleton<IOptions<PricingOptions>>(Options.Create(pricing));
        services.AddSingleton<IPriceCatalog>(new PriceCatalog(pricing));
        services.Configure<Router.Backends.AzureOpenAi.AzureOpenAiOptions>(o => o.ApiKey = "test-key");
        services.Configure<RouterOptions>(o =>
        {
            o.PremiumModel = FakePolicy.ClosedModel;
            o.Routes[Route.PrivateSmall] = new RouteTarget { Backend = "gpu-worker", Model = FakePolicy.SmallModel };
            o.Routes[Route.Closed] = new RouteTarget { Backend = "azure-openai", Model = FakePolicy.ClosedModel };
            router?.Invoke(o);
        });
        Fakes.Register(services);
        services.RemoveAll<ISpendLedger>().AddSingleton<ISpendLedger>(state.Ledger);
        if (wrapApi is not null)
        {
            services.Decorate(wrapApi);
        }

        Provider = services.BuildServiceProvider();
        azure.EnableBatchApi();
    }

    public FakeTimeProvider Clock { get; }
    public PipelineFakes Fakes { get; } = new();
    public ServiceProvider Provider { get; }
    public BatchProcessor Processor => Provider.GetRequiredService<BatchProcessor>();
    public BatchPoller Poller => Provider.GetRequiredService<BatchPoller>();

    public static ChatRequest Request(string id, string content = "HARD question", string tenant = "acme", string? window = CompletionWindows.Day) => new()
    {
        RequestId = id,
        TenantId = tenant,
        Messages = [new ChatMessage("user", content)],
        Parameters = new SamplingParameters { MaxTokens = 50 },
        CompletionWindow = window,
    };

    public static PricingOptions Pricing() => new()
    {
        DeploymentPrices =
        {
            [Deployment] = new DeploymentPriceOptions
            {
                Model = FakePolicy.ClosedModel, DeploymentType = DeploymentTypes.GlobalBatch,
                InputPerMillionUsd = BatchInput, OutputPerMillionUsd = BatchOutput, Source = "test", AsOf = new DateOnly(2026, 11, 23),
            },
        },
    };

    public void Dispose() => Provider.Dispose();
}

/// <summary>What survives a crash: the batch state, the results and the ledger.</summary>
internal sealed record DurableState(IBatchJobStore Jobs, IBatchResultStore Results, FakeLedger Ledger)
{
    public static DurableState InMemory() => new(new InMemoryBatchJobStore(), new InMemoryBatchResultStore(), new FakeLedger());
}

internal static class DecorateExtensions
{
    /// <summary>Wraps the registered <see cref="IBatchApiClient"/> (to inject crashes).</summary>
    public static void Decorate(this IServiceCollection services, Func<IBatchApiClient, IBatchApiClient> wrap)
    {
        var inner = services.Last(d => d.ServiceType == typeof(IBatchApiClient));
        services.Remove(inner);
        services.AddSingleton(sp => wrap((IBatchApiClient)inner.ImplementationFactory!(sp)));
    }
}
