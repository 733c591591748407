using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Router.Accounting.Tokens;
using Router.Pipeline;
using Router.Pipeline.Batch;
using Router.Requests;
using Router.Routing;
using Router.Tests.Pipeline.Fakes;

namespace Router.Tests.Pipeline;

/// <summary>The real pipeline over fakes, with a fake clock.</summary>
internal sealed class PipelineHarness
{
    public PipelineHarness(Action<RouterOptions>? configure = null, ITokenCounter? tokens = null, Action<PipelineOptions>? pipeline = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddRequestPipeline(new ConfigurationBuilder().Build());
        services.AddSingleton(tokens ?? new O200kTokenCounter()); // registered by AddRouter in the app
        services.Configure<RouterOptions>(o =>
        {
            o.PremiumModel = FakePolicy.ClosedModel;
            o.Routes[Route.PrivateSmall] = new RouteTarget { Backend = "gpu-worker", Model = FakePolicy.SmallModel };
            o.Routes[Route.Closed] = new RouteTarget { Backend = "azure-openai", Model = FakePolicy.ClosedModel };
            configure?.Invoke(o);
        });
        if (pipeline is not null)
        {
            services.Configure(pipeline);
        }

        Fakes.Register(services);
        Provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    public PipelineFakes Fakes { get; } = new();
    public ServiceProvider Provider { get; }
    public IRequestPipeline Pipeline => Provider.GetRequiredService<IRequestPipeline>();
    public BatchProcessor Batch => Provider.GetRequiredService<BatchProcessor>();
    public IBatchResultStore Results => Provider.GetRequiredService<IBatchResultStore>();

    public static ChatRequest Request(string content = "hello", string tenant = "acme", string id = "req-1", string model = ChatRequest.AutoModel, int? maxTokens = null) => new()
    {
        RequestId = id,
        TenantId = tenant,
        Model = model,
        Messages = [new ChatMessage("user", content)],
        Parameters = new SamplingParameters { MaxTokens = maxTokens },
    };
}
