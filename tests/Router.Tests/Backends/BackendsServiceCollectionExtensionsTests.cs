using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Router.Accounting.Tokens;
using Router.Backends;
using Router.Backends.GpuWorker;

namespace Router.Tests.Backends;

public sealed class BackendsServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddOptions<RouterOptions>().Bind(configuration.GetSection(RouterOptions.SectionName));
        services.AddSingleton<ITokenCounter, O200kTokenCounter>(); // registered by AddAccounting in the app
        services.AddBackends(configuration);
        return services.BuildServiceProvider();
    }

    private static Dictionary<string, string?> Valid() => new()
    {
        ["Router:PremiumModel"] = "gpt-4o",
        ["Router:Routes:PrivateSmall:Backend"] = "gpu-worker",
        ["Router:Routes:PrivateSmall:Model"] = "qwen2.5-0.5b",
        ["Router:Routes:Closed:Backend"] = "azure-openai",
        ["Router:Routes:Closed:Model"] = "gpt-4o",
        ["Backends:AzureOpenAI:ApiKey"] = "k",
        ["Backends:AzureOpenAI:Deployments:0:Endpoint"] = "https://r.example/",
        ["Backends:AzureOpenAI:Deployments:0:Deployment"] = "gpt4o",
        ["Backends:AzureOpenAI:Deployments:0:Model"] = "gpt-4o",
        ["Backends:AzureOpenAI:Deployments:0:Weight"] = "2",
        ["Backends:GpuWorker:BaseUrl"] = "http://127.0.0.1:8088",
        ["Backends:GpuWorker:ColdStartWait"] = "00:00:05",
    };

    [Fact]
    public void AddBackends_ValidConfiguration_ResolvesDispatcherAndBothBackends()
    {
        using var provider = Build(Valid());

        Assert.NotNull(provider.GetRequiredService<IBackendDispatcher>());
        var resolver = provider.GetRequiredService<IBackendResolver>();
        Assert.True(resolver.Get("azure-openai").IsClosedVendor);
        Assert.False(resolver.Get("gpu-worker").IsClosedVendor);
        Assert.Equal(TimeSpan.FromSeconds(5), provider.GetRequiredService<IOptions<GpuWorkerOptions>>().Value.ColdStartWait);
    }

    [Fact]
    public void AddBackends_RouteNamesUnknownBackend_FailsRouterOptionsValidation()
    {
        var settings = Valid();
        settings["Router:Routes:PrivateLarge:Backend"] = "llama-somewhere";
        settings["Router:Routes:PrivateLarge:Model"] = "x";
        using var provider = Build(settings);

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RouterOptions>>().Value);

        Assert.Contains(e.Failures, f => f.Contains("llama-somewhere", StringComparison.Ordinal));
    }

    [Fact]
    public void AddBackends_BadBackendSettings_FailsAtStartupWithEveryError()
    {
        var settings = Valid();
        settings["Backends:GpuWorker:BaseUrl"] = "nowhere";
        settings["Backends:GpuWorker:RequestTimeout"] = "00:00:00";
        using var provider = Build(settings);

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GpuWorkerOptions>>().Value);

        Assert.Equal(2, e.Failures.Count());
    }

    [Fact]
    public void Get_UnknownName_Throws()
    {
        using var provider = Build(Valid());

        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IBackendResolver>().Get("nope"));
    }
}
