namespace Router.Functions.Hosting;

/// <summary>Ids for requests that arrive without one; injected so tests can predict them.</summary>
public interface IRequestIdGenerator
{
    string Next();
}

internal sealed class GuidRequestIdGenerator : IRequestIdGenerator
{
    public string Next() => $"chatcmpl-{Guid.NewGuid():N}";
}
