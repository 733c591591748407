using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Router.Accounting;
using Router.Backends;

namespace Integration.Tests.TestSupport;

/// <summary>Stands in for Azure OpenAI (a closed vendor): answers at once and records every request it sees.</summary>
internal sealed class RecordingClosedBackend : IChatBackend
{
    private readonly ConcurrentQueue<BackendRequest> _received = new();

    public string Name => BackendNames.AzureOpenAi;

    public bool IsClosedVendor => true;

    public IReadOnlyCollection<BackendRequest> Received => _received;

    public Task<BackendCompletion> CompleteAsync(BackendRequest request, CancellationToken cancellationToken = default)
    {
        _received.Enqueue(request);
        return Task.FromResult(new BackendCompletion { Content = "closed answer", Model = request.Model, Usage = new TokenUsage(3, 2) });
    }

    public async IAsyncEnumerable<BackendChunk> StreamAsync(BackendRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _received.Enqueue(request);
        await Task.Yield();
        yield return new BackendChunk { ContentDelta = "closed answer", FinishReason = "stop", Usage = new TokenUsage(3, 2) };
    }
}
