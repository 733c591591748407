using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace Router.Accounting.Ledger.Tables;

/// <summary>The ledger's two tables, created on first use. A failed create is retried by the next caller.</summary>
internal sealed class LedgerTables
{
    private readonly TableServiceClient _service;
    private readonly LedgerTablesOptions _options;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<TableClient>> _tables = new(StringComparer.Ordinal);

    /// <param name="options">Bound options.</param>
    /// <param name="policy">An extra pipeline policy (tests count and inspect requests with it).</param>
    public LedgerTables(IOptions<LedgerOptions> options, HttpPipelinePolicy? policy = null)
    {
        _options = options.Value.Tables;
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = _options.MaxRetries;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = _options.NetworkTimeout;
        if (policy is not null)
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        _service = !string.IsNullOrWhiteSpace(_options.ConnectionString)
            ? new TableServiceClient(_options.ConnectionString, clientOptions)
            : new TableServiceClient(new Uri(_options.Endpoint), new DefaultAzureCredential(), clientOptions);
    }

    /// <summary>See <see cref="LedgerTablesOptions.MaxBacklogRows"/>.</summary>
    public int MaxBacklogRows => _options.MaxBacklogRows;

    public string Description => $"{_service.Uri} (tables {_options.LedgerTableName}, {_options.RollupTableName})";

    public Task<TableClient> LedgerAsync(CancellationToken cancellationToken) => GetAsync(_options.LedgerTableName, cancellationToken);

    public Task<TableClient> RollupAsync(CancellationToken cancellationToken) => GetAsync(_options.RollupTableName, cancellationToken);

    public Task<TableClient> GpuUsageAsync(CancellationToken cancellationToken) => GetAsync(_options.GpuUsageTableName, cancellationToken);

    private Task<TableClient> GetAsync(string name, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_tables.TryGetValue(name, out var table) || table.IsFaulted || table.IsCanceled)
            {
                table = CreateAsync(name);
                _tables[name] = table;
            }

            return table.WaitAsync(cancellationToken);
        }
    }

    private async Task<TableClient> CreateAsync(string name)
    {
        var client = _service.GetTableClient(name);
        await client.CreateIfNotExistsAsync().ConfigureAwait(false);
        return client;
    }
}
