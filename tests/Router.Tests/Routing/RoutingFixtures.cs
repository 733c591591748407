using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Router.Classification;
using Router.Requests;
using Router.Routing;

namespace Router.Tests.Routing;

/// <summary>A router built from the shipped defaults plus test overrides, and request/context builders.</summary>
internal static class RoutingFixtures
{
    public const string SmallModel = "qwen2.5-7b-instruct";
    public const string LargeModel = "qwen2.5-32b-instruct";
    public const string ClosedModel = "gpt-4o";

    public static ServiceProvider Services(IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        // Rule tests reason about a 0.5 threshold; the shipped default is tuned separately (docs/difficulty.md).
        var configuration = new ConfigurationBuilder()
            .AddRouterDefaults()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Router:DefaultDifficultyThreshold"] = "0.5" })
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection().AddLogging().AddRouter(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static IRoutingPolicy Policy(IDictionary<string, string?>? overrides = null) =>
        Services(overrides).GetRequiredService<IRoutingPolicy>();

    public static RouterOptions Options(IDictionary<string, string?>? overrides = null) =>
        Services(overrides).GetRequiredService<IOptions<RouterOptions>>().Value;

    public static ChatRequest Request(string prompt = "Say hello.", string model = ChatRequest.AutoModel, bool forcePrivate = false, int? maxTokens = null) => new()
    {
        RequestId = "req-1",
        TenantId = "t",
        Model = model,
        ForcePrivate = forcePrivate,
        Messages = [new ChatMessage("user", prompt)],
        Parameters = new SamplingParameters { MaxTokens = maxTokens },
    };

    public static SensitivityVerdict Sensitive(params string[] entityTypes) =>
        new(SensitivityLevel.High, entityTypes.Select((t, i) => new DetectedEntity(t, i * 10, i * 10 + 5)).ToArray(), ["test"]);

    public static RoutingContext Context(
        double difficulty = 0.1,
        SensitivityVerdict? verdict = null,
        ChatRequest? request = null,
        TenantOptions? tenant = null,
        decimal? budget = null,
        string tenantId = "t") =>
        new(request ?? Request(), new RequestClassification(verdict ?? SensitivityVerdict.Clean, difficulty), tenantId, tenant ?? new TenantOptions(), budget);

    public static RoutingState State(RoutingContext context, RouterOptions? options = null) => new(context, options ?? Options());
}
