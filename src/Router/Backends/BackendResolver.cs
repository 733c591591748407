namespace Router.Backends;

/// <summary>Looks up backends by name; configuration naming an unknown one is rejected at startup by
/// <see cref="BackendRoutesValidator"/>, so a miss here is a programming error.</summary>
internal sealed class BackendResolver : IBackendResolver
{
    private readonly Dictionary<string, IChatBackend> _backends;

    public BackendResolver(IEnumerable<IChatBackend> backends)
    {
        _backends = backends.ToDictionary(b => b.Name, StringComparer.Ordinal);
    }

    public IChatBackend Get(string name) =>
        _backends.TryGetValue(name, out var backend)
            ? backend
            : throw new InvalidOperationException($"No backend named '{name}' is registered.");
}
