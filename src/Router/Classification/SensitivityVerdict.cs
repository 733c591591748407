namespace Router.Classification;

/// <summary>The sensitivity of a whole request, with the entities and reasons that justify it.</summary>
public sealed record SensitivityVerdict(
    SensitivityLevel Level,
    IReadOnlyList<DetectedEntity> Entities,
    IReadOnlyList<string> Reasons)
{
    public bool IsSensitive => Level != SensitivityLevel.None;

    public static SensitivityVerdict Clean { get; } = new(SensitivityLevel.None, [], []);

    /// <summary>Classification failed or timed out: treat the request as sensitive.</summary>
    public static SensitivityVerdict FailClosed(string reason) =>
        new(SensitivityLevel.High, [], [$"fail-closed: {reason}"]);

    /// <summary>Distinct entity types with counts, safe to log and to return to callers.</summary>
    public IReadOnlyDictionary<string, int> EntityTypeCounts =>
        Entities.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
