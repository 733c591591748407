using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Router.Pipeline.Batch.Deferred;

public static class BatchApiServiceCollectionExtensions
{
    /// <summary>Deferral of windowed queue messages to the Azure OpenAI Batch API, and the poll that completes them.
    /// Idle unless BatchApi:Deployments names a deployment.</summary>
    public static IServiceCollection AddBatchApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BatchApiOptions>()
            .Bind(configuration.GetSection(BatchApiOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BatchApiOptions>, BatchApiOptionsValidator>();
        services.TryAddSingleton(sp => CreateStore(sp, configuration));
        services.TryAddSingleton<IBatchApiClient>(sp => ActivatorUtilities.CreateInstance<AzureBatchApiClient>(sp));
        // Read once: turning the Batch API on or off takes a restart (the poll and its tables come with it).
        if (configuration.GetSection($"{BatchApiOptions.SectionName}:{nameof(BatchApiOptions.Deployments)}").GetChildren().Any())
        {
            services.AddSingleton<IBatchDeferral, BatchDeferral>();
        }

        services.AddSingleton<BatchJobClaims>();
        services.AddSingleton<BatchFlusher>();
        services.AddSingleton<BatchSubmitter>();
        services.AddSingleton<BatchLedgerRows>();
        services.AddSingleton<BatchIngester>();
        services.AddSingleton(sp => new BatchPoller(
            sp.GetRequiredService<BatchFlusher>(), sp.GetRequiredService<BatchSubmitter>(), sp.GetRequiredService<BatchIngester>(),
            sp.GetRequiredService<IBatchJobStore>(), sp.GetRequiredService<BatchJobClaims>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<BatchPoller>>()));
        return services;
    }

    // The ledger's storage account, as for batch results: a registered TableServiceClient, else the connection
    // string; without either the state stays in memory.
    private static IBatchJobStore CreateStore(IServiceProvider services, IConfiguration configuration)
    {
        var names = new BatchApiOptions();
        configuration.GetSection(BatchApiOptions.SectionName).Bind(names);
        if (services.GetService<TableServiceClient>() is { } tables)
        {
            return new TableBatchJobStore(tables.GetTableClient(names.ItemsTable), tables.GetTableClient(names.JobsTable));
        }

        return configuration["Ledger:Tables:ConnectionString"] is { Length: > 0 } connection
            ? new TableBatchJobStore(new TableClient(connection, names.ItemsTable), new TableClient(connection, names.JobsTable))
            : new InMemoryBatchJobStore();
    }
}
