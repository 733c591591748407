using Microsoft.Extensions.Options;

namespace Router.Functions.Batch;

internal static class BatchServiceCollectionExtensions
{
    /// <summary>The shared message handler, and the local Storage Queue consumer when Queue:ConnectionString is set.</summary>
    public static IServiceCollection AddBatchQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QueueOptions>()
            .Bind(configuration.GetSection(QueueOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<BatchMessageHandler>();
        services.AddSingleton<StorageQueueConsumer>();
        services.AddHostedService(sp => sp.GetRequiredService<IOptions<QueueOptions>>().Value.IsConfigured
            ? sp.GetRequiredService<StorageQueueConsumer>()
            : (IHostedService)new NoConsumer());
        return services;
    }

    private sealed class NoConsumer : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
