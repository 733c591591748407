namespace Router.Functions.Batch;

internal static class BatchServiceCollectionExtensions
{
    /// <summary>The shared message handler, and the local Storage Queue consumer (idle unless Queue:ConnectionString is set).</summary>
    public static IServiceCollection AddBatchQueue(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QueueOptions>()
            .Bind(configuration.GetSection(QueueOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<BatchMessageHandler>();
        services.AddSingleton<StorageQueueMessageSettler>();
        services.AddHostedService<StorageQueueConsumer>();
        services.AddHostedService<LocalBatchApiPoll>();
        return services;
    }
}
