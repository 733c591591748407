using Azure.Core;
using Azure.Core.Pipeline;

namespace Router.Tests.Accounting.Ledger.Tables;

/// <summary>Holds every entity-group transaction until <see cref="Open"/>: a table that is up but slow.</summary>
internal sealed class GatedTransactionsPolicy : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first transaction is held.</summary>
    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Open() => _open.TrySetResult();

    /// <summary>Whether <see cref="Open"/> was called: true before any held transaction goes on.</summary>
    public bool IsOpen => _open.Task.IsCompleted;

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            Held.TrySetResult();
            await _open.Task.ConfigureAwait(false);
        }

        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
}
