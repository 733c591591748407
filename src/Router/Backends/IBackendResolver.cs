namespace Router.Backends;

/// <summary>Finds a registered backend by its configured name; unknown names fail at startup, not here.</summary>
public interface IBackendResolver
{
    IChatBackend Get(string name);
}
