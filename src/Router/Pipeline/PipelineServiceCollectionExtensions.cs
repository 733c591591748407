using Azure.Data.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Router.Pipeline.Batch;
using Router.Pipeline.Batch.Deferred;

namespace Router.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>The pipeline and the batch result store. The stages' interfaces and <see cref="IDispatchPort"/>
    /// are registered elsewhere (AddRouter and the host).</summary>
    public static IServiceCollection AddRequestPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PipelineOptions>()
            .Bind(configuration.GetSection(PipelineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RequestPreparer>();
        services.AddSingleton<BudgetReserver>();
        services.AddSingleton<LedgerEntryFactory>();
        services.AddSingleton<IRequestPipeline, RequestPipeline>();
        services.AddSingleton<BatchProcessor>();
        services.TryAddSingleton(sp => CreateResultStore(sp, configuration));
        services.AddBatchApi(configuration);
        return services;
    }

    // Batch results share the ledger's storage account: a registered TableServiceClient (managed identity in
    // Azure), else the connection string; without either they stay in memory.
    private static IBatchResultStore CreateResultStore(IServiceProvider services, IConfiguration configuration)
    {
        var table = configuration["Batch:ResultsTable"] is { Length: > 0 } name ? name : "batchresults";
        if (services.GetService<TableServiceClient>() is { } tables)
        {
            return new TableBatchResultStore(tables.GetTableClient(table));
        }

        return configuration["Ledger:Tables:ConnectionString"] is { Length: > 0 } connection
            ? new TableBatchResultStore(new TableClient(connection, table))
            : new InMemoryBatchResultStore();
    }
}
