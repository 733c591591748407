namespace Router.Classification;

/// <summary>Both classifications of one request, the input to the routing policy. For a tool or extraction request the
/// difficulty may be raised above its text's score (<see cref="TextDifficulty"/>); <see cref="DifficultyFactors"/>
/// then name what raised it, with numbers only.</summary>
public sealed record RequestClassification(SensitivityVerdict Sensitivity, double Difficulty)
{
    /// <summary>The score of the text alone when the request's structure raised it; null when it did not.</summary>
    public double? TextDifficulty { get; init; }

    public IReadOnlyList<string> DifficultyFactors { get; init; } = [];
}
