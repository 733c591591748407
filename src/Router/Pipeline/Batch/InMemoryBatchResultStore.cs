using System.Collections.Concurrent;

namespace Router.Pipeline.Batch;

/// <summary>The embedded default when no Table Storage is configured: results live as long as the process.</summary>
internal sealed class InMemoryBatchResultStore : IBatchResultStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Id), BatchResult> _results = new();

    public string Description => "in-memory (lost on restart)";

    public ValueTask<BatchResult?> GetAsync(string tenantId, string requestId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_results.GetValueOrDefault((tenantId, requestId)));

    public ValueTask SaveAsync(BatchResult result, CancellationToken cancellationToken = default)
    {
        _results[(result.TenantId, result.RequestId)] = result;
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> TryAddAsync(BatchResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_results.TryAdd((result.TenantId, result.RequestId), result));

    public ValueTask RemoveRunningAsync(string tenantId, string requestId, CancellationToken cancellationToken = default)
    {
        if (_results.TryGetValue((tenantId, requestId), out var stored) && stored.Status == BatchResult.Running)
        {
            _results.TryRemove(new KeyValuePair<(string, string), BatchResult>((tenantId, requestId), stored));
        }

        return ValueTask.CompletedTask;
    }
}
