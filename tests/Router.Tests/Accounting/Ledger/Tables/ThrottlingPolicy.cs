using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Router.Tests.Accounting.Ledger.Tables;

/// <summary>Answers every entity-group transaction with 503 ServerBusy until <see cref="Stop"/>, as Table Storage
/// does past a partition's throughput; runs before the SDK's retries, so the caller sees the 503 at once.</summary>
internal sealed class ThrottlingPolicy : HttpPipelinePolicy
{
    private volatile bool _stopped;

    /// <summary>Completes at the first refused transaction.</summary>
    public TaskCompletionSource Refused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Stop() => _stopped = true;

    public bool IsStopped => _stopped;

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Refuse(message);
        return ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Refuse(message);
        ProcessNext(message, pipeline);
    }

    private void Refuse(HttpMessage message)
    {
        if (!_stopped && message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            Refused.TrySetResult();
            throw new RequestFailedException(503, "The server is busy.", "ServerBusy", null);
        }
    }
}
