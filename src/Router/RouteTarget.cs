namespace Router;

/// <summary>The backend and model that serve a route.</summary>
public sealed record RouteTarget
{
    public required string Backend { get; init; }
    public required string Model { get; init; }
}
