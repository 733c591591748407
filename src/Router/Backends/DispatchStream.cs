using Router.Routing;

namespace Router.Backends;

/// <summary>An opened stream: the route that serves it, any fallback taken, and the chunks (read once).
/// Errors after the first chunk surface from <see cref="Chunks"/> as <see cref="BackendException"/>.</summary>
public sealed class DispatchStream : IAsyncDisposable
{
    private readonly IAsyncEnumerator<BackendChunk> _enumerator;
    private readonly bool _hasFirst;
    private int _read;

    internal DispatchStream(Route route, string backend, string model, FallbackRecord? fallback, IAsyncEnumerator<BackendChunk> enumerator, bool hasFirst)
    {
        Route = route;
        Backend = backend;
        Model = model;
        Fallback = fallback;
        _enumerator = enumerator;
        _hasFirst = hasFirst;
    }

    public Route Route { get; }
    public string Backend { get; }
    public string Model { get; }
    public FallbackRecord? Fallback { get; }

    public IAsyncEnumerable<BackendChunk> Chunks =>
        Interlocked.Exchange(ref _read, 1) == 0 ? ReadAll() : throw new InvalidOperationException("The stream can be read once.");

    public ValueTask DisposeAsync() => _enumerator.DisposeAsync();

    private async IAsyncEnumerable<BackendChunk> ReadAll()
    {
        if (!_hasFirst)
        {
            yield break;
        }

        yield return _enumerator.Current;
        while (await _enumerator.MoveNextAsync().ConfigureAwait(false))
        {
            yield return _enumerator.Current;
        }
    }
}
