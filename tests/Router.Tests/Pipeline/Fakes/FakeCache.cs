using System.Collections.Concurrent;
using Router.Caching;

namespace Router.Tests.Pipeline.Fakes;

public sealed class FakeCache : ICompletionCache
{
    public ConcurrentDictionary<string, CachedCompletion> Entries { get; } = new();

    public ValueTask<CachedCompletion?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Entries.GetValueOrDefault(key));

    public ValueTask SetAsync(string key, CachedCompletion value, CancellationToken cancellationToken = default)
    {
        Entries[key] = value;
        return ValueTask.CompletedTask;
    }
}
