using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Router.Accounting;
using Router.Backends;

namespace Router.Tests.Fakes;

/// <summary>An in-memory backend that records every request it receives and fails on demand.</summary>
public sealed class FakeChatBackend(string name, bool isClosedVendor) : IChatBackend
{
    private readonly ConcurrentQueue<BackendRequest> _received = new();

    public string Name { get; } = name;
    public bool IsClosedVendor { get; } = isClosedVendor;

    /// <summary>When set, every call fails with this before producing anything.</summary>
    public BackendFailure? FailWith { get; set; }

    /// <summary>Streams fail with <see cref="BackendFailure.Unavailable"/> after this many chunks (null: never).</summary>
    public int? StreamFailsAfter { get; set; }

    public IReadOnlyList<string> StreamDeltas { get; set; } = ["one ", "two"];

    public IReadOnlyCollection<BackendRequest> Received => _received;

    public Task<BackendCompletion> CompleteAsync(BackendRequest request, CancellationToken cancellationToken = default)
    {
        _received.Enqueue(request);
        ThrowIfFailing();
        return Task.FromResult(new BackendCompletion { Content = $"from {Name}", Model = request.Model, Usage = new TokenUsage(3, 2) });
    }

    public async IAsyncEnumerable<BackendChunk> StreamAsync(BackendRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        _received.Enqueue(request);
        await Task.Yield();
        ThrowIfFailing();
        for (var i = 0; i < StreamDeltas.Count; i++)
        {
            if (i == StreamFailsAfter)
            {
                throw new BackendException(Name, BackendFailure.Unavailable, "stream broke");
            }

            yield return new BackendChunk { ContentDelta = StreamDeltas[i] };
        }

        yield return new BackendChunk { FinishReason = "stop", Usage = new TokenUsage(3, StreamDeltas.Count) };
    }

    private void ThrowIfFailing()
    {
        if (FailWith is { } failure)
        {
            throw new BackendException(Name, failure, $"{Name} failed: {failure}", failure == BackendFailure.Throttled ? TimeSpan.FromSeconds(1) : null);
        }
    }
}
