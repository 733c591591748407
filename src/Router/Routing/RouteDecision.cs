using Router.Classification;

namespace Router.Routing;

/// <summary>
/// The explainable decision record: returned to callers (headers/body) and stored in the ledger.
/// Carries entity types, never detected values.
/// </summary>
public sealed record RouteDecision
{
    public required Route Route { get; init; }
    public required string Backend { get; init; }
    public required string Model { get; init; }
    public required SensitivityLevel Sensitivity { get; init; }
    public required IReadOnlyList<string> EntityTypes { get; init; }
    public required double Difficulty { get; init; }
    public required double Threshold { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The route the policy allows if the chosen backend fails; null means fail instead.</summary>
    public Route? Fallback { get; init; }
    public bool CacheHit { get; init; }
}
