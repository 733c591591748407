namespace Router.Backends;

/// <summary>One model provider. Implementations translate our request to the wire and map failures once,
/// into <see cref="BackendException"/>.</summary>
public interface IChatBackend
{
    /// <summary>Name used in configuration and in decision records, e.g. "azure-openai", "gpu-worker".</summary>
    string Name { get; }

    /// <summary>True when the backend sends data to a closed vendor outside our infrastructure.</summary>
    bool IsClosedVendor { get; }

    Task<BackendCompletion> CompleteAsync(BackendRequest request, CancellationToken cancellationToken = default);

    /// <summary>Streams deltas; the last chunk carries usage (and GPU time for the worker).</summary>
    IAsyncEnumerable<BackendChunk> StreamAsync(BackendRequest request, CancellationToken cancellationToken = default);
}
