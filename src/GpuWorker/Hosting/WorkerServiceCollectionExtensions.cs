using GpuWorker.Api;
using GpuWorker.Inference;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GpuWorker.Hosting;

internal static class WorkerServiceCollectionExtensions
{
    public static IServiceCollection AddGpuWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkerOptions>, WorkerOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IModelLoadGate, OpenModelLoadGate>();
        services.TryAddSingleton(_ => new SeedSource(new Random()));
        services.AddSingleton(sp => BillableTimeMeter.ForThisProcess(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<WorkerOptions>>().Value));
        services.AddSingleton<ModelState>();
        services.AddSingleton<RequestQueue>();
        services.AddSingleton<WorkerMetrics>();
        services.AddSingleton<ChatCompletionsEndpoint>();
        services.AddHostedService<InferenceService>();
        return services;
    }

    public static WebApplication MapGpuWorker(this WebApplication app)
    {
        app.MapPost("/v1/chat/completions", (HttpContext http, ChatCompletionsEndpoint endpoint, CancellationToken ct) => endpoint.HandleAsync(http, ct));
        app.MapGet("/v1/models", StatusEndpoints.Models);
        app.MapGet("/health", StatusEndpoints.Health);
        app.MapGet("/metrics", StatusEndpoints.Metrics);
        app.MapGet("/billing", (BillableTimeMeter meter) => Results.Json(meter.Read(), WireFormat.Json));
        return app;
    }
}
