using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Router.Backends.AzureOpenAi;
using Router.Backends.Dispatch;
using Router.Backends.GpuWorker;

namespace Router.Backends;

internal static class BackendsServiceCollectionExtensions
{
    public static IServiceCollection AddBackends(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRandomSource, SystemRandomSource>();

        services.AddAzureOpenAi(configuration);
        services.AddGpuWorker(configuration);

        services.AddSingleton<IBackendResolver, BackendResolver>();
        services.AddSingleton<IBackendDispatcher, BackendDispatcher>();
        services.AddSingleton<BackendStateReport>();
        // Router:Routes naming an unregistered backend fails RouterOptions validation at startup.
        services.AddSingleton<IValidateOptions<RouterOptions>, BackendRoutesValidator>();
        return services;
    }

    private static void AddAzureOpenAi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AzureOpenAiOptions>().Bind(configuration.GetSection(AzureOpenAiOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AzureOpenAiOptions>, AzureOpenAiOptionsValidator>();
        services.AddSingleton(sp => new DeploymentFailover(
            AzureDeploymentFactory.Create(sp.GetRequiredService<IOptions<AzureOpenAiOptions>>().Value, sp.GetRequiredService<TimeProvider>()),
            sp.GetRequiredService<IRandomSource>(),
            sp.GetRequiredService<ILogger<DeploymentFailover>>()));
        services.AddSingleton<IChatBackend, AzureOpenAiBackend>();
        services.AddSingleton(new BackendRegistration(BackendNames.AzureOpenAi));
    }

    private static void AddGpuWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GpuWorkerOptions>().Bind(configuration.GetSection(GpuWorkerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GpuWorkerOptions>, GpuWorkerOptionsValidator>();
        services.AddHttpClient(GpuWorkerClient.HttpClientName, (sp, http) =>
        {
            var options = sp.GetRequiredService<IOptions<GpuWorkerOptions>>().Value;
            http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/", UriKind.Absolute);
            http.Timeout = options.RequestTimeout;
        })
        // The factory's per-call request/response logging (a scope and two entries per call) is redundant with the
        // backend's own failure logs and costs on every request.
        .RemoveAllLoggers();
        services.AddSingleton<GpuWorkerClient>();
        services.AddSingleton<GpuWorkerGate>();
        services.AddSingleton<IChatBackend, GpuWorkerBackend>();
        services.AddSingleton(new BackendRegistration(BackendNames.GpuWorker));
        // The worker decodes tools and JSON formats under a grammar; what its converter cannot express stays off it.
        services.Replace(ServiceDescriptor.Singleton<Routing.IPrivateStructuredOutput, WorkerStructuredOutput>());
    }
}
